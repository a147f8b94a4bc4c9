import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSafety } from '../../../shared/moderation/evaluate';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

/** The project's bar for the share check on lines it was never tuned on. */
const MIN_RECALL = 0.97;
const MAX_FALSE_HOLDS = 0.03;

describe('the share check on the held-out corpus', { timeout: 300_000 }, () => {
  const result = evaluateSafety(readFileSync('resources/moderation/corpus/heldout.tsv', 'utf8'), moderationLists);

  it.each(['en', 'es'])('holds at least 97 in 100 crisis lines in %s', (lang) => {
    expect(result.byLanguage[lang]?.crisisTotal).toBeGreaterThan(0);
    expect(result.byLanguage[lang]?.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it.each(['en', 'es'])('holds at most 3 in 100 everyday lines in %s', (lang) => {
    expect(result.byLanguage[lang]?.benignTotal).toBeGreaterThan(0);
    expect(result.byLanguage[lang]?.falseHoldRate).toBeLessThanOrEqual(MAX_FALSE_HOLDS);
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
