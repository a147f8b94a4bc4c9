import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import model from '../../../resources/moderation/safety-model.json';
import { fitSafetyModel, parseLabelledLines } from '../../../shared/moderation/classifier';

const lines = parseLabelledLines(readFileSync('resources/moderation/corpus/train.tsv', 'utf8'));

// The other half, the blend and the threshold, is checked in safety.training.threshold: each takes
// a minute or two, and in files of their own they run side by side.
describe('the committed model', () => {
  it('holds exactly the counts and weights training makes from every line of the current training corpus', { timeout: 600_000 }, () => {
    const { threshold: _threshold, blend: _blend, ...fitted } = model;
    expect(fitSafetyModel(lines)).toEqual(fitted);
  });
});
