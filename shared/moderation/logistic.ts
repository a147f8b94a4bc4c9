import { FeatureIndex } from './featureIndex';
import type { Token } from './tokens';

/**
 * A logistic regression over sparse binary features, trained at build time and shipped as data.
 * Naive Bayes counts each word on its own; this learns how much each feature adds given all the
 * others, and with letter runs inside words ("suic", "cort", "desped") it still reads a word it
 * has never seen spelled that way ("sooicide", "despedirm", "cortadita").
 *
 * Written here rather than taken from npm: no package the project has trains one offline, and
 * this one is a few dozen lines, deterministic (fixed order, fixed passes, no randomness), and its
 * output is plain numbers.
 */
export interface LogisticModel {
  /** Every feature kept, once. */
  features: string[];
  /** Each feature's weight, aligned with `features`. */
  weights: number[];
  bias: number;
  /** The scale of letter runs the weights were trained with: a share's length counts them so. */
  gramScale: number;
}

/** A line's feature vector length, each letter run counted at its scale: every line is scaled to length 1. */
function lengthOf(keys: readonly string[], gramScale: number): number {
  let grams = 0;
  for (const key of keys) if (key.startsWith('g:')) grams++;
  const squared = keys.length - grams + grams * gramScale * gramScale;
  return squared > 0 ? Math.sqrt(squared) : 1;
}

/** Letter runs of these lengths inside each word, its edges marked: "<kil", "ill>". */
const SHORTEST_RUN = 3;
const LONGEST_RUN = 5;

/**
 * What the regression reads: the naive Bayes features of the share (`wordFeatures`: stems, word
 * runs, negated stems, slots) and runs of 3 to 5 letters inside each word, so a misspelt or leet
 * word still shares most of its runs with the word it stands for.
 */
export function logisticFeatures(tokens: readonly Token[], wordFeatures: readonly string[]): string[] {
  const found = new Set<string>(wordFeatures);
  for (const token of tokens) {
    for (const form of token.forms) {
      const marked = `<${form}>`;
      for (let n = SHORTEST_RUN; n <= LONGEST_RUN; n++) {
        for (let start = 0; start + n <= marked.length; start++) found.add(`g:${marked.slice(start, start + n)}`);
      }
    }
  }
  return [...found];
}

export interface LogisticSettings {
  /** Passes over the training lines. */
  epochs: number;
  /** Adagrad's base step. */
  rate: number;
  /** L2 pull towards zero, per line seen. */
  l2: number;
  /** Features in fewer training lines than this are left out. */
  minCount: number;
  /** Weights nearer zero than this are dropped from the shipped model. */
  minWeight: number;
  /** How much a letter run counts against a whole word, stem or pair: many runs make one word. */
  gramScale: number;
}

export const LOGISTIC_SETTINGS: LogisticSettings = { epochs: 12, rate: 0.3, l2: 3e-3, minCount: 2, minWeight: 0.002, gramScale: 0.3 };
/** Weights are kept to this many decimals. */
export const WEIGHT_DECIMALS = 4;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A fixed shuffle (a small linear congruential generator): the same lines always train the same model. */
function fixedOrder(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/**
 * Lines read once into numbered features, so training on parts of them (the folds) does not look
 * every feature up again by its name.
 */
export interface NumberedLines {
  /** Every feature any line has, sorted. */
  names: string[];
  /** Each line's features, as places in `names`, in the line's own order. */
  rows: Int32Array[];
  /** Each line's length (`lengthOf`), over all its features. */
  norms: Float64Array;
  /** Each feature's scale: a letter run counts `gramScale`, anything else 1. */
  scales: Float64Array;
  gramScale: number;
}

export function numberLines(inputs: readonly string[][], gramScale = LOGISTIC_SETTINGS.gramScale): NumberedLines {
  const seen = new Set<string>();
  for (const input of inputs) for (const key of input) seen.add(key);
  const names = [...seen].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  return {
    names,
    rows: inputs.map((input) => Int32Array.from(input, (key) => index.get(key) as number)),
    norms: Float64Array.from(inputs, (input) => lengthOf(input, gramScale)),
    scales: Float64Array.from(names, (name) => (name.startsWith('g:') ? gramScale : 1)),
    gramScale,
  };
}

/**
 * Trains on feature lists and labels (true for crisis). Each line's features are scaled to unit
 * length, so a long share does not outweigh a short one by its length alone. Classes are weighted
 * to count equally.
 */
export function trainLogistic(inputs: readonly string[][], labels: readonly boolean[], settings: LogisticSettings = LOGISTIC_SETTINGS): LogisticModel {
  return trainNumbered(numberLines(inputs, settings.gramScale), Array.from(inputs, (_, i) => i), labels, settings);
}

/** `trainLogistic` on some of the numbered lines (`which`, in order), `labels` aligned with them. */
export function trainNumbered(lines: NumberedLines, which: readonly number[], labels: readonly boolean[], settings: LogisticSettings = LOGISTIC_SETTINGS): LogisticModel {
  if (settings.gramScale !== lines.gramScale) throw new Error('The lines were numbered with another scale for letter runs.');
  const { names, scales } = lines;
  const counts = new Int32Array(names.length);
  for (const i of which) for (const f of lines.rows[i] as Int32Array) counts[f] = (counts[f] as number) + 1;
  const kept = (f: number) => (counts[f] as number) >= settings.minCount;
  const rows = which.map((i) => (lines.rows[i] as Int32Array).filter(kept));
  const norms = Float64Array.from(which, (i) => lines.norms[i] as number);
  const positives = labels.filter(Boolean).length;
  const crisisWeight = labels.length / (2 * Math.max(positives, 1));
  const everydayWeight = labels.length / (2 * Math.max(labels.length - positives, 1));
  const weights = new Float64Array(names.length);
  const squares = new Float64Array(names.length).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const i of fixedOrder(rows.length, epoch + 1)) {
      const row = rows[i] as Int32Array;
      const norm = norms[i] as number;
      let z = bias;
      for (let k = 0; k < row.length; k++) {
        const f = row[k] as number;
        z += ((weights[f] as number) * (scales[f] as number)) / norm;
      }
      const error = (sigmoid(z) - (labels[i] ? 1 : 0)) * (labels[i] ? crisisWeight : everydayWeight);
      for (let k = 0; k < row.length; k++) {
        const f = row[k] as number;
        const gradient = (error * (scales[f] as number)) / norm + settings.l2 * (weights[f] as number);
        const square = (squares[f] as number) + gradient * gradient;
        squares[f] = square;
        weights[f] = (weights[f] as number) - (settings.rate * gradient) / Math.sqrt(square);
      }
      biasSquares += error * error;
      bias -= (settings.rate * error) / Math.sqrt(biasSquares);
    }
  }
  // Shipped with each run's scale already in its weight.
  const features: string[] = [];
  const shipped: number[] = [];
  names.forEach((name, f) => {
    if (!kept(f)) return;
    const weight = round((weights[f] as number) * (scales[f] as number));
    if (Math.abs(weight) < settings.minWeight) return;
    features.push(name);
    shipped.push(weight);
  });
  return { features, weights: shipped, bias: round(bias), gramScale: settings.gramScale };
}

const round = (n: number) => Number(n.toFixed(WEIGHT_DECIMALS));

/** The crisis log odds of a share's features: the bias alone when no feature is known. */
export function logisticScorer(model: LogisticModel): (keys: readonly string[]) => number {
  const index = new FeatureIndex(model.features);
  const weights = Float64Array.from(model.weights);
  return weightedScorer((key) => {
    const at = index.indexOf(key);
    return at >= 0 ? (weights[at] as number) : 0;
  }, model);
}

/** The same log odds, with each feature's weight (0 when the model does not know it) looked up by `weightOf`. */
export function weightedScorer(weightOf: (key: string) => number, { bias, gramScale }: Pick<LogisticModel, 'bias' | 'gramScale'>): (keys: readonly string[]) => number {
  return (keys) => {
    if (keys.length === 0) return bias;
    let sum = 0;
    for (const key of keys) sum += weightOf(key);
    return bias + sum / lengthOf(keys, gramScale);
  };
}
