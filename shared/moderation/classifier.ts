// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the stemmers and the classifier ship no types; every program that reads this file needs them
/// <reference path="./textLibraries.d.ts" />
import naiveBayes from 'wink-naive-bayes-text-classifier';
import { SLOTS, type Slot } from './lexicon';
import { slotMatcher, type CrisisSeverity } from './patterns';
import { FeatureIndex } from './featureIndex';
import { logisticFeatures, logisticScorer, numberLines, trainNumbered, weightedScorer, WEIGHT_DECIMALS, type LogisticModel, type NumberedLines } from './logistic';
import { tokenize, type Token } from './tokens';

/**
 * A small classifier trained on the house's own labelled corpus: wink's naive Bayes text
 * classifier over English and Spanish Snowball stems, short runs of words, negated words and the
 * pattern slots (see `features`), and beside it a logistic regression over the same features and
 * the runs of letters inside each word (see `logistic.ts`). Naive Bayes learns three labels:
 * everyday, and crisis lines split into urgent and concern by their category. A share is held
 * when the two learners' crisis scores, blended, reach the threshold; it is then urgent when it
 * reads more like the urgent lines than the concern ones. It only ever adds a hold: the share
 * check asks it only when nothing else held the share.
 *
 * wink learns the counts at build time; in the house the shipped counts are read by `bayesReader`,
 * which keeps them in typed arrays and gives exactly wink's odds.
 */
export interface SafetyModel {
  /** A share whose crisis score (both learners' scores, blended) reaches this is held. */
  threshold: number;
  /** What each learner's score is multiplied by in the blend. */
  blend: { bayes: number; logistic: number };
  /** The labels, in the order of `counts`. */
  labels: string[];
  /** How many lines of each label it learned from. */
  lines: number[];
  /**
   * Every feature it knows, once, one to a line. One text rather than half a million strings: the
   * shipped model stays a few objects for the garbage collector, however many words it knows.
   */
  features: string;
  /** For each label, how many of its lines had each feature (aligned with `features`). */
  counts: number[][];
  /** The logistic regression read beside naive Bayes. */
  logistic: ShippedLogistic;
}

/**
 * The regression as shipped: its features are naive Bayes's (all but a few) and its own letter runs,
 * so only the runs are written out, and each weight is a whole number of ten-thousandths. The model
 * is read in before the first share is checked: its size is time someone waits.
 */
export interface ShippedLogistic extends Pick<LogisticModel, 'bias' | 'gramScale'> {
  /** The regression's features naive Bayes does not have (letter runs, mostly), one to a line. */
  features: string;
  /** In ten-thousandths: one for each naive Bayes feature (0 where the regression has none), then one for each of `features`. */
  weights: number[];
}

/** Features never hold a line break: the tokens they are made of are words. */
const FEATURE_BREAK = '\n';
/** The features a model keeps as one text, as a list: none for an empty text (no feature is empty). */
export const featureList = (features: string): string[] => (features === '' ? [] : features.split(FEATURE_BREAK));

export interface LabelledLine {
  crisis: boolean;
  text: string;
  /** The corpus category the line was written under, which says how urgent a crisis line is. */
  category?: string | null;
}

const EVERYDAY = 'everyday';
const URGENT = 'urgent';
const CONCERN = 'concern';
/** Crisis categories that call for someone now: a plan, means, a time, a goodbye, abuse, violence or a threat. */
export const URGENT_CATEGORIES: ReadonlySet<string> = new Set(['plan-means', 'time', 'farewell', 'relapse-danger', 'abuse-violence', 'threat']);
const labelOf = (line: LabelledLine) => (!line.crisis ? EVERYDAY : URGENT_CATEGORIES.has(line.category ?? '') ? URGENT : CONCERN);
/** A feature counts once per share however often it appears; light smoothing lets rarer words still speak. */
const SETTINGS = { considerOnlyPresence: true, smoothingFactor: 0.05 };
const DECIMALS = 4;
const FOLDS = 5;
/**
 * At most this share of everyday lines (counted over all of them, spent on those the patterns do
 * not already hold) may be held by the classifier in cross-validation. A missed
 * crisis costs more than a share that waits for staff: on new wording, 2 % rather than 1.5 % caught
 * about 3 more crisis lines in 100 for under 1 more everyday line in 100 held; on three blind sets
 * written for the house (1,616 lines), 2.5 % rather than 2 % caught 6 more of 816 crisis lines for
 * 1 more of 800 everyday lines held.
 */
const MAX_FALSE_HOLDS = 0.025;

const SLOT_NAMES = Object.keys(SLOTS) as Slot[];

const isNegation = slotMatcher('NEG');
/** How many words after "not", "never" or "no" still read as negated. */
const NEGATION_REACH = 3;

/**
 * What the classifier reads in a share: each word's English and Spanish stems; within a sentence,
 * word pairs, pairs with one word between ("want to … die") and runs of three; the stems a
 * negation reaches ("not" + "die"), kept apart from the plain ones; and the pattern slots.
 */
export function features(tokens: readonly Token[]): string[] {
  const found = new Set<string>();
  const stemAt = (i: number, sentence: number) => {
    const token = tokens[i];
    return token && token.sentence === sentence ? token.stemEn[0] : undefined;
  };
  let negatedFor = 0;
  tokens.forEach((token, i) => {
    for (const stem of token.stemEn) found.add(`e:${stem}`);
    for (const stem of token.stemEs) found.add(`s:${stem}`);
    const [here, next, afterNext] = [token.stemEn[0], stemAt(i + 1, token.sentence), stemAt(i + 2, token.sentence)];
    if (next !== undefined) found.add(`b:${here}_${next}`);
    if (afterNext !== undefined) {
      found.add(`k:${here}_${afterNext}`);
      found.add(`t:${here}_${next}_${afterNext}`);
    }
    if (token.pause || tokens[i - 1]?.sentence !== token.sentence) negatedFor = 0;
    if (isNegation(token)) negatedFor = NEGATION_REACH;
    else if (negatedFor > 0) {
      found.add(`n:${here}`);
      negatedFor--;
    }
    for (const slot of SLOT_NAMES) if (slotMatcher(slot)(token)) found.add(`c:${slot}`);
  });
  return [...found];
}

/**
 * Features seen in fewer training lines than this are left out: they only memorise one line and
 * swell the model, which is read in before the first share is checked. With them (two thirds of all
 * features) the model was 19 MB, and the first Post waited several seconds on a busy machine.
 */
const MIN_FEATURE_COUNT = 2;

/**
 * A training line as both learners read it, worked out once: training fits six times (five folds
 * and the whole corpus) on the same lines.
 */
interface ReadLine {
  line: LabelledLine;
  /** Naive Bayes's features (`features`). */
  keys: string[];
  /** The regression's: the same and the letter runs (`logisticFeatures`). */
  all: string[];
}

/** The training lines read, and the regression's features numbered once for all six fits. */
interface ReadLines {
  lines: ReadLine[];
  numbered: NumberedLines;
}

function readLines(lines: readonly LabelledLine[]): ReadLines {
  const read = lines.map((line) => {
    const tokens = tokenize(line.text);
    const keys = features(tokens);
    return { line, keys, all: logisticFeatures(tokens, keys) };
  });
  return { lines: read, numbered: numberLines(read.map(({ all }) => all)) };
}

function train(lines: readonly ReadLine[]) {
  const counts = new Map<string, number>();
  for (const { keys } of lines) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const classifier = naiveBayes();
  classifier.defineConfig(SETTINGS);
  for (const { line, keys } of lines) {
    classifier.learn(
      keys.filter((key) => (counts.get(key) ?? 0) >= MIN_FEATURE_COUNT),
      labelOf(line),
    );
  }
  classifier.consolidate();
  return classifier;
}

type Odds = Record<string, number>;
/** Each label's log odds for a share's features (a label against all the others); all 0 when no feature is known. */
const oddsOf = (classifier: ReturnType<typeof naiveBayes>, keys: string[]): Odds => Object.fromEntries(classifier.computeOdds(keys));
/**
 * How much more a share reads as a crisis than as everyday: the everyday label's odds, turned
 * round, over the square root of how many features the share has. Odds add up word by word, so
 * without this a long everyday share could outscore a short crisis one ("tonight when everyone's
 * asleep").
 */
function crisisScore(odds: Odds, featureCount: number): number {
  const everyday = odds[EVERYDAY];
  return everyday === undefined ? 0 : -everyday / Math.sqrt(Math.max(featureCount, 1));
}
const scoreOf = (classifier: ReturnType<typeof naiveBayes>, keys: string[]) => crisisScore(oddsOf(classifier, keys), keys.length);

interface Scores {
  bayes: number;
  logistic: number;
}

/** Both learners trained on some of the lines (`which`, the places of those lines in `read`). */
function trainBoth(read: ReadLines, which: readonly number[]) {
  const lines = which.map((i) => read.lines[i] as ReadLine);
  return {
    bayes: train(lines),
    logistic: trainNumbered(
      read.numbered,
      which,
      lines.map(({ line }) => line.crisis),
    ),
  };
}

/** Each line's scores from the learners trained on the other folds. */
function outOfFoldScores(read: ReadLines): Scores[] {
  const scores: Scores[] = new Array<Scores>(read.lines.length);
  const places = read.lines.map((_, i) => i);
  for (let fold = 0; fold < FOLDS; fold++) {
    const { bayes, logistic } = trainBoth(
      read,
      places.filter((i) => i % FOLDS !== fold),
    );
    const scoreLogistic = logisticScorer(logistic);
    read.lines.forEach(({ keys, all }, i) => {
      if (i % FOLDS !== fold) return;
      scores[i] = { bayes: scoreOf(bayes, keys), logistic: scoreLogistic(all) - logistic.bias };
    });
  }
  return scores;
}

/** Which learners the score is made of: both, or one alone, for comparing them. */
export type Learners = 'both' | 'bayes' | 'logistic';

/** How much naive Bayes counts in the blend; the regression counts the rest. Tried in turn, on lines the learners did not see. */
const BAYES_SHARES: Record<Learners, readonly number[]> = { both: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], bayes: [1], logistic: [0] };

const spread = (values: readonly number[]) => {
  const mean = values.reduce((sum, n) => sum + n, 0) / Math.max(values.length, 1);
  return Math.sqrt(values.reduce((sum, n) => sum + (n - mean) ** 2, 0) / Math.max(values.length, 1)) || 1;
};

/**
 * How to blend the two scores into one, and where to hold. Each learner's score is scaled by how
 * widely it spreads over everyday lines, so each counts as much as its share says; then, for each
 * share tried, the lowest threshold that holds no more than `MAX_FALSE_HOLDS` of the everyday
 * lines, all scored by learners that did not see them. The blend that holds the most crisis lines
 * there is kept (the first one on a tie). Lines the patterns already hold are left out of both
 * counts: the classifier is only asked about the others, so the allowance is spent on them.
 */
function chooseBlend(lines: readonly LabelledLine[], scores: readonly Scores[], options: TrainingOptions): { blend: Scores; threshold: number } {
  const asked = (i: number) => !options.alreadyHeld?.[i];
  const everyday = scores.filter((_, i) => !lines[i]?.crisis && asked(i));
  const crisis = scores.filter((_, i) => lines[i]?.crisis && asked(i));
  const allowed = Math.floor(lines.filter((line) => !line.crisis).length * MAX_FALSE_HOLDS);
  const bayesSpread = spread(everyday.map((s) => s.bayes));
  const logisticSpread = spread(everyday.map((s) => s.logistic));
  let best = { blend: { bayes: 1, logistic: 0 }, threshold: Number.MAX_SAFE_INTEGER };
  let bestHeld = -1;
  for (const share of BAYES_SHARES[options.learners ?? 'both']) {
    const blend = { bayes: round(share / bayesSpread), logistic: round((1 - share) / logisticSpread) };
    const blended = (s: Scores) => blend.bayes * s.bayes + blend.logistic * s.logistic;
    const sorted = everyday.map(blended).sort((a, b) => b - a);
    const threshold = round((sorted[allowed] ?? Number.NEGATIVE_INFINITY) + 10 ** -DECIMALS);
    const held = crisis.filter((s) => blended(s) >= threshold).length;
    if (held > bestHeld) {
      best = { blend, threshold };
      bestHeld = held;
    }
  }
  return best;
}

const round = (n: number) => Number(n.toFixed(DECIMALS));

/** wink's own export: its settings, lines per label, feature counts per label, features per label, and every feature. */
type WinkExport = [Record<string, unknown>, Record<string, number>, Record<string, Record<string, number>>, Record<string, number>, string[]];

/** Trains the model from labelled lines: deterministic, so the same lines give the same data. */
export interface TrainingOptions {
  learners?: Learners;
  /** For each line, whether the share check holds it before asking the classifier (`heldBeforeClassifier`). */
  alreadyHeld?: readonly boolean[];
}

export function trainSafetyModel(lines: readonly LabelledLine[], options: TrainingOptions = {}): SafetyModel {
  const read = readLines(lines);
  const { threshold, blend } = chooseThreshold(read, options);
  return { threshold, blend, ...fitWhole(read) };
}

/** What the model learns from every training line: naive Bayes's counts and the regression's weights. */
export type FittedModel = Omit<SafetyModel, 'threshold' | 'blend'>;
export type ChosenThreshold = Pick<SafetyModel, 'threshold' | 'blend'>;

/** The model's counts and weights, from every training line (the half of `trainSafetyModel` that does not ask the folds). */
export function fitSafetyModel(lines: readonly LabelledLine[]): FittedModel {
  return fitWhole(readLines(lines));
}

/** The model's blend and threshold, from the folds (the other half of `trainSafetyModel`). */
export function chooseSafetyThreshold(lines: readonly LabelledLine[], options: TrainingOptions = {}): ChosenThreshold {
  return chooseThreshold(readLines(lines), options);
}

function chooseThreshold(read: ReadLines, options: TrainingOptions): ChosenThreshold {
  return chooseBlend(
    read.lines.map(({ line }) => line),
    outOfFoldScores(read),
    options,
  );
}

function fitWhole(read: ReadLines): FittedModel {
  const { bayes, logistic } = trainBoth(
    read,
    read.lines.map((_, i) => i),
  );
  const [, samples, count, , vocabulary] = JSON.parse(bayes.exportJSON()) as WinkExport;
  const labels = Object.keys(samples);
  return {
    logistic: shippedLogistic(logistic, vocabulary),
    labels,
    lines: labels.map((label) => samples[label] ?? 0),
    features: vocabulary.join(FEATURE_BREAK),
    counts: labels.map((label) => vocabulary.map((feature) => count[label]?.[feature] ?? 0)),
  };
}

/** The regression written beside naive Bayes's features (see `ShippedLogistic`). */
export function shippedLogistic({ features: names, weights, bias, gramScale }: LogisticModel, bayesFeatures: readonly string[]): ShippedLogistic {
  const bayesAt = new Map(bayesFeatures.map((feature, i) => [feature, i]));
  const shared = new Array<number>(bayesFeatures.length).fill(0);
  const own: string[] = [];
  const ownWeights: number[] = [];
  names.forEach((name, i) => {
    const weight = Math.round((weights[i] as number) * 10 ** WEIGHT_DECIMALS);
    const at = bayesAt.get(name);
    if (at === undefined) {
      own.push(name);
      ownWeights.push(weight);
    } else shared[at] = weight;
  });
  return { features: own.join(FEATURE_BREAK), weights: [...shared, ...ownWeights], bias, gramScale };
}

/** Reads the shipped regression, finding the features it shares with naive Bayes in naive Bayes's index. */
export function shippedLogisticScorer(model: ShippedLogistic, bayesIndex: FeatureIndex): (keys: readonly string[]) => number {
  const own = new FeatureIndex({ text: model.features, separator: FEATURE_BREAK });
  if (model.weights.length !== bayesIndex.size + own.size) throw new Error(`The regression has ${model.weights.length} weights for ${bayesIndex.size + own.size} features.`);
  const weights = Float64Array.from(model.weights, (n) => n / 10 ** WEIGHT_DECIMALS);
  return weightedScorer((key) => {
    let at = bayesIndex.indexOf(key);
    if (at < 0) {
      const mine = own.indexOf(key);
      at = mine < 0 ? -1 : bayesIndex.size + mine;
    }
    return at < 0 ? 0 : (weights[at] as number);
  }, model);
}

/**
 * Naive Bayes read from the shipped model with nothing but typed arrays: the same sums, in the same
 * order, as wink's `computeOdds` makes from the same counts (a unit test holds the two to the same
 * numbers), without wink's per-label objects of half a million keys each. Each label's odds are
 * the label against all the others, from the presence of each known feature, with additive
 * smoothing and the labels' shares of the lines as priors.
 */
export function bayesReader(model: SafetyModel, index = bayesFeatureIndex(model)): (keys: readonly string[]) => Odds {
  const smoothing = SETTINGS.smoothingFactor;
  const counts = model.counts.map((row) => Int32Array.from(row));
  const words = counts.map((row) => row.reduce((sum, n) => sum + n, 0));
  const allWords = words.reduce((sum, n) => sum + n, 0);
  const allLines = model.lines.reduce((sum, n) => sum + n, 0);
  const smoothed = index.size * smoothing;
  const labelled = model.labels.map((label, l) => ({
    label,
    counts: counts[l] as Int32Array,
    scale: Math.log2((words[l] as number) + smoothed),
    otherScale: Math.log2(allWords - (words[l] as number) + smoothed),
    prior: Math.log2(model.lines[l] as number) - Math.log2(allLines),
    otherPrior: Math.log2(allLines - (model.lines[l] as number)) - Math.log2(allLines),
  }));
  return (keys) => {
    const known: number[] = [];
    for (const key of keys) {
      const at = index.indexOf(key);
      if (at >= 0) known.push(at);
    }
    if (known.length === 0) return {};
    // How many lines of any label had each known feature: a label's others are the rest.
    const totals = known.map((at) => counts.reduce((sum, row) => sum + (row[at] as number), 0));
    const odds: Odds = {};
    let top = Number.NEGATIVE_INFINITY;
    for (const { label, counts: own, scale, otherScale, prior, otherPrior } of labelled) {
      let likelihood = 0;
      let otherLikelihood = 0;
      known.forEach((at, k) => {
        const others = (totals[k] as number) - (own[at] as number);
        likelihood += Math.log2((own[at] as number) + smoothing) - scale;
        otherLikelihood += likelihood === 0 ? 0 : Math.log2(others + smoothing) - otherScale;
      });
      if (likelihood !== 0) {
        likelihood += prior;
        otherLikelihood += otherPrior;
      }
      odds[label] = likelihood - otherLikelihood;
      top = Math.max(top, odds[label]);
    }
    // As wink: odds of 0 for the likeliest label mean the share says nothing either way.
    return top === 0 ? {} : odds;
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
  /** How urgent a share it holds reads: like the corpus's plans, goodbyes, abuse and threats, or like its wishes and struggles. */
  severity(tokens: readonly Token[]): CrisisSeverity;
}

/** Naive Bayes's features, found by where they lie in the model's text. */
const bayesFeatureIndex = (model: SafetyModel) => new FeatureIndex({ text: model.features, separator: FEATURE_BREAK });

export function loadSafetyClassifier(model: SafetyModel): SafetyClassifier {
  const bayesIndex = bayesFeatureIndex(model);
  const bayesOdds = bayesReader(model, bayesIndex);
  const scoreLogistic = shippedLogisticScorer(model.logistic, bayesIndex);
  // The regression's bias is left out, so a share of unknown words scores 0: the threshold stands for it.
  const score = (tokens: readonly Token[]) => {
    const keys = features(tokens);
    return model.blend.bayes * crisisScore(bayesOdds(keys), keys.length) + model.blend.logistic * (scoreLogistic(logisticFeatures(tokens, keys)) - model.logistic.bias);
  };
  return {
    score,
    holds: (tokens) => score(tokens) >= model.threshold,
    severity: (tokens) => {
      const found = bayesOdds(features(tokens));
      return (found[URGENT] ?? 0) > (found[CONCERN] ?? 0) ? 'urgent' : 'concern';
    },
  };
}
