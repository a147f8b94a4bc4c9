import type { Locale } from '../../../shared/locale';
import type { MessageKey } from './messageKey';
import { MessageBook, type Messages, type TextValues } from './messages';
import { clockTime, dayAndDate } from './scheduleFormat';
import { TextMemo } from './textMemo';

// Every area keeps its own locale file per language. The wall's are loaded with the page: the
// wall must never wait for text. Staff-only text (staff, admin, records) loads with staff mode.
const STAFF_NAMESPACES = ['staff', 'admin', 'records'];
const wallFiles = import.meta.glob<{ default: Messages }>(
  ['../locales/*/*.json', '!../locales/*/staff.json', '!../locales/*/admin.json', '!../locales/*/records.json'],
  { eager: true },
);
const staffFiles = import.meta.glob<{ default: Messages }>(['../locales/*/staff.json', '../locales/*/admin.json', '../locales/*/records.json']);

function parseLocalePath(path: string): { lang: string; ns: string } | null {
  const match = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
  return match ? { lang: match[1] as string, ns: match[2] as string } : null;
}

function wallMessages(): MessageBook {
  const book = new MessageBook({ fallback: 'en', defaultNamespace: 'common' });
  for (const [path, mod] of Object.entries(wallFiles)) {
    const where = parseLocalePath(path);
    if (where) book.add(where.lang, where.ns, mod.default);
  }
  return book;
}

/** The language the wall speaks right now. Residents switch it per visit; the idle reset restores the house default. */
class Language {
  current = $state<Locale>('en');
  // Svelte escapes text itself; resident text is never rendered as HTML.
  readonly #messages = wallMessages();

  #staffText: Promise<void> | undefined;

  /** Loads staff mode's text once; staff screens wait for it before they show. */
  loadStaffText(): Promise<void> {
    this.#staffText ??= Promise.all(
      Object.entries(staffFiles).map(async ([path, load]) => {
        const where = parseLocalePath(path);
        if (where && STAFF_NAMESPACES.includes(where.ns)) this.#messages.add(where.lang, where.ns, (await load()).default);
      }),
    ).then(() => this.#looked.clear());
    return this.#staffText;
  }

  set(locale: Locale) {
    this.current = locale;
    document.documentElement.lang = locale;
  }

  /** Texts already looked up: a screen asks for the same ones each time it is drawn (see TextMemo). */
  readonly #looked = new TextMemo(1000);

  /**
   * Translate `ns:key` (or a `common` key). Reading `current` makes callers re-render on a switch.
   * A key is never built from a stored value: code that shows one (a symbol, an audit action) maps
   * it to a key through a typed table first.
   */
  t = (key: MessageKey, options?: TextValues): string => {
    const lng = this.current;
    return this.#looked.text(lng, key, options, () => this.#messages.text(lng, key, options));
  };

  /** Dates and times in the current language, through scheduleFormat (Intl, with cached formatters: the clock ticks every second). */
  time = (date: Date): string => clockTime(this.current, date);
  longDate = (date: Date): string => dayAndDate(this.current, date);
}

export const language = new Language();
export const t = language.t;
