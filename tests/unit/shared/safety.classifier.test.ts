import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import model from '../../../resources/moderation/safety-model.json';
import naiveBayes from 'wink-naive-bayes-text-classifier';
import { bayesReader, chooseSafetyThreshold, featureList, features, fitSafetyModel, loadSafetyClassifier, parseLabelledLines, URGENT_CATEGORIES, trainSafetyModel, type SafetyClassifier, type SafetyModel } from '../../../shared/moderation/classifier';
import { findCrisis, heldBeforeClassifier } from '../../../shared/moderation/crisis';
import { matchText } from '../../../shared/moderation/matching';
import { tokenize } from '../../../shared/moderation/tokens';

const train = readFileSync('resources/moderation/corpus/train.tsv', 'utf8');
const lines = parseLabelledLines(train);
const never = { holds: () => false };
const always = { holds: () => true };
const found = (text: string, classifier: Pick<SafetyClassifier, 'holds'>) => findCrisis(text, null, matchText(text, { leet: true }), classifier) !== null;

describe('the trained classifier', () => {
  // Whether the committed model is what training makes of the whole corpus is checked in two halves,
  // in files of their own so they run side by side: safety.training.fit and safety.training.threshold.
  it('is trained as its two halves: the counts and weights from every line, the blend and threshold from the folds', () => {
    const some = lines.filter((_, i) => i % 150 === 0);
    const alreadyHeld = some.map((line) => heldBeforeClassifier(line.text));
    const trained = trainSafetyModel(some, { alreadyHeld });
    expect(trained).toEqual({ ...chooseSafetyThreshold(some, { alreadyHeld }), ...fitSafetyModel(some) });
    // The halves differ from another corpus's: the check above compares something.
    expect(fitSafetyModel(some.slice(1))).not.toEqual(fitSafetyModel(some));
    expect(Object.keys(trained)).toEqual(Object.keys(model));
  });

  // This test and the next read every training line: a few seconds on a busy machine, more as the corpus grows.
  it('scores the crisis lines it was trained on above the everyday ones, and holds few everyday ones', { timeout: 60_000 }, () => {
    // The threshold comes from lines the classifier did not see, where it must be stricter than on
    // its own training lines: so the order is what is checked here.
    const classifier = loadSafetyClassifier(model as SafetyModel);
    const scores = (crisis: boolean) => lines.filter((line) => line.crisis === crisis).map((line) => classifier.score(tokenize(line.text)));
    const everyday = scores(false).sort((a, b) => a - b);
    const highEveryday = everyday[Math.floor(everyday.length * 0.95)] ?? 0;
    const crisis = scores(true);
    expect(crisis.filter((score) => score > highEveryday).length / crisis.length).toBeGreaterThan(0.9);
    expect(everyday.filter((score) => score >= model.threshold).length / everyday.length).toBeLessThan(0.03);
  });

  it('reads plans, goodbyes, abuse and threats as urgent, and wishes and struggles as a concern', { timeout: 60_000 }, () => {
    const classifier = loadSafetyClassifier(model as SafetyModel);
    const crisis = lines.filter((line) => line.crisis);
    const readAs = (urgent: boolean) => {
      const group = crisis.filter((line) => URGENT_CATEGORIES.has(line.category ?? '') === urgent);
      const agreeing = group.filter((line) => classifier.severity(tokenize(line.text)) === (urgent ? 'urgent' : 'concern'));
      return agreeing.length / group.length;
    };
    expect(readAs(true)).toBeGreaterThan(0.85);
    expect(readAs(false)).toBeGreaterThan(0.85);
  });

  it('holds nothing and reads nothing as urgent when it knows none of the words', () => {
    const classifier = loadSafetyClassifier(model as SafetyModel);
    // Letters of a script the corpus never uses: not a word, stem or run of letters is known.
    const unknown = tokenize('ψψψ ωωω');
    expect(classifier.score(unknown)).toBe(0);
    expect(classifier.holds(unknown)).toBe(false);
    expect(classifier.severity(unknown)).toBe('concern');
    // Made-up words share a few runs of letters with real ones ("<zz", "mp>"), and stay far under
    // the threshold (a tenth of it until the corpus held short posts like "zzz": about a quarter now).
    const madeUp = tokenize('zzqx vrrmp');
    expect(Math.abs(classifier.score(madeUp))).toBeLessThan(model.threshold / 3);
    expect(classifier.holds(madeUp)).toBe(false);
  });
});

/** The shipped model put back the way wink exports a model, so wink itself can read it: the reference the house's own reader is held to. */
function winkFromModel(shipped: SafetyModel) {
  const names = featureList(shipped.features);
  const count: Record<string, Record<string, number>> = {};
  const words: Record<string, number> = {};
  shipped.labels.forEach((label, l) => {
    const row = shipped.counts[l] ?? [];
    count[label] = {};
    words[label] = 0;
    names.forEach((name, f) => {
      const n = row[f] ?? 0;
      if (n > 0) (count[label] as Record<string, number>)[name] = n;
      words[label] = (words[label] as number) + n;
    });
  });
  const samples = Object.fromEntries(shipped.labels.map((label, l) => [label, shipped.lines[l] ?? 0]));
  const classifier = naiveBayes();
  classifier.importJSON(JSON.stringify([{ considerOnlyPresence: true, smoothingFactor: 0.05 }, samples, count, words, names]));
  classifier.consolidate();
  return (keys: string[]) => Object.fromEntries(classifier.computeOdds(keys).filter(([label]) => label !== 'unknown'));
}

describe('reading the shipped model without wink', () => {
  it('gives exactly the odds wink gives, label by label, for corpus lines and for words it has never seen', { timeout: 120_000 }, () => {
    const shipped = model as SafetyModel;
    const wink = winkFromModel(shipped);
    const ours = bayesReader(shipped);
    const samples = [...lines.filter((_, i) => i % 12 === 0).map((line) => line.text), 'ψψψ ωωω', 'zzqx vrrmp', ''];
    let read = 0;
    for (const sample of samples) {
      const keys = features(tokenize(sample));
      const odds = ours(keys);
      expect(odds).toEqual(wink(keys));
      if (Object.keys(odds).length === shipped.labels.length) read++;
    }
    // Every corpus line has known words; only the made-up ones and the empty share say nothing.
    expect(read).toBe(samples.length - 3);
    expect(read).toBeGreaterThan(2900);
  });
});

describe('the classifier only adds holds', { timeout: 120_000 }, () => {
  // Read in once: the model is pure, and reading it takes a good part of a second.
  const trained = loadSafetyClassifier(model as SafetyModel);
  const text = fc.oneof(
    fc.constantFrom(...lines.map((line) => line.text)),
    fc.string({ maxLength: 120 }),
  );

  it('whatever it says, what the lists and patterns hold stays held', () => {
    fc.assert(
      fc.property(text, (sample) => {
        if (found(sample, never)) expect(found(sample, trained)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a classifier that holds everything holds everything; with none, nothing new is held', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(found(sample, always)).toBe(true);
        if (!found(sample, trained)) expect(found(sample, never)).toBe(false);
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
