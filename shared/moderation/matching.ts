import { normaliseShareText } from './normalise';

/**
 * Word matching that sees through the usual ways of hiding a word from a filter: case, accents,
 * look-alike letters, leetspeak ("k1ll", "h@rm"), stretched letters ("kiiill"), and letters pulled
 * apart ("s u i c i d e", "s.u.i.c.i.d.e", "sui-cide"). Lists and texts go through the same steps,
 * so a list entry is written once, in plain words.
 */

/** A run of one letter: "kiiill" is k×1, i×3, l×2. */
interface Run {
  letter: string;
  count: number;
}
type Word = Run[];

/** One word of the text, as letters; "1" stays ambiguous (i or l) until it is matched. */
interface TextWord {
  letters: string;
  /** How many pieces were put together to make it; 3 or more means it was spelled out. */
  pieces: number;
  /** Its runs of letters, once a phrase has asked; null when a "1" leaves a letter open. */
  runs?: Word | null;
}

export interface Phrase {
  words: Word[];
  /** The last word matches as a prefix ("suicid*" covers suicide, suicidal, suicidio). */
  prefix: boolean;
  /** The whole phrase without spaces, for text that was spelled out letter by letter. */
  compact: Word;
}

/** Read as letters: digits and symbols people use in place of letters. "1" stays ambiguous. */
const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
/** Cyrillic and Greek letters that look like Latin ones. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ӏ: 'l', к: 'k', м: 'm', т: 't',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
};
/** "1" stands for i or for l; each time it is read as whichever the word needs. */
const AMBIGUOUS = '1';
const AMBIGUOUS_AS = ['i', 'l'];
/** Spelled-out text is searched inside for phrases at least this long (shorter ones hit real words). */
const MIN_COMPACT_LETTERS = 4;

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼ`´]/g;
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const LEET_CHARS = /[03457@$]/g;
const BANG_IN_WORD = /(?<=[\p{L}1])!+(?=[\p{L}1])/gu;
const PIPE_IN_WORD = /(?<=[\p{L}1])\|+(?=[\p{L}1])/gu;
const NOT_WORD = /[^\p{L}1]+/u;
/** Punctuation people put between the letters of one word: "s.u.i.c.i.d.e", "sui-cide", "k*ll". */
const JOINERS = /[.\-_*·•~+/\\]+/u;
const NOT_WORD_OR_JOINER = /[^\p{L}1.\-_*·•~+/\\]+/u;

/** Lower case, no accents, look-alikes read as Latin, apostrophes gone ("don't" is "dont"). */
export function plainLetters(text: string): string {
  return normaliseShareText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(LOOKALIKE_CHARS, (c) => LOOKALIKES[c] ?? c)
    .replace(APOSTROPHES, '');
}

function toRuns(letters: string): Word {
  const runs: Word = [];
  for (const letter of letters) {
    const last = runs[runs.length - 1];
    if (last && last.letter === letter) last.count++;
    else runs.push({ letter, count: 1 });
  }
  return runs;
}

function textWord(pieces: string[]): TextWord {
  return { letters: pieces.join(''), pieces: pieces.length, runs: undefined };
}

/** Where runs of two or more single letters ("s u i c i d e") start, and their letters. */
function spelledOutRuns(words: string[]): { start: number; letters: string[] }[] {
  const runs: { start: number; letters: string[] }[] = [];
  let current: { start: number; letters: string[] } | undefined;
  words.forEach((word, i) => {
    if ([...word].length === 1) {
      current ??= { start: i, letters: [] };
      current.letters.push(word);
      return;
    }
    if (current && current.letters.length >= 2) runs.push(current);
    current = undefined;
  });
  if (current && current.letters.length >= 2) runs.push(current);
  return runs;
}

/** The text as the matcher sees it: several readings of its word sequence. */
export interface MatchText {
  views: TextWord[][];
  /** Words made of three or more pieces: searched inside for phrases. */
  spelledOut: TextWord[];
}

export function matchText(text: string, options: { leet: boolean }): MatchText {
  let letters = plainLetters(text);
  letters = options.leet
    ? letters
        .replace(LEET_CHARS, (c) => LEET[c] ?? c)
        .replace(BANG_IN_WORD, (bangs) => 'i'.repeat(bangs.length))
        .replace(PIPE_IN_WORD, (pipes) => AMBIGUOUS.repeat(pipes.length))
    : letters.replaceAll(AMBIGUOUS, ' ');
  const words = letters.split(NOT_WORD).filter((w) => w !== '');
  const plain = words.map((w) => textWord([w]));
  const joined = letters
    .split(NOT_WORD_OR_JOINER)
    .map((chunk) => chunk.split(JOINERS).filter((p) => p !== ''))
    .filter((pieces) => pieces.length > 0)
    .map(textWord);
  // A spelled-out run stands in for its letters, so the words around it still line up.
  const runs = new Map(spelledOutRuns(words).map((run) => [run.start, textWord(run.letters)]));
  const merged: TextWord[] = [];
  for (let i = 0; i < words.length; ) {
    const run = runs.get(i);
    merged.push(run ?? (plain[i] as TextWord));
    i += run ? run.pieces : 1;
  }
  return {
    views: [plain, joined, merged],
    spelledOut: [...joined, ...runs.values()].filter((w) => w.pieces >= 3),
  };
}

const fits = (char: string, letter: string) => char === letter || (char === AMBIGUOUS && AMBIGUOUS_AS.includes(letter));

/**
 * Does `text` read as `pattern`? Each letter must be the same, and may be stretched ("kiiill"
 * reads as "kill") but never shortened ("niger" is not "nigger"); "1" reads as i or l, each time
 * as suits. `word`: the whole text; `prefix`: its start; `inside`: anywhere in it.
 *
 * A scan over the text that keeps, for each run of the pattern it could be in, the most letters
 * of that run seen so far (more is never worse), so ambiguous letters cost nothing extra.
 */
/** Moves the scan into `run` having seen `seen` of its letters; whether that is new. */
function reach(next: Int32Array, pattern: Word, run: number, seen: number): boolean {
  const capped = Math.min(seen, (pattern[run] as Run).count);
  if ((next[run] as number) >= capped) return false;
  next[run] = capped;
  return true;
}

function readsAs(text: string, pattern: Word, mode: 'word' | 'prefix' | 'inside'): boolean {
  const last = pattern.length - 1;
  const lastRun = pattern[last];
  const firstRun = pattern[0];
  if (!lastRun || !firstRun) return false;
  // Letters seen of each run so far; 0 means the scan cannot be in that run.
  let states = new Int32Array(pattern.length);
  let next = new Int32Array(pattern.length);
  let first = true;
  for (const char of text) {
    next.fill(0);
    let alive = false;
    if ((first || mode === 'inside') && fits(char, firstRun.letter)) alive = reach(next, pattern, 0, 1) || alive;
    for (let run = 0; run <= last; run++) {
      const seen = states[run] as number;
      if (seen === 0) continue;
      const current = pattern[run] as Run;
      if (fits(char, current.letter)) alive = reach(next, pattern, run, seen + 1) || alive;
      const following = pattern[run + 1];
      if (following && seen >= current.count && fits(char, following.letter)) alive = reach(next, pattern, run + 1, 1) || alive;
    }
    first = false;
    [states, next] = [next, states];
    if (mode !== 'word' && (states[last] as number) >= lastRun.count) return true;
    if (!alive && mode !== 'inside') return false;
  }
  return (states[last] as number) >= lastRun.count;
}

/** A word's runs of letters, worked out once; none when a "1" leaves a letter open. */
function plainRuns(text: TextWord): Word | null {
  if (text.runs === undefined) text.runs = text.letters.includes(AMBIGUOUS) ? null : toRuns(text.letters);
  return text.runs;
}

function wordMatches(text: TextWord, pattern: Word, prefix: boolean): boolean {
  // A word can only read as the pattern if it starts with the pattern's first letter: most words
  // are ruled out here, before the scan.
  const first = pattern[0];
  if (!first || !fits(text.letters[0] ?? '', first.letter)) return false;
  // Without a "1", the scan comes to this: run by run the same letters, each at least as long.
  const runs = plainRuns(text);
  if (runs) {
    if (prefix ? runs.length < pattern.length : runs.length !== pattern.length) return false;
    for (let i = 0; i < pattern.length; i++) {
      const run = runs[i];
      const want = pattern[i] as Run;
      if (run?.letter !== want.letter || run.count < want.count) return false;
    }
    return true;
  }
  return readsAs(text.letters, pattern, prefix ? 'prefix' : 'word');
}

/** Where each first letter starts a word of a view: a phrase is only tried where its first letter is. */
const startsByLetter = new WeakMap<TextWord[], Map<string, number[]>>();
function startsOf(view: TextWord[], letter: string): number[] {
  let index = startsByLetter.get(view);
  if (!index) {
    index = new Map();
    for (const [i, word] of view.entries()) {
      const first = word.letters[0] ?? '';
      const starts = index.get(first);
      if (starts) starts.push(i);
      else index.set(first, [i]);
    }
    startsByLetter.set(view, index);
  }
  let starts = index.get(letter);
  if (AMBIGUOUS_AS.includes(letter)) {
    // A letter a "1" may stand for also starts at the "1"s; the merged list is kept with the rest.
    const key = `${AMBIGUOUS}${letter}`;
    let merged = index.get(key);
    if (!merged) {
      merged = [...(starts ?? []), ...(index.get(AMBIGUOUS) ?? [])];
      index.set(key, merged);
    }
    starts = merged;
  }
  return starts ?? NO_STARTS;
}
const NO_STARTS: number[] = [];

// Plain loops below: every list phrase is tried on every view of every share, so no closures are made per try.
function phraseInView(view: TextWord[], phrase: Phrase): boolean {
  const words = phrase.words;
  const last = words.length - 1;
  const first = words[0]?.[0];
  if (!first) return false;
  for (const start of startsOf(view, first.letter)) {
    if (start + words.length > view.length) continue;
    let all = true;
    for (let k = 0; all && k <= last; k++) all = wordMatches(view[start + k] as TextWord, words[k] as Word, phrase.prefix && k === last);
    if (all) return true;
  }
  return false;
}

export function containsPhrase(text: MatchText, phrase: Phrase): boolean {
  if (phrase.words.length === 0) return false;
  for (const view of text.views) if (phraseInView(view, phrase)) return true;
  if (text.spelledOut.length === 0) return false;
  let letters = 0;
  for (const run of phrase.compact) letters += run.count;
  return letters >= MIN_COMPACT_LETTERS && text.spelledOut.some((word) => readsAs(word.letters, phrase.compact, 'inside'));
}

/** Compiles a list entry: plain words, `*` at the end for "and any ending". */
export function compilePhrase(entry: string): Phrase {
  const trimmed = entry.trim();
  const prefix = trimmed.endsWith('*');
  const letters = plainLetters(prefix ? trimmed.slice(0, -1) : trimmed).replace(/\d/g, ' ');
  const words = letters.split(/[^\p{L}]+/u).filter((w) => w !== '');
  return { words: words.map(toRuns), prefix, compact: toRuns(words.join('')) };
}
