import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkShare, normaliseShareText, shareLength, type ShareCheckOptions } from '../../../shared/moderation';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

/*
 * Extends moderation.properties.test.ts (never throws, idempotent, disguised words held) with
 * what a hostile writer could still try: text that reaches the wall with hidden or
 * direction-changing characters, text longer than the house allows, and text built to make the
 * pipeline's patterns run for a long time while the wall waits.
 */

const ROSTER = ['María Núñez', 'Samuel Okafor'];
const options = (maxLength: number): ShareCheckOptions => ({ maxLength, lists: moderationLists, rosterNames: ROSTER, preModeration: false });
/** The longest share any house may allow (settings: shareMaxLength at most 1000); longer text is refused before any pattern runs. */
const HOUSE_MAX_LENGTH = 1000;
/**
 * Far above a real check's time (the worst input found takes about 150 ms at 1000 letters on a
 * busy 2-core machine, about 20 ms at the default 280), far below what a runaway pattern takes.
 */
const MAX_MS = 1_000;

const INVISIBLE_OR_BIDI = /[\p{Cc}\p{Cf}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0]/u;

const soup = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom('\u202E', '\u2066', '\u200B', '\u00AD', '\uFEFF', '\u0000', '\r\n', '\t', '\u3164', '\uD83D', '\u0301') },
  ),
  maxLength: 400,
});

describe('the share pipeline, against a hostile writer', () => {
  // The first check reads the classifier's model in (a second or more on a busy machine): done
  // once here, so each property's time is the checks' own.
  beforeAll(() => {
    checkShare('a first share', options(1000));
  }, 30_000);

  it('never lets hidden, control or direction-changing characters reach the wall, nor doubled spaces', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const result = checkShare(text, options(1000));
        if (result.kind === 'refused') return;
        expect(result.text).not.toMatch(INVISIBLE_OR_BIDI);
        expect(result.text).not.toMatch(/\s{2,}|^\s|\s$/u);
        expect(result.text).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('never stores more letters than the house allows, and refuses only what is empty or too long', () => {
    fc.assert(
      fc.property(soup, fc.integer({ min: 1, max: 300 }), (text, maxLength) => {
        const result = checkShare(text, options(maxLength));
        const normalised = normaliseShareText(text);
        if (result.kind === 'refused') {
          if (result.reason === 'empty') expect(normalised).toBe('');
          else expect(shareLength(normalised)).toBeGreaterThan(maxLength);
          return;
        }
        expect(shareLength(result.text)).toBeLessThanOrEqual(maxLength);
      }),
      { numRuns: 2000 },
    );
  });

  it('checks text built to make its patterns backtrack, at the longest length a house allows, without hanging', () => {
    const unit = fc.constantFrom('1 ', '1-', '1.', '(1) ', 'a.', 'a@', '@a.', 'at ', 'dot ', ' . ', '+1 ', 'calle ', 'st ', 'no ', 'a1 ', 'a', ' ', 'é', '\u200B');
    const pathological = fc.tuple(fc.array(unit, { minLength: 1, maxLength: 4 }), fc.integer({ min: 50, max: 1000 }), fc.constantFrom('', '!', 'x', '@', ' kill')).map(
      ([pattern, times, tail]) => (pattern.join('').repeat(times) + tail).slice(-HOUSE_MAX_LENGTH),
    );
    fc.assert(
      fc.property(pathological, (text) => {
        const started = performance.now();
        checkShare(text, options(HOUSE_MAX_LENGTH));
        expect(performance.now() - started).toBeLessThan(MAX_MS);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
