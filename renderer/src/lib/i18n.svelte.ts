import i18next, { type TOptions } from 'i18next';
import { LOCALES, type Locale } from '../../../shared/locale';

// Every area keeps its own locale file per language (common, home, boards, …), loaded eagerly:
// the wall must never wait for text.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });

function resources() {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (out[lang] ??= {})[ns] = mod.default;
  }
  return out;
}

/** The language the wall speaks right now. Residents switch it per visit; the idle reset restores the house default. */
class Language {
  current = $state<Locale>('en');
  readonly #i18n = i18next.createInstance();

  constructor() {
    void this.#i18n.init({
      resources: resources(),
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...LOCALES],
      ns: ['common'],
      defaultNS: 'common',
      initAsync: false,
      // Svelte escapes text itself; resident text is never rendered as HTML.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }

  set(locale: Locale) {
    this.current = locale;
    void this.#i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }

  /** Translate `ns:key` (or a `common` key). Reading `current` makes callers re-render on a switch. */
  t = (key: string, options?: TOptions): string => {
    return this.#i18n.t(key, { ...options, lng: this.current }) as string;
  };

  /** Date and time formatting always goes through Intl, in the current language. */
  time = (date: Date): string => new Intl.DateTimeFormat(this.current, { hour: 'numeric', minute: '2-digit' }).format(date);
  longDate = (date: Date): string =>
    new Intl.DateTimeFormat(this.current, { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}

export const language = new Language();
export const t = language.t;
