import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLabelledLines } from '../shared/moderation/classifier';

/**
 * `npx tsx scripts/corpus-overlap.ts [NEW.tsv] [--out KEPT.tsv]`: keeps the held-out part of the
 * corpus honest when lines are added to the training part.
 *
 * Each line of NEW.tsv (by default the training file itself) is compared with every held-out line
 * by character-trigram Jaccard similarity. It prints how many are near-duplicates (similarity at
 * least 0.6) and the NEW lines concerned, never a held-out line: that file is for measurement
 * only, and nobody adding lines should read it. It also lists the lines repeated within NEW.tsv
 * and, when NEW.tsv is not the training file, those already in it. With `--out`, it writes
 * NEW.tsv without the near-duplicates and repeats (a repeated line keeps its first appearance),
 * keeping its comments and `# category:` headers, ready to append to the training file.
 */
const TRAIN = 'resources/moderation/corpus/train.tsv';
const HELD_OUT = 'resources/moderation/corpus/heldout.tsv';
const NEAR = 0.6;

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const file = args.find((arg, i) => !arg.startsWith('--') && (outAt < 0 || i !== outAt + 1)) ?? TRAIN;
const isTrain = resolve(file) === resolve(TRAIN);

/** The text as the comparison sees it: composed, lowercase, single spaces. */
const plain = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function trigrams(text: string): Set<string> {
  const padded = ` ${plain(text)} `;
  const found = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) found.add(padded.slice(i, i + 3));
  return found;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The held-out lines as trigram sets only, with an index from trigram to lines so that each new line is compared with few. */
const heldOut = parseLabelledLines(readFileSync(HELD_OUT, 'utf8')).map((line) => trigrams(line.text));
const byGram = new Map<string, number[]>();
heldOut.forEach((grams, i) => {
  for (const gram of grams) {
    const list = byGram.get(gram);
    if (list) list.push(i);
    else byGram.set(gram, [i]);
  }
});

function nearHeldOut(text: string): boolean {
  const grams = trigrams(text);
  const shared = new Map<number, number>();
  for (const gram of grams) for (const i of byGram.get(gram) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  for (const [i, n] of shared) {
    const other = heldOut[i] as Set<string>;
    // Jaccard can reach NEAR only if the shared trigrams are at least NEAR of the larger set.
    if (n < NEAR * Math.max(grams.size, other.size)) continue;
    if (jaccard(grams, other) >= NEAR) return true;
  }
  return false;
}

const key = (lang: string, text: string) => `${lang}\t${plain(text)}`;
const seen = new Set<string>(isTrain ? [] : parseLabelledLines(readFileSync(TRAIN, 'utf8')).map((line) => key(line.lang, line.text)));
const kept: string[] = [];
const near: string[] = [];
const repeated: string[] = [];
const malformed: string[] = [];
let lines = 0;
for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
  if (raw.startsWith('#') || raw.trim() === '') {
    kept.push(raw);
    continue;
  }
  const [label, lang, ...rest] = raw.split('\t');
  const text = rest.join('\t');
  if ((label !== 'crisis' && label !== 'benign') || (lang !== 'en' && lang !== 'es') || text.trim() === '') {
    malformed.push(raw);
    continue;
  }
  lines++;
  if (nearHeldOut(text)) near.push(raw);
  else if (seen.has(key(lang, text))) repeated.push(raw);
  else kept.push(raw);
  seen.add(key(lang, text));
}

console.log(`${file}: ${lines} lines; ${near.length} near-duplicates of held-out lines (character-trigram Jaccard >= ${NEAR})`);
for (const raw of near) console.log(`  near held-out: ${raw}`);
console.log(`${repeated.length} exact duplicates ${isTrain ? 'within the training file' : 'of training lines or within the file'}`);
for (const raw of repeated) console.log(`  duplicate: ${raw}`);
if (malformed.length > 0) {
  console.log(`${malformed.length} lines not in the format label<TAB>lang<TAB>text`);
  for (const raw of malformed) console.log(`  malformed: ${raw}`);
}
if (out !== undefined) {
  writeFileSync(out, `${kept.join('\n').replace(/\n+$/, '')}\n`);
  console.log(`wrote ${out}: ${lines - near.length - repeated.length} lines kept`);
}
