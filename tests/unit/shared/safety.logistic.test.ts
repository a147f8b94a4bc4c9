import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shippedLogistic, shippedLogisticScorer } from '../../../shared/moderation/classifier';
import { FeatureIndex } from '../../../shared/moderation/featureIndex';
import { logisticFeatures, logisticScorer, trainLogistic } from '../../../shared/moderation/logistic';
import { tokenize } from '../../../shared/moderation/tokens';

/** A small problem: "storm" and "flood" mean trouble, "sun" and "picnic" do not; "the" means nothing. */
const inputs = [
  ['storm', 'the'],
  ['flood', 'the'],
  ['storm', 'flood'],
  ['storm'],
  ['sun', 'the'],
  ['picnic', 'the'],
  ['sun', 'picnic'],
  ['picnic'],
];
const labels = [true, true, true, true, false, false, false, false];

describe('the logistic regression', () => {
  it('learns which features mean a crisis and which do not', () => {
    const score = logisticScorer(trainLogistic(inputs, labels));
    expect(score(['storm'])).toBeGreaterThan(0);
    expect(score(['flood', 'the'])).toBeGreaterThan(0);
    expect(score(['sun'])).toBeLessThan(0);
    expect(score(['picnic', 'the'])).toBeLessThan(0);
  });

  it('as shipped beside naive Bayes\'s features, in whole ten-thousandths, scores exactly as trained', () => {
    const word = fc.constantFrom('storm', 'flood', 'the', 'sun', 'picnic', 'rain', 'once');
    fc.assert(
      fc.property(fc.uniqueArray(word), fc.array(word), fc.array(fc.array(word, { maxLength: 4 }), { maxLength: 10 }), (bayesFeatures, extraLine, asked) => {
        const trained = trainLogistic([...inputs, extraLine], [...labels, true]);
        const shipped = shippedLogistic(trained, bayesFeatures);
        expect(shipped.weights.every(Number.isInteger)).toBe(true);
        const asTrained = logisticScorer(trained);
        const asShipped = shippedLogisticScorer(shipped, new FeatureIndex(bayesFeatures));
        for (const keys of [...inputs, ...asked]) expect(asShipped(keys)).toBe(asTrained(keys));
      }),
      { numRuns: 200 },
    );
  });

  it('trains the same model from the same lines, every time', () => {
    expect(trainLogistic(inputs, labels)).toEqual(trainLogistic(inputs, labels));
  });

  it('leaves out features seen in fewer lines than the minimum, and reads unknown ones as nothing', () => {
    const model = trainLogistic([...inputs, ['once', 'storm']], [...labels, true]);
    expect(model.features).not.toContain('once');
    const score = logisticScorer(model);
    expect(score([])).toBe(model.bias);
    expect(score(['never-seen'])).toBe(model.bias);
  });

  it('scores a share by its features scaled to unit length, so repeating a word-rich line does not inflate it', () => {
    const model = { features: ['a', 'b'], weights: [2, 2], bias: 0, gramScale: 0.5 };
    const score = logisticScorer(model);
    expect(score(['a'])).toBeCloseTo(2);
    expect(score(['a', 'b'])).toBeCloseTo(4 / Math.SQRT2);
    // A letter run counts at its scale in the share's length.
    expect(score(['a', 'g:abc'])).toBeCloseTo(2 / Math.sqrt(1 + 0.25));
  });

  it('reads runs of three to five letters inside each word, so a misspelling still shares most of them', () => {
    const keys = logisticFeatures(tokenize('kil'), ['e:kil']);
    expect(keys).toEqual(expect.arrayContaining(['e:kil', 'g:<ki', 'g:kil', 'g:il>', 'g:<kil', 'g:kil>', 'g:<kil>']));
    const runs = (text: string) => new Set(logisticFeatures(tokenize(text), []));
    const right = runs('suicide');
    const typo = [...runs('suicde')].filter((key) => right.has(key));
    expect(typo.length).toBeGreaterThan(3);
  });
});
