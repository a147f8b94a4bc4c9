/** Values a translation may carry and still be remembered: plain strings, numbers and booleans. */
type Values = Readonly<Record<string, unknown>>;

/**
 * The texts the wall has already looked up, by language, key and values. A screen asks for the
 * same few hundred texts each time it is drawn, and the lookup is the costly part of drawing
 * them. Bounded: values that keep changing (a countdown, a count) push the oldest texts out
 * instead of growing it without end.
 */
export class TextMemo {
  readonly #texts = new Map<string, string>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  get size(): number {
    return this.#texts.size;
  }

  /** The remembered text, or the looked-up one; a lookup whose values are not all plain is never remembered. */
  text(lng: string, key: string, values: Values | undefined, lookUp: () => string): string {
    const memoKey = memoKeyOf(lng, key, values);
    if (memoKey === null) return lookUp();
    const known = this.#texts.get(memoKey);
    if (known !== undefined) return known;
    const text = lookUp();
    if (this.#texts.size >= this.#max) this.#texts.delete(this.#texts.keys().next().value as string);
    this.#texts.set(memoKey, text);
    return text;
  }

  /** Forget everything: more text has arrived (staff mode's), so a key that was missing may now be found. */
  clear(): void {
    this.#texts.clear();
  }
}

function memoKeyOf(lng: string, key: string, values: Values | undefined): string | null {
  let memoKey = `${lng}\u0000${key}`;
  if (!values) return memoKey;
  for (const name of Object.keys(values).sort()) {
    const value = values[name];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
    memoKey += `\u0000${name}\u0001${typeof value}\u0001${String(value)}`;
  }
  return memoKey;
}
