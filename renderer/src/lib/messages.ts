/**
 * The wall's messages: looking a text up by `namespace:key.path`, plural forms and `{{values}}`,
 * as the locale files are written. i18next did this before; the wall used only this part of it
 * and loaded all of it (16 KB gzipped, a tenth of everything the wall loads as it starts). The
 * locale files keep i18next's format, so they read as before:
 *
 * - `ns:a.b` is key `a.b` (nested objects) in namespace `ns`; a key without `ns:` is in `common`.
 * - With a numeric `count`, the key's plural form (`_one`, `_other`… from Intl.PluralRules, `_zero`
 *   first for 0) is used, then the bare key.
 * - A text missing in the language is taken from English; a text missing in both is
 *   `defaultValue` when given, else the key without its namespace.
 * - `{{name}}` (or `{{a.b}}`) is replaced by that value as text; a value given as undefined or null
 *   reads as nothing, a name not given at all stays as written. Nothing is escaped: Svelte does.
 */

export type Messages = { readonly [key: string]: unknown };

/** Values for a text's `{{names}}`; `count` picks the plural form, `defaultValue` stands in for a missing text. */
export interface TextValues {
  count?: number;
  defaultValue?: string;
  [name: string]: unknown;
}

const NS_SEPARATOR = ':';
const KEY_SEPARATOR = '.';
const VALUE = /\{\{(.+?)\}\}/g;

export class MessageBook {
  readonly #books = new Map<string, Map<string, Messages>>();
  readonly #plurals = new Map<string, Intl.PluralRules>();
  readonly #fallback: string;
  readonly #defaultNamespace: string;

  constructor({ fallback = 'en', defaultNamespace = 'common' } = {}) {
    this.#fallback = fallback;
    this.#defaultNamespace = defaultNamespace;
  }

  /** Adds (or replaces) one namespace's messages in one language. */
  add(language: string, namespace: string, messages: Messages): void {
    let book = this.#books.get(language);
    if (!book) this.#books.set(language, (book = new Map()));
    book.set(namespace, messages);
  }

  /** The text for `key` in `language`, as the header describes. Whatever is found that is not text reads as the whole key. */
  text(language: string, key: string, values: TextValues = {}): string {
    const split = key.indexOf(NS_SEPARATOR);
    const namespace = split < 0 ? this.#defaultNamespace : key.slice(0, split);
    const path = split < 0 ? key : key.slice(split + 1);
    const count = typeof values.count === 'number' ? values.count : undefined;
    for (const lang of language === this.#fallback ? [language] : [language, this.#fallback]) {
      const messages = this.#books.get(lang)?.get(namespace);
      if (!messages) continue;
      for (const candidate of this.#candidates(lang, path, count)) {
        const found = lookUp(messages, candidate);
        if (found === undefined) continue;
        return typeof found === 'string' ? fill(found, values) : key;
      }
    }
    return values.defaultValue === undefined ? path : fill(values.defaultValue, values);
  }

  /** The keys to try, most specific first. */
  #candidates(language: string, path: string, count: number | undefined): string[] {
    if (count === undefined) return [path];
    let rules = this.#plurals.get(language);
    if (!rules) this.#plurals.set(language, (rules = new Intl.PluralRules(language)));
    const form = `${path}_${rules.select(count)}`;
    return count === 0 ? [`${path}_zero`, form, path] : [form, path];
  }
}

/** The value at a dotted path, own properties only (a stored value such as "constructor" finds nothing). */
function lookUp(from: unknown, path: string): unknown {
  let at = from;
  for (const part of path.split(KEY_SEPARATOR)) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function fill(text: string, values: TextValues): string {
  if (!text.includes('{{')) return text;
  return text.replace(VALUE, (written, inner: string) => {
    const path = inner.trim();
    const name = path.split(KEY_SEPARATOR)[0] as string;
    if (!Object.hasOwn(values, name)) return written;
    const value = lookUp(values, path);
    return value === undefined || value === null ? '' : String(value);
  });
}
