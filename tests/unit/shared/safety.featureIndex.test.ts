import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import model from '../../../resources/moderation/safety-model.json';
import { featureList } from '../../../shared/moderation/classifier';
import { FeatureIndex } from '../../../shared/moderation/featureIndex';

describe('the feature index', () => {
  it('finds every feature at its place in the list, and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), (known, asked) => {
        const index = new FeatureIndex(known);
        expect(index.size).toBe(known.length);
        known.forEach((feature, i) => expect(index.indexOf(feature)).toBe(i));
        for (const other of asked) expect(index.indexOf(other)).toBe(known.indexOf(other));
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart features that differ only in order, case or one letter', () => {
    const index = new FeatureIndex(['b:want_die', 'b:die_want', 'e:die', 'e:Die', 'g:<kil', 'g:<kill']);
    expect(['b:want_die', 'b:die_want', 'e:die', 'e:Die', 'g:<kil', 'g:<kill', 'e:dye', 'g:kill'].map((f) => index.indexOf(f))).toEqual([0, 1, 2, 3, 4, 5, -1, -1]);
  });

  it('refuses a list where two features cannot be told apart', () => {
    expect(() => new FeatureIndex(['e:die', 'e:live', 'e:die'])).toThrow(/share one hash/);
    expect(() => new FeatureIndex({ text: 'e:die\ne:live\ne:die', separator: '\n' })).toThrow('Two features share one hash: "e:die" and "e:die".');
  });

  it('reads features kept as one text exactly as the list the text splits into', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\n')), { maxLength: 200 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), (known, asked) => {
        const fromText = new FeatureIndex({ text: known.join('\n'), separator: '\n' });
        const fromList = new FeatureIndex(known);
        if (known.length === 0) expect(fromText.size).toBe(0);
        expect(fromText.size).toBe(known.length);
        for (const feature of [...known, ...asked]) expect(fromText.indexOf(feature)).toBe(fromList.indexOf(feature));
      }),
      { numRuns: 300 },
    );
  });

  it('reads every feature of the shipped model apart from every other', () => {
    const bayes = featureList(model.features);
    const logistic = featureList(model.logistic.features);
    expect(new FeatureIndex(bayes).size).toBe(new Set(bayes).size);
    expect(new FeatureIndex(logistic).size).toBe(new Set(logistic).size);
    expect(bayes.length).toBeGreaterThan(100_000);
    // The regression writes out only the features naive Bayes does not have.
    const inBayes = new Set(bayes);
    expect(logistic.filter((feature) => inBayes.has(feature))).toEqual([]);
  });
});
