import type { Locale } from '../../../shared/locale';
import type { MessageKey } from './messageKey';
import { MessageBook, type Messages, type TextValues } from './messages';
import { clockTime, dayAndDate } from './scheduleFormat';
import { TextMemo } from './textMemo';

// Every area keeps its own locale file per language. The home screen's are loaded with the page:
// the wall must never wait for text. The rest loads with the screens that use it, which wait for
// it before they show (routes.svelte.ts): sign-in's with the sign-in and privacy screens, fetched
// at the first touch; staff-only text (staff, admin, records) with staff mode.
const LATER_NAMESPACES = ['signin', 'staff', 'admin', 'records'] as const;
export type LaterNamespace = (typeof LATER_NAMESPACES)[number];
const wallFiles = import.meta.glob<{ default: Messages }>(
  ['../locales/*/*.json', '!../locales/*/signin.json', '!../locales/*/staff.json', '!../locales/*/admin.json', '!../locales/*/records.json'],
  { eager: true },
);
const laterFiles = import.meta.glob<{ default: Messages }>([
  '../locales/*/signin.json',
  '../locales/*/staff.json',
  '../locales/*/admin.json',
  '../locales/*/records.json',
]);

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

  readonly #later = new Map<LaterNamespace, Promise<void>>();

  /** Loads these namespaces' text in every language, once each; the screens that use it wait for it. */
  loadText(...namespaces: LaterNamespace[]): Promise<void> {
    return Promise.all(namespaces.map((namespace) => this.#loadNamespace(namespace))).then(() => undefined);
  }

  /** Staff mode's text, and sign-in's (its residents area draws the residents' pictures and codes). */
  loadStaffText(): Promise<void> {
    return this.loadText(...LATER_NAMESPACES);
  }

  #loadNamespace(namespace: LaterNamespace): Promise<void> {
    let loading = this.#later.get(namespace);
    if (!loading) {
      loading = Promise.all(
        Object.entries(laterFiles).map(async ([path, load]) => {
          const where = parseLocalePath(path);
          if (where?.ns === namespace) this.#messages.add(where.lang, where.ns, (await load()).default);
        }),
      ).then(
        () => this.#looked.clear(),
        (error: unknown) => {
          // Asked again by the next screen that needs it.
          this.#later.delete(namespace);
          throw error;
        },
      );
      this.#later.set(namespace, loading);
    }
    return loading;
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
