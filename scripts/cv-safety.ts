import { readFileSync } from 'node:fs';
import { loadSafetyClassifier, parseLabelledLines, trainSafetyModel, type Learners } from '../shared/moderation/classifier';
import { findCrisis, heldBeforeClassifier } from '../shared/moderation/crisis';
import { matchText } from '../shared/moderation/matching';
import { tokenize } from '../shared/moderation/tokens';

/**
 * `npx tsx scripts/cv-safety.ts [--learners both|bayes|logistic] [--json]`: 5-fold cross-validation
 * of the crisis check on the training corpus. Each fold's classifier is trained (thresholds and
 * all) on the other four fifths, then the patterns and that classifier read the fold's lines. The
 * house's phrase lists are left out (they do not change between folds), so the figures are a
 * little lower than the whole check's. Patterns were written with these lines in view: compare
 * learners with it, and trust the held-out file for how the check does on new wording.
 */
const CORPUS = 'resources/moderation/corpus/train.tsv';
const FOLDS = 5;

const args = process.argv.slice(2);
const learnersAt = args.indexOf('--learners');
const learners = (learnersAt >= 0 ? args[learnersAt + 1] : 'both') as Learners;
const lines = parseLabelledLines(readFileSync(CORPUS, 'utf8'));

interface Tally { crisis: number; crisisHeld: number; benign: number; benignHeld: number }
const tallies = new Map<string, Tally>();
const add = (key: string, crisis: boolean, held: boolean) => {
  const t = tallies.get(key) ?? { crisis: 0, crisisHeld: 0, benign: 0, benignHeld: 0 };
  if (crisis) {
    t.crisis++;
    if (held) t.crisisHeld++;
  } else {
    t.benign++;
    if (held) t.benignHeld++;
  }
  tallies.set(key, t);
};

/** Each line's verdict before the classifier and how far past its fold's threshold it scored: for recall at matched false holds. */
const margins: { crisis: boolean; before: boolean; margin: number }[] = [];

// Folds interleave by a stride other than the trainer's own, so the inner folds differ from the outer ones.
const foldOf = (i: number) => Math.floor(i / 7) % FOLDS;
for (let fold = 0; fold < FOLDS; fold++) {
  const training = lines.filter((_, i) => foldOf(i) !== fold);
  const model = trainSafetyModel(training, { learners, alreadyHeld: training.map((line) => heldBeforeClassifier(line.text)) });
  const classifier = loadSafetyClassifier(model);
  lines.forEach((line, i) => {
    if (foldOf(i) !== fold) return;
    const held = findCrisis(line.text, null, matchText(line.text, { leet: true }), classifier) !== null;
    margins.push({ crisis: line.crisis, before: heldBeforeClassifier(line.text), margin: classifier.score(tokenize(line.text)) - model.threshold });
    add('all', line.crisis, held);
    add(`language ${line.lang}`, line.crisis, held);
    add(`  ${line.category ?? '-'}`, line.crisis, held);
  });
  process.stderr.write(`fold ${fold + 1} of ${FOLDS}\n`);
}

const percent = (a: number, b: number) => `${b === 0 ? '  -  ' : ((a / b) * 100).toFixed(1).padStart(5)} % (${a}/${b})`;
if (args.includes('--json')) console.log(JSON.stringify(Object.fromEntries(tallies)));
else {
  console.log(`5-fold cross-validation on ${CORPUS}, learners: ${learners}`);
  for (const [key, t] of tallies) {
    const recall = t.crisis > 0 ? `recall ${percent(t.crisisHeld, t.crisis)}` : '';
    const holds = t.benign > 0 ? `false holds ${percent(t.benignHeld, t.benign)}` : '';
    console.log(`${key.padEnd(26)} ${recall.padEnd(30)} ${holds}`);
  }
}

/**
 * Recall when the whole check holds a given share of everyday lines, each fold's scores measured
 * from its own threshold: compares learners at the same false holds, whatever thresholds they chose.
 */
const everyday = margins.filter((m) => !m.crisis);
const asked = everyday.filter((m) => !m.before).map((m) => m.margin).sort((a, b) => b - a);
const crisisLines = margins.filter((m) => m.crisis);
for (const rate of [0.025, 0.03, 0.035, 0.04]) {
  const room = Math.floor(everyday.length * rate) - (everyday.length - asked.length);
  const cut = room <= 0 ? Number.POSITIVE_INFINITY : (asked[room] ?? Number.NEGATIVE_INFINITY);
  const held = crisisLines.filter((m) => m.before || m.margin > cut).length;
  if (!args.includes('--json')) console.log(`at ${(rate * 100).toFixed(1)} % false holds: recall ${percent(held, crisisLines.length)}`);
}
