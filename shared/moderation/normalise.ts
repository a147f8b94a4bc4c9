/**
 * Characters that change nothing a reader sees but can hide a word from a filter or reorder text
 * on screen: control and format characters (zero-width spaces and joiners, soft hyphen, word
 * joiner, BOM, bidi marks, overrides and isolates, tag characters), lone surrogates, the
 * combining grapheme joiner and the Hangul fillers that render as blank.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0]/gu;
/** Line breaks and tabs become spaces before control characters are removed, so words stay apart. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const SPACES = /\s+/gu;
/** One pass rarely changes anything a second pass would, but stripping can expose a new NFKC composition. */
const MAX_PASSES = 4;

function normaliseOnce(text: string): string {
  const visible = text.replace(BREAKS, ' ').replace(INVISIBLE, '');
  return visible.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * The text of a share as it is stored and shown: Unicode NFKC, no invisible or direction-changing
 * characters, single spaces, no space at either end. Never throws; anything but a string is empty.
 */
export function normaliseShareText(text: unknown): string {
  if (typeof text !== 'string') return '';
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = normaliseOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Length as a reader counts it: code points, so an emoji or an accented letter counts once. */
export function shareLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
