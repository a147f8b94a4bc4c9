import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { checkShare, PhraseListSchema, type ModerationLists } from '../shared/moderation/checkShare';
import { parseLabelledLines } from '../shared/moderation/classifier';
import { evaluateSafety, type Tally } from '../shared/moderation/evaluate';

/**
 * `npm run eval:safety -- [FILE.tsv] [--json] [--time]`: runs the real share check over a labelled
 * file and prints recall on crisis lines and false holds on everyday lines. With no file it
 * measures the held-out part of the corpus and fails under the project's bar. `--time` also
 * times the check on 1,000-letter shares made from the file's lines.
 */
const HELD_OUT = 'resources/moderation/corpus/heldout.tsv';
const MIN_RECALL = 0.97;
const MAX_FALSE_HOLDS = 0.03;

// Piped into `head` or a pager that closes early: stop quietly rather than crash on the closed pipe.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const json = args.includes('--json');
const timed = args.includes('--time');
const file = args.find((arg) => !arg.startsWith('--'));

const readList = (name: string) => v.parse(PhraseListSchema, JSON.parse(readFileSync(`resources/moderation/${name}.json`, 'utf8'))).phrases;
const lists: ModerationLists = {
  crisis: [...readList('crisis.en'), ...readList('crisis.es')],
  slurs: [...readList('slurs.en'), ...readList('slurs.es')],
};

const tsv = readFileSync(file ?? HELD_OUT, 'utf8');
const result = evaluateSafety(tsv, lists);
const failing = file === undefined && Object.values(result.byLanguage).some((t) => t.recall < MIN_RECALL || t.falseHoldRate > MAX_FALSE_HOLDS);

const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
const line = (name: string, t: Tally) =>
  `${name.padEnd(28)} recall ${percent(t.recall).padStart(7)} (${t.crisisHeld}/${t.crisisTotal})   false holds ${percent(t.falseHoldRate).padStart(7)} (${t.benignHeld}/${t.benignTotal})`;

if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  console.log(`Share check on ${file ?? HELD_OUT}`);
  console.log(line('all', result));
  for (const [lang, t] of Object.entries(result.byLanguage)) console.log(line(`language ${lang}`, t));
  for (const [category, t] of Object.entries(result.byCategory)) console.log(line(`  ${category}`, t));
  console.log(`\nMisses (${result.misses.length}):`);
  for (const miss of result.misses) {
    const what = miss.label === 'crisis' ? 'published' : 'held     ';
    console.log(`  ${what} ${miss.lang} ${miss.category ?? '-'}: ${miss.text}`);
  }
  if (failing) console.log(`\nBelow the bar: at least ${percent(MIN_RECALL)} recall and at most ${percent(MAX_FALSE_HOLDS)} false holds in each language.`);
}
/** Shares of exactly 1,000 letters, each a different run of the file's lines; the first ones warm the check up. */
function timeLongShares(): string {
  const texts = parseLabelledLines(tsv).map((line) => line.text);
  const share = (i: number) => {
    let text = '';
    for (let j = i * 13; text.length < 1000; j++) text += `${texts[j % texts.length]} `;
    return text.slice(0, 1000);
  };
  const options = { maxLength: 1000, lists, rosterNames: [], preModeration: false, watchWords: [] };
  for (let i = 0; i < 100; i++) checkShare(share(i + 1000), options);
  const times = Array.from({ length: 200 }, (_, i) => {
    const start = performance.now();
    checkShare(share(i), options);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return `1,000-letter shares: ${times.length}, median ${(times[times.length >> 1] ?? 0).toFixed(2)} ms, worst ${(times[times.length - 1] ?? 0).toFixed(2)} ms`;
}
if (timed && !json && parseLabelledLines(tsv).length > 0) console.log(`\n${timeLongShares()}`);

process.exitCode = failing ? 1 : 0;
