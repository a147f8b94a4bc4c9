import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import model from '../../../resources/moderation/safety-model.json';
import { chooseSafetyThreshold, parseLabelledLines } from '../../../shared/moderation/classifier';
import { heldBeforeClassifier } from '../../../shared/moderation/crisis';

const lines = parseLabelledLines(readFileSync('resources/moderation/corpus/train.tsv', 'utf8'));

// The other half, the counts and weights, is checked in safety.training.fit.
describe('the committed model', () => {
  it('holds exactly the blend and threshold training chooses on the folds of the current training corpus', { timeout: 600_000 }, () => {
    const alreadyHeld = lines.map((line) => heldBeforeClassifier(line.text));
    expect(chooseSafetyThreshold(lines, { alreadyHeld })).toEqual({ threshold: model.threshold, blend: model.blend });
  });
});
