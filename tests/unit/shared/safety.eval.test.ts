import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSafety } from '../../../shared/moderation/evaluate';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

/**
 * The share check on lines it was never tuned on. The house's bar is 97 % recall and at most 3 %
 * false holds in each language, and `npm run eval:safety` fails until it is met. The check does
 * not meet it yet. Held-out: 95.7 % recall in English (535 of 559) and 96.6 % in Spanish (537 of
 * 556); false holds 26 of 561 (4.6 %) in English and 25 of 561 (4.5 %) in Spanish: 23 held by the
 * patterns on hard everyday lines (hard days, negations, idioms, games), the rest by the
 * classifier, which may hold 2.5 % of everyday lines in cross-validation and holds about that here.
 * Until the bar is met, these figures are the floor: a change that misses more crisis lines, or
 * holds more everyday ones, fails here. Retrainings move lines here both ways. The last round
 * (rules written from four more blind sets, then the sets learned from) moved these the wrong way
 * by one to three lines: with the new rules and the classifier before it, the figures were 536 and
 * 539 caught, 25 and 25 held (the rules alone freed one Spanish line); the retrained classifier
 * then caught 1 and 2 fewer and held 2 more English lines and none more Spanish. On the four sets
 * themselves, read before anything was learned from them, recall was 99.5 % and 98.0 % and false
 * holds 4.0 % and 6.3 %, most of those held by the patterns; the new rules alone brought them to
 * 100 % and 98.8 %, 2.3 % and 3.0 %. Four sets more, read blind on that round's code, gave 99.0 %
 * and 98.0 % recall and 3.8 % and 4.8 % false holds (98.8 %, 98.0 %, 4.5 % and 4.5 % on the code
 * before the round); the rules written from them then freed one more English line here. Holding the classifier to 2 % of everyday lines instead of
 * 2.5 % caught fewer crisis lines on blind sets and held none fewer, so the allowance stays.
 */
const RECALL_FLOOR: Record<string, number> = { en: 535 / 559, es: 537 / 556 };
const FALSE_HOLDS_CEILING: Record<string, number> = { en: 26 / 561, es: 25 / 561 };

describe('the share check on the held-out corpus', { timeout: 300_000 }, () => {
  const result = evaluateSafety(readFileSync('resources/moderation/corpus/heldout.tsv', 'utf8'), moderationLists);

  it.each(['en', 'es'])('misses no more crisis lines in %s than when it was last measured', (lang) => {
    expect(result.byLanguage[lang]?.crisisTotal).toBeGreaterThan(0);
    expect(result.byLanguage[lang]?.recall).toBeGreaterThanOrEqual(RECALL_FLOOR[lang] ?? 1);
  });

  it.each(['en', 'es'])('holds no more everyday lines in %s than when it was last measured', (lang) => {
    expect(result.byLanguage[lang]?.benignTotal).toBeGreaterThan(0);
    expect(result.byLanguage[lang]?.falseHoldRate).toBeLessThanOrEqual(FALSE_HOLDS_CEILING[lang] ?? 0);
  });
});

describe('evaluating any labelled file', () => {
  const tsv = [
    '# a comment',
    '',
    '# category: ideation',
    'crisis\ten\ti want to die',
    'crisis\tes\tquiero morirme',
    'crisis\ten\tthe weather is lovely',
    '# category: everyday',
    'benign\ten\twe planted tomatoes',
    'benign\tes\tcall me 555 123 4567',
  ].join('\n');
  const result = evaluateSafety(tsv, moderationLists);

  it('counts held crisis lines and held everyday lines, overall and per language and category', () => {
    expect(result).toMatchObject({ crisisTotal: 3, crisisHeld: 2, benignTotal: 2, benignHeld: 1, recall: 2 / 3, falseHoldRate: 1 / 2 });
    expect(result.byLanguage.en).toMatchObject({ crisisTotal: 2, crisisHeld: 1, benignTotal: 1, benignHeld: 0 });
    expect(result.byLanguage.es).toMatchObject({ crisisTotal: 1, crisisHeld: 1, benignTotal: 1, benignHeld: 1 });
    expect(result.byCategory.ideation).toMatchObject({ crisisTotal: 3, crisisHeld: 2 });
  });

  it('lists every miss: crisis published and everyday held', () => {
    expect(result.misses).toEqual([
      { label: 'crisis', lang: 'en', category: 'ideation', text: 'the weather is lovely' },
      { label: 'benign', lang: 'es', category: 'everyday', text: 'call me 555 123 4567' },
    ]);
  });
});
