import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSafety } from '../../../shared/moderation/evaluate';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

/**
 * The share check on lines it was never tuned on. The house's bar is 97 % recall and at most 3 %
 * false holds in each language, and `npm run eval:safety` fails until it is met. The check does
 * not meet it yet. Held-out: 97.1 % recall in English (543 of 559) and 97.3 % in Spanish (541 of
 * 556); false holds 27 of 561 (4.8 %) in English and 22 of 561 (3.9 %) in Spanish: most held by the
 * patterns on hard everyday lines (hard days, negations, idioms, games), the rest by the
 * classifier, which may hold 2.5 % of everyday lines in cross-validation and holds about that here.
 * Until the bar is met, these figures are the floor: a change that misses more crisis lines, or
 * holds more everyday ones, fails here. Retrainings move lines here both ways. The last two rounds
 * (rules written from four more blind sets each, then the sets learned from): the new rules alone
 * changed nothing here either time; the first retraining caught 1 English and 2 Spanish lines fewer
 * and held one Spanish line fewer, the second (its cross-validated threshold fell from 0.4588 to
 * 0.3938) caught 2 and 3 more and held one English line more and 3 Spanish lines fewer. On the
 * sets themselves, read before anything was learned from them, recall was 99.0 % and 97.5 %, false
 * holds 3.8 % and 4.5 % (the first four) and 98.8 % and 98.0 %, 3.3 % and 4.0 % (the next four); the
 * new rules alone brought them to 99.5 % and 99.0 %, 2.0 % and 3.3 %, then 99.3 % and 99.8 %, 3.0 %
 * and 3.0 %. Holding the classifier to 2 % of everyday lines instead of 2.5 % caught fewer crisis
 * lines on blind sets and held none fewer, so the allowance stays. Leaving out of naive Bayes the
 * features seen in one training line only (470,082 of 676,177), so that the model reads in fast
 * enough for the first Post, caught one English and two Spanish lines fewer here, held one English
 * line fewer and one Spanish line more. The round after (rules from four more blind sets, which
 * alone changed nothing here, then the sets learned from; the threshold fell from 0.4677 to 0.4439)
 * caught 2 English and 1 Spanish line more, and held 1 English and 2 Spanish lines more. The next
 * round (its rules alone again changed nothing here; threshold 0.4439 to 0.4442) caught 1 English
 * line fewer and 2 Spanish lines more, and held 1 English line fewer. The one after (its rules alone
 * changed nothing here; threshold 0.4442 to 0.4152) caught 4 English lines and 1 Spanish line more,
 * and held 2 English and 2 Spanish lines more. The next (rules alone changed nothing here again;
 * threshold 0.4152 to 0.384) caught 1 Spanish line fewer, and held 4 English and 3 Spanish fewer.
 * The one after (rules alone changed nothing here; threshold 0.384 to 0.3799) caught 1 English and
 * 1 Spanish line more, and held 2 English lines and 1 Spanish line more. The next (rules alone
 * changed nothing here; threshold 0.3799 to 0.3616) caught 1 English and 1 Spanish line fewer, and
 * held 1 English line more. The one after (rules alone changed nothing here; threshold 0.3616 to
 * 0.3933) caught 2 Spanish lines fewer, and held as many. The next (rules alone changed nothing
 * here; threshold 0.3933 to 0.3849) caught 1 English and 4 Spanish lines more, and held 2 English
 * lines fewer. The one after: its rules alone held one Spanish line fewer (a team's loss laughed
 * off); the retraining (threshold 0.3849 to 0.3805) then caught 3 English lines fewer and 1 Spanish
 * line more, and held 1 English line more and 2 Spanish lines fewer. The next: its rules alone held
 * one English line fewer (a team's loss laughed off again); the retraining (threshold 0.3805 to
 * 0.3854) then caught 1 English line fewer and as many Spanish ones (one more, one fewer), and held
 * 1 English and 1 Spanish line more. The one after: its rules, and a listed phrase said with a laugh
 * now left to the classifier, changed nothing here; the retraining (threshold 0.3854 to 0.3786)
 * caught as many lines in each language (one more and one fewer in each), and held 2 English lines
 * fewer and 1 Spanish line more. The next: its rules alone changed nothing here; the retraining
 * (threshold 0.3786 to 0.3696) caught 2 English lines more (three more, one fewer) and 1 Spanish line
 * fewer, and held 1 English line fewer (two fewer, one more) and as many Spanish ones. The one after:
 * its rules alone changed nothing here; the retraining (threshold 0.3696 to 0.3566) caught 1 English
 * line more (two more, one fewer) and 2 Spanish lines fewer, and held 2 English lines more and 1
 * Spanish line fewer. The next: its rules alone changed nothing here; the retraining (threshold
 * 0.3566 to 0.3526) caught 2 English lines more (three more, one fewer) and 4 Spanish lines more,
 * and held as many English lines (one more, one fewer) and 2 Spanish lines more (three more, one
 * fewer). The next: its rules alone changed nothing here; the retraining (threshold 0.3526 to
 * 0.3484) caught 1 English line fewer (two fewer, one more) and 1 Spanish line fewer, and held 1
 * English line more (two more, one fewer) and 2 Spanish lines more. The next: its rules alone
 * changed nothing here; the retraining (threshold 0.3484 to 0.3388) caught 2 English lines more and
 * as many Spanish ones, and held as many English lines and 4 Spanish lines fewer. The next: its
 * rules alone changed nothing here; the retraining (threshold 0.3388 to 0.3359) caught as many
 * English lines (one more, one fewer) and 1 Spanish line more (two more, one fewer), and held 2
 * English lines more and as many Spanish ones (one more, one fewer). The next: its rules alone
 * held one English crisis line here that the classifier already held; the retraining (threshold
 * 0.3359 to 0.3432) caught 1 English line more and 2 Spanish lines fewer, and held 1 English line
 * fewer and as many Spanish ones (one more, one fewer). The next: tablets and prescribed medicines
 * among the means words, and painkillers bought shop after shop, changed no rule's verdict here;
 * the retraining kept the threshold at 0.3432 and every figure here. The next: rules from two blind
 * sets' misses (a rest from the writer that is to be final, a jump from a floor with a time, fists
 * on a wall until the hand is hurt) changed no rule's verdict here, and the model, retrained, came
 * out the same.
 */
const RECALL_FLOOR: Record<string, number> = { en: 543 / 559, es: 541 / 556 };
const FALSE_HOLDS_CEILING: Record<string, number> = { en: 27 / 561, es: 22 / 561 };

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
