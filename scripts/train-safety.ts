import { readFileSync, writeFileSync } from 'node:fs';
import { featureList, parseLabelledLines, trainSafetyModel } from '../shared/moderation/classifier';
import { heldBeforeClassifier } from '../shared/moderation/crisis';

/** Trains the share check's classifier on the training part of the corpus and writes it as data. */
const CORPUS = 'resources/moderation/corpus/train.tsv';
const MODEL = 'resources/moderation/safety-model.json';

const lines = parseLabelledLines(readFileSync(CORPUS, 'utf8'));
const model = trainSafetyModel(lines, { alreadyHeld: lines.map((line) => heldBeforeClassifier(line.text)) });
writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
console.log(`${MODEL}: ${featureList(model.features).length} features from ${lines.length} lines, threshold ${model.threshold}`);
