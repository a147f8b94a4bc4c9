import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HoldReason } from '../../../shared/model';
import { checkShare, normaliseShareText, type ShareCheckOptions } from '../../../shared/moderation';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

const ROSTER = ['María Núñez', 'José Álvarez', 'Chloé Martin', 'Ángela Ruiz', 'Samuel Okafor'];
const options: ShareCheckOptions = { maxLength: 1000, lists: moderationLists, rosterNames: ROSTER, preModeration: false };
const RUNS = { numRuns: 400 };

/** Characters that are there but not seen: zero-width, joiners, soft hyphen, BOM, bidi controls. */
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const ACCENTED: Record<string, string[]> = {
  a: ['á', 'à', 'â', 'ä', 'ã', 'å'],
  e: ['é', 'è', 'ê', 'ë'],
  i: ['í', 'ì', 'î', 'ï'],
  o: ['ó', 'ò', 'ô', 'ö', 'õ'],
  u: ['ú', 'ù', 'û', 'ü'],
  n: ['ñ'],
  c: ['ç'],
  y: ['ý', 'ÿ'],
};
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0303', '\u0327'];
const LEET: Record<string, string[]> = { a: ['4', '@'], e: ['3'], i: ['1'], l: ['1'], o: ['0'], s: ['5', '$'], t: ['7'] };
const SEPARATORS = [' ', '.', '-', '_', ' . ', '  '];
const TRICKS = ['case', 'accents', 'combining', 'invisible', 'leet', 'bang', 'stretch', 'spaced', 'fullWidth'] as const;
type Trick = (typeof TRICKS)[number];
const BEFORE = ['', 'Today ', 'honestly, ', 'Hoy ', '... ', 'I think '];
const AFTER = ['', ' and that is all', '.', ' ya.', '!!', ' hoy'];

/** Fast-check's numbers, read one after another as dice: shrinking makes them smaller. */
function dice(values: number[]) {
  let at = 0;
  return (sides: number) => (values[at++ % values.length] ?? 0) % sides;
}
const pick = <T,>(roll: (n: number) => number, items: readonly T[]): T => items[roll(items.length)] as T;
const letter = (c: string) => /\p{L}/u.test(c);

/** Hides a phrase the ways people hide words from filters; every trick keeps it readable to a person. */
function disguise(phrase: string, tricks: readonly Trick[], values: number[]): string {
  const roll = dice(values);
  const has = (t: Trick) => tricks.includes(t);
  let chars = [...phrase];
  if (has('stretch')) chars = chars.flatMap((c) => (letter(c) && roll(4) === 0 ? Array<string>(2 + roll(3)).fill(c) : [c]));
  const spaced = has('spaced');
  chars = chars.map((c, i) => {
    const inside = letter(chars[i - 1] ?? '') && letter(chars[i + 1] ?? '');
    if (has('bang') && !spaced && c === 'i' && inside && roll(2) === 0) return '!';
    if (has('leet') && LEET[c] && roll(2) === 0) return pick(roll, LEET[c]);
    if (has('accents') && ACCENTED[c] && roll(2) === 0) return pick(roll, ACCENTED[c]);
    return c;
  });
  if (has('case')) chars = chars.map((c) => (roll(2) === 0 ? c.toUpperCase() : c));
  if (has('combining')) chars = chars.map((c) => (letter(c) && roll(3) === 0 ? c + pick(roll, COMBINING) : c));
  if (spaced) {
    const separator = pick(roll, SEPARATORS);
    chars = [chars.filter((c) => c !== ' ').join(separator)];
    chars = [...chars.join('')];
  }
  if (has('fullWidth')) chars = chars.map((c) => (/[!-~]/.test(c) && roll(2) === 0 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
  if (has('invisible')) chars = chars.map((c) => (roll(3) === 0 ? c + pick(roll, INVISIBLE) : c));
  return pick(roll, BEFORE) + chars.join('') + pick(roll, AFTER);
}

/** A list entry as someone would write it: a `*` entry with one of the endings it stands for. */
function written(entry: string, roll: (n: number) => number): string {
  return entry.endsWith('*') ? entry.slice(0, -1) + pick(roll, ['', 'e', 'es', 'al', 'o', 'ing']) : entry;
}

const disguisedArb = (entries: readonly string[]) =>
  fc
    .record({
      entry: fc.constantFrom(...entries),
      tricks: fc.subarray([...TRICKS]),
      values: fc.array(fc.nat({ max: 10_000 }), { minLength: 8, maxLength: 64 }),
    })
    .map(({ entry, tricks, values }) => disguise(written(entry, dice(values)), tricks, values));

const reasonsOf = (text: string): HoldReason[] => {
  const result = checkShare(text, options);
  return result.kind === 'hold' ? result.reasons : [];
};

/** Each property runs hundreds of full share checks. */
const SLOW = { timeout: 120_000 };

describe('the share pipeline, for any input', SLOW, () => {
  it('never throws, whatever the text and options', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.anything()),
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }),
        fc.integer({ min: -5, max: 2000 }),
        fc.boolean(),
        (text, rosterNames, maxLength, preModeration) => {
          const result = checkShare(text, { maxLength, lists: moderationLists, rosterNames, preModeration });
          expect(['refused', 'publish', 'hold']).toContain(result.kind);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('normalises idempotently: normalising twice changes nothing more', () => {
    const tricky = fc.string({
      unit: fc.oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.constantFrom(...INVISIBLE, ...COMBINING, ' ', '\n', '\t', '\u00A0', '\u3000', 'ｅ', 'ﬁ', '①', 'e', 'ñ', '\u0000', '\uD800'),
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(tricky, (text) => {
        const once = normaliseShareText(text);
        expect(normaliseShareText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('publishes or holds exactly the normalised text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = checkShare(text, options);
        if (result.kind !== 'refused') expect(result.text).toBe(normaliseShareText(text));
      }),
    );
  });
});

describe('no held category slips through case, accent, spacing, zero-width or leetspeak tricks', SLOW, () => {
  it('holds every crisis phrase of both languages, disguised, as a crisis', () => {
    fc.assert(
      fc.property(disguisedArb(moderationLists.crisis), (text) => {
        expect(checkShare(text, options)).toMatchObject({ kind: 'hold', crisis: true });
      }),
      RUNS,
    );
  });

  it('holds every slur of both languages, disguised', () => {
    fc.assert(
      fc.property(disguisedArb(moderationLists.slurs), (text) => {
        expect(reasonsOf(text)).toContain('slur');
      }),
      RUNS,
    );
  });

  it('holds any resident name from the roster, whatever its case, accents or hidden characters', () => {
    const parts = ROSTER.flatMap((name) => name.split(' '));
    const nameArb = fc
      .record({
        part: fc.constantFrom(...parts),
        tricks: fc.subarray(['case', 'accents', 'combining', 'invisible', 'fullWidth'] as Trick[]),
        strip: fc.boolean(),
        values: fc.array(fc.nat({ max: 10_000 }), { minLength: 8, maxLength: 32 }),
      })
      .map(({ part, tricks, strip, values }) => {
        const base = strip ? part.normalize('NFD').replace(/\p{M}/gu, '') : part;
        return disguise(base.toLowerCase(), tricks, values);
      });
    fc.assert(
      fc.property(nameArb, (text) => {
        expect(reasonsOf(text)).toContain('resident-name');
      }),
      RUNS,
    );
  });

  it('holds phone numbers written with spaces, dots, dashes, brackets and hidden characters', () => {
    const phoneArb = fc
      .record({
        digits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 11 }),
        prefix: fc.constantFrom('', '+1 ', '+34 ', '+44 ', '('),
        separators: fc.array(fc.constantFrom('', ' ', '.', '-', ' - ', ') '), { minLength: 12, maxLength: 12 }),
        cuts: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        invisible: fc.array(fc.constantFrom('', ...INVISIBLE), { minLength: 12, maxLength: 12 }),
        everyDigitApart: fc.boolean(),
      })
      .map(({ digits, prefix, separators, cuts, invisible, everyDigitApart }) => {
        const body = digits
          .map((d, i) => `${d}${invisible[i]}${i < digits.length - 1 && (everyDigitApart || cuts[i]) ? (everyDigitApart ? ' ' : separators[i]) : ''}`)
          .join('');
        return `call me on ${prefix}${body} ok`;
      });
    fc.assert(
      fc.property(phoneArb, (text) => {
        expect(reasonsOf(text)).toContain('personal-data');
      }),
      RUNS,
    );
  });

  it('holds e-mail addresses, plain or spelled out with at / dot in either language', () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/);
    const emailArb = fc
      .record({
        local: word,
        domain: word,
        tld: fc.constantFrom('com', 'org', 'net', 'es', 'mx'),
        form: fc.constantFrom(['@', '.'], [' at ', ' dot '], [' AT ', ' DOT '], ['(at)', '(dot)'], [' [at] ', ' [dot] '], [' arroba ', ' punto '], [' @ ', ' . ']),
        invisible: fc.constantFrom('', ...INVISIBLE),
      })
      .map(({ local, domain, tld, form: [at, dot], invisible }) => `write ${local}${invisible}${at}${domain}${dot}${invisible}${tld} soon`);
    fc.assert(
      fc.property(emailArb, (text) => {
        expect(reasonsOf(text)).toContain('personal-data');
      }),
      RUNS,
    );
  });

  it('holds street addresses in English and Spanish forms', () => {
    const name = fc.constantFrom('Main', 'Oak', 'Maple', 'North Elm', 'Cedar', 'Mayor', 'de la Constitución', 'del Sol', 'Real');
    const addressArb = fc
      .record({
        number: fc.integer({ min: 1, max: 9999 }),
        name,
        english: fc.constantFrom('St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Lane', 'ST', 'street'),
        spanish: fc.constantFrom('Calle', 'calle', 'C/', 'Avenida', 'Avda.', 'Paseo', 'Plaza', 'CALLE'),
        inSpanish: fc.boolean(),
        invisible: fc.constantFrom('', ...INVISIBLE),
      })
      .map(({ number, name, english, spanish, inSpanish, invisible }) =>
        inSpanish ? `vivo en ${spanish} ${name}${invisible}, ${number}` : `I live at ${number} ${name}${invisible} ${english}`,
      );
    fc.assert(
      fc.property(addressArb, (text) => {
        expect(reasonsOf(text)).toContain('personal-data');
      }),
      RUNS,
    );
  });
});
