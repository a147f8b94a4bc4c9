// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the stemmers and the classifier ship no types; every program that reads this file needs them
/// <reference path="./textLibraries.d.ts" />
import naiveBayes from 'wink-naive-bayes-text-classifier';
import { SLOTS, type Slot } from './lexicon';
import { slotMatcher, type CrisisSeverity } from './patterns';
import { logisticFeatures, logisticScorer, trainLogistic, type LogisticModel } from './logistic';
import { tokenize, type Token } from './tokens';

/**
 * A small classifier trained on the house's own labelled corpus: wink's naive Bayes text
 * classifier over English and Spanish Snowball stems, short runs of words, negated words and the
 * pattern slots (see `features`). It learns
 * three labels: everyday, and crisis lines split into urgent and concern by their category. A
 * share is held when the odds are against it being everyday; it is then urgent when it reads more
 * like the urgent lines than the concern ones. It only ever adds a hold: the share check asks it
 * only when nothing else held the share.
 */
export interface SafetyModel {
  /** A share whose crisis score (its crisis odds, for its length) reaches this is held. */
  threshold: number;
  /** The labels, in the order of `counts`. */
  labels: string[];
  /** How many lines of each label it learned from. */
  lines: number[];
  /** Every feature it knows, once. */
  features: string[];
  /** For each label, how many of its lines had each feature (aligned with `features`). */
  counts: number[][];
  /** The logistic regression read beside it: a share either one scores past its threshold is held. */
  logistic: LogisticModel & { threshold: number };
}

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
 * At most this share of everyday lines may be held by the classifier in cross-validation. A missed
 * crisis costs more than a share that waits for staff: on new wording, 2 % rather than 1.5 % caught
 * about 3 more crisis lines in 100 for under 1 more everyday line in 100 held.
 */
const MAX_FALSE_HOLDS = 0.02;

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

/** Features seen fewer times than this are left out: they only memorise one line and swell the model. */
const MIN_FEATURE_COUNT = 1;

function train(lines: readonly LabelledLine[]) {
  const inputs = lines.map((line) => features(tokenize(line.text)));
  const counts = new Map<string, number>();
  for (const input of inputs) for (const key of input) counts.set(key, (counts.get(key) ?? 0) + 1);
  const classifier = naiveBayes();
  classifier.defineConfig(SETTINGS);
  lines.forEach((line, i) => {
    const kept = (inputs[i] as string[]).filter((key) => (counts.get(key) ?? 0) >= MIN_FEATURE_COUNT);
    classifier.learn(kept, labelOf(line));
  });
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

/** Both learners trained on the same lines. */
function trainBoth(lines: readonly LabelledLine[]) {
  const bayes = train(lines);
  const logistic = trainLogistic(
    lines.map((line) => {
      const tokens = tokenize(line.text);
      return logisticFeatures(tokens, features(tokens));
    }),
    lines.map((line) => line.crisis),
  );
  return { bayes, logistic };
}

/** Each line's scores from the learners trained on the other folds. */
function outOfFoldScores(lines: readonly LabelledLine[]): Scores[] {
  const scores: Scores[] = new Array<Scores>(lines.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const { bayes, logistic } = trainBoth(lines.filter((_, i) => i % FOLDS !== fold));
    const scoreLogistic = logisticScorer(logistic);
    lines.forEach((line, i) => {
      if (i % FOLDS !== fold) return;
      const tokens = tokenize(line.text);
      const keys = features(tokens);
      scores[i] = { bayes: scoreOf(bayes, keys), logistic: scoreLogistic(logisticFeatures(tokens, keys)) };
    });
  }
  return scores;
}

/** Which learners may hold a share: both (either one holds), or one alone, for comparing them. */
export type Learners = 'both' | 'bayes' | 'logistic';

/**
 * The pair of thresholds that, on lines the learners did not see, holds the most crisis lines
 * while holding no more than `MAX_FALSE_HOLDS` of the everyday ones by either learner: every split
 * of that allowance between the two is tried.
 */
function chooseThresholds(lines: readonly LabelledLine[], scores: readonly Scores[], learners: Learners): Scores {
  const everyday = scores.filter((_, i) => !lines[i]?.crisis);
  const crisis = scores.filter((_, i) => lines[i]?.crisis);
  const allowed = Math.floor(everyday.length * MAX_FALSE_HOLDS);
  const above = (values: number[], k: number) => {
    const sorted = [...values].sort((a, b) => b - a);
    return round((sorted[k] ?? Number.NEGATIVE_INFINITY) + 10 ** -DECIMALS);
  };
  const NEVER = Number.MAX_SAFE_INTEGER;
  const splits: number[] = learners === 'both' ? Array.from({ length: allowed + 1 }, (_, k) => k) : [learners === 'logistic' ? allowed : -1];
  let best: Scores = { bayes: NEVER, logistic: NEVER };
  let bestHeld = -1;
  for (const k of splits) {
    const logistic = k < 0 ? NEVER : above(everyday.map((s) => s.logistic), k);
    const rest = everyday.filter((s) => s.logistic < logistic).map((s) => s.bayes);
    const bayes = learners === 'logistic' ? NEVER : above(rest, allowed - (everyday.length - rest.length));
    const held = crisis.filter((s) => s.bayes >= bayes || s.logistic >= logistic).length;
    if (held > bestHeld) {
      best = { bayes, logistic };
      bestHeld = held;
    }
  }
  return best;
}

const round = (n: number) => Number(n.toFixed(DECIMALS));

/** wink's own export: its settings, lines per label, feature counts per label, features per label, and every feature. */
type WinkExport = [Record<string, unknown>, Record<string, number>, Record<string, Record<string, number>>, Record<string, number>, string[]];

/** Trains the model from labelled lines: deterministic, so the same lines give the same data. */
export function trainSafetyModel(lines: readonly LabelledLine[], learners: Learners = 'both'): SafetyModel {
  const { bayes, logistic } = trainBoth(lines);
  const thresholds = chooseThresholds(lines, outOfFoldScores(lines), learners);
  const [, samples, count, , vocabulary] = JSON.parse(bayes.exportJSON()) as WinkExport;
  const labels = Object.keys(samples);
  return {
    threshold: thresholds.bayes,
    logistic: { ...logistic, threshold: thresholds.logistic },
    labels,
    lines: labels.map((label) => samples[label] ?? 0),
    features: vocabulary,
    counts: labels.map((label) => vocabulary.map((feature) => count[label]?.[feature] ?? 0)),
  };
}

/**
 * The model written compactly (each feature once, counts as rows of numbers) turned back into
 * wink's export, which repeats every feature for every label that has it.
 */
function winkExport(model: SafetyModel): string {
  const count: Record<string, Record<string, number>> = {};
  const words: Record<string, number> = {};
  model.labels.forEach((label, l) => {
    const row = model.counts[l] ?? [];
    const counts: Record<string, number> = {};
    let total = 0;
    model.features.forEach((feature, f) => {
      const n = row[f] ?? 0;
      if (n > 0) counts[feature] = n;
      total += n;
    });
    count[label] = counts;
    words[label] = total;
  });
  const samples = Object.fromEntries(model.labels.map((label, l) => [label, model.lines[l] ?? 0]));
  return JSON.stringify([SETTINGS, samples, count, words, model.features]);
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

export function loadSafetyClassifier(model: SafetyModel): SafetyClassifier {
  const classifier = naiveBayes();
  classifier.importJSON(winkExport(model));
  classifier.consolidate();
  const score = (tokens: readonly Token[]) => scoreOf(classifier, features(tokens));
  const scoreLogistic = logisticScorer(model.logistic);
  return {
    score,
    holds: (tokens) => {
      const keys = features(tokens);
      return scoreOf(classifier, keys) >= model.threshold || scoreLogistic(logisticFeatures(tokens, keys)) >= model.logistic.threshold;
    },
    severity: (tokens) => {
      const found = oddsOf(classifier, features(tokens));
      return (found[URGENT] ?? 0) > (found[CONCERN] ?? 0) ? 'urgent' : 'concern';
    },
  };
}
