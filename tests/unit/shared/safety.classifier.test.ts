import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import model from '../../../resources/moderation/safety-model.json';
import { loadSafetyClassifier, parseLabelledLines, trainSafetyModel, type SafetyClassifier, type SafetyModel } from '../../../shared/moderation/classifier';
import { findCrisis } from '../../../shared/moderation/crisis';
import { matchText } from '../../../shared/moderation/matching';
import { tokenize } from '../../../shared/moderation/tokens';

const train = readFileSync('resources/moderation/corpus/train.tsv', 'utf8');
const lines = parseLabelledLines(train);
const never = { holds: () => false };
const always = { holds: () => true };
const found = (text: string, classifier: Pick<SafetyClassifier, 'holds'>) => findCrisis(text, null, matchText(text, { leet: true }), classifier) !== null;

describe('the trained classifier', () => {
  it('is committed exactly as training makes it from the current training corpus', { timeout: 900_000 }, () => {
    expect(trainSafetyModel(lines)).toEqual(model);
  });

  it('holds most crisis lines it was trained on and few everyday ones', () => {
    const classifier = loadSafetyClassifier(model as SafetyModel);
    const crisis = lines.filter((line) => line.crisis);
    const benign = lines.filter((line) => !line.crisis);
    const held = (subset: typeof lines) => subset.filter((line) => classifier.holds(tokenize(line.text))).length / subset.length;
    expect(held(crisis)).toBeGreaterThan(0.5);
    expect(held(benign)).toBeLessThan(0.03);
  });
});

describe('the classifier only adds holds', { timeout: 120_000 }, () => {
  const text = fc.oneof(
    fc.constantFrom(...lines.map((line) => line.text)),
    fc.string({ maxLength: 120 }),
  );

  it('whatever it says, what the lists and patterns hold stays held', () => {
    fc.assert(
      fc.property(text, (sample) => {
        if (found(sample, never)) expect(found(sample, loadSafetyClassifier(model as SafetyModel))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a classifier that holds everything holds everything; with none, nothing new is held', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(found(sample, always)).toBe(true);
        if (!found(sample, loadSafetyClassifier(model as SafetyModel))) expect(found(sample, never)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading the corpus format', () => {
  it('reads labels, languages and categories, and skips comments and blank lines', () => {
    const parsed = parseLabelledLines('# intro\n\n# category: farewell\ncrisis\ten\tbye all\nbenign\tes\thola\n# category: grief\nbenign\ten\ti miss my dad\nnonsense line\n');
    expect(parsed).toEqual([
      { crisis: true, lang: 'en', text: 'bye all', category: 'farewell' },
      { crisis: false, lang: 'es', text: 'hola', category: 'farewell' },
      { crisis: false, lang: 'en', text: 'i miss my dad', category: 'grief' },
    ]);
  });
});
