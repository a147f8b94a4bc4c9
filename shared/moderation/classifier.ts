// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the stemmers and the network ship no types; every program that reads this file needs them
/// <reference path="./nlpjs.d.ts" />
import NeuralNetwork, { type NeuralNetworkJson } from '@nlpjs/neural/src/neural-network';
import { SLOTS, type Slot } from './lexicon';
import { slotMatcher } from './patterns';
import { tokenize, type Token } from './tokens';

/**
 * A small classifier trained on the house's own labelled corpus (NLP.js's one-layer network over
 * English and Spanish Snowball stems, word pairs and the pattern slots). It only ever adds a hold:
 * the share check asks it only when nothing else held the share.
 */
export interface SafetyModel {
  /** A share scoring at or above this is held. */
  threshold: number;
  network: NeuralNetworkJson;
}

export interface LabelledLine {
  crisis: boolean;
  text: string;
}

const INTENT = 'crisis';
/** Fixed training settings, so the same corpus always gives the same model. */
const SETTINGS = { iterations: 400, learningRate: 0.3, momentum: 0.5, errorThresh: 0.00005, deltaErrorThresh: 0.000001, alpha: 0.07, log: false };
/** Weights are stored to this many decimals: enough for the score, small as data. */
const DECIMALS = 4;
const FOLDS = 5;
/** At most this share of everyday lines may be held by the classifier in cross-validation: the patterns hold a few more, and together they must stay well under 3 %. */
const MAX_FALSE_HOLDS = 0.01;

const SLOT_NAMES = Object.keys(SLOTS) as Slot[];

export function features(tokens: readonly Token[]): Record<string, number> {
  const found: Record<string, number> = {};
  tokens.forEach((token, i) => {
    for (const stem of token.stemEn) found[`e:${stem}`] = 1;
    for (const stem of token.stemEs) found[`s:${stem}`] = 1;
    const next = tokens[i + 1];
    if (next && next.sentence === token.sentence) found[`b:${token.stemEn[0]}_${next.stemEn[0]}`] = 1;
    for (const slot of SLOT_NAMES) if (slotMatcher(slot)(token)) found[`c:${slot}`] = 1;
  });
  return found;
}

/** Features seen fewer times than this are left out: they only memorise one line and swell the model. */
const MIN_FEATURE_COUNT = 2;

function train(lines: readonly LabelledLine[]): NeuralNetwork {
  const inputs = lines.map((line) => features(tokenize(line.text)));
  const counts = new Map<string, number>();
  for (const input of inputs) for (const key of Object.keys(input)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kept = inputs.map((input) => Object.fromEntries(Object.entries(input).filter(([key]) => (counts.get(key) ?? 0) >= MIN_FEATURE_COUNT)));
  const network = new NeuralNetwork({ ...SETTINGS });
  const none: Record<string, number> = {};
  network.train(lines.map((line, i) => ({ input: kept[i] as Record<string, number>, output: line.crisis ? { [INTENT]: 1 } : none })));
  return network;
}

const scoreWith = (network: NeuralNetwork, text: string) => network.run(features(tokenize(text)))?.[INTENT] ?? 0;

/** The lowest threshold whose false holds, on lines the network did not see, stay within bounds. */
function chooseThreshold(lines: readonly LabelledLine[]): number {
  const benignScores: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const network = train(lines.filter((_, i) => i % FOLDS !== fold));
    lines.forEach((line, i) => {
      if (i % FOLDS === fold && !line.crisis) benignScores.push(scoreWith(network, line.text));
    });
  }
  benignScores.sort((a, b) => b - a);
  const allowed = Math.floor(benignScores.length * MAX_FALSE_HOLDS);
  const above = benignScores[allowed] ?? 0;
  return round(above + 10 ** -DECIMALS);
}

const round = (n: number) => Number(n.toFixed(DECIMALS));

/** Trains the model from labelled lines: deterministic, so the same lines give the same data. */
export function trainSafetyModel(lines: readonly LabelledLine[]): SafetyModel {
  const threshold = chooseThreshold(lines);
  const json = train(lines).toJSON();
  return {
    threshold,
    network: { ...json, settings: { ...SETTINGS }, perceptrons: json.perceptrons?.map((weights) => weights.map(round)) },
  };
}

/** Reads lines in the corpus format: `label<TAB>lang<TAB>text`, `#` comments, blank lines ignored. */
export function parseLabelledLines(tsv: string): (LabelledLine & { lang: string; category: string | null })[] {
  const lines: (LabelledLine & { lang: string; category: string | null })[] = [];
  let category: string | null = null;
  for (const raw of tsv.split(/\r?\n/)) {
    const heading = /^#\s*category:\s*(.+)$/.exec(raw.trim());
    if (heading) category = (heading[1] as string).trim();
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const [label, lang, ...rest] = raw.split('\t');
    if ((label !== 'crisis' && label !== 'benign') || lang === undefined || rest.length === 0) continue;
    lines.push({ crisis: label === 'crisis', lang: lang.trim(), text: rest.join('\t'), category });
  }
  return lines;
}

export interface SafetyClassifier {
  score(tokens: readonly Token[]): number;
  holds(tokens: readonly Token[]): boolean;
}

export function loadSafetyClassifier(model: SafetyModel): SafetyClassifier {
  const network = new NeuralNetwork();
  network.fromJSON(model.network);
  const score = (tokens: readonly Token[]) => network.run(features(tokens))?.[INTENT] ?? 0;
  return { score, holds: (tokens) => score(tokens) >= model.threshold };
}
