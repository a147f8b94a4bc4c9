// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the stemmers and the network ship no types; every program that reads this file needs them
/// <reference path="./textLibraries.d.ts" />
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es';
import { plainLetters } from './matching';

/**
 * A share as a sequence of words for the crisis patterns and the classifier: plain letters,
 * leetspeak read back as letters ("k1ll", "m0r1rm3"), masked letters guessed ("s*icide"),
 * stretched letters shortened ("dieeeee"), spelled-out words joined ("d i e"), a few emoji read
 * as the word they stand for, and each word's English and Spanish stems.
 */
export interface Token {
  /** The word as read: lower case, no accents, leetspeak undone. */
  word: string;
  /** The word and its shortened form when letters were stretched ("morirrrr" → "morirr", "morir"). */
  forms: readonly string[];
  stemEn: readonly string[];
  stemEs: readonly string[];
  /** Which sentence of the share the word is in: patterns never reach across sentences. */
  sentence: number;
  /** A comma, "but" or "pero" right before this word: negation does not reach past it. */
  pause: boolean;
  /** What the patterns already worked out about this word, so each question is asked once per share. */
  known?: Uint8Array;
  /** Which patterns of each list may start at this word (patterns.ts), worked out once per word as `known` is. */
  starts?: (readonly number[] | undefined)[];
  /** The word as the pattern caches know it (patterns.ts): its forms and stems. */
  key?: string;
}

const stemmerEn = new StemmerEn();
const stemmerEs = new StemmerEs();

/** Emoji residents use for what they do not want to spell. */
const EMOJI_WORDS: Record<string, string> = {
  '🪦': 'grave',
  '⚰': 'coffin',
  '🔪': 'knife',
  '🗡': 'knife',
  '🌉': 'bridge',
  '💊': 'pills',
  '🔫': 'gun',
  '🩸': 'blood',
  '🪢': 'rope',
  '☠': 'dead',
  // Laughing and eye-rolling faces say what "lol" says.
  '😂': 'lol',
  '🤣': 'lol',
  '😆': 'lol',
  '🙄': 'lol',
};
const EMOJI = new RegExp(`[${Object.keys(EMOJI_WORDS).join('')}]`, 'gu');

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };
/** Numbers, times and amounts ("62", "3am", "10mg", "2yrs") are not leetspeak. */
const NUMBER_LIKE = /^(?:\d+(?:st|nd|rd|th|am|pm|s|x|k|mg|ml|h|hr|hrs|yr|yrs|y|min|mins|kg|lb|lbs|km|mi|o|a|er|do|ro|to|vo)?|f\d{1,2})$/;
/** Words hidden behind asterisks are guessed from these. */
const MASKABLE = [
  'suicide', 'suicidal', 'suicidio', 'suicidarme', 'suicidar', 'kill', 'killing', 'myself', 'die', 'dead', 'death', 'rape', 'raped',
  'abuse', 'abused', 'cut', 'cutting', 'harm', 'hang', 'overdose', 'matarme', 'matar', 'morir', 'morirme', 'muerte', 'muerto',
  'violar', 'violo', 'cortarme', 'unalive', 'kms', 'kys',
];
const SENTENCE_END = /[.!?;:]+(?=\s|$)|\n|\s[-–—]+\s|[()]/u;
const PAUSE_WORDS = new Set(['but', 'pero', 'sino', 'though', 'aunque']);
/** "Not kidding", "no es broma": the denial ends there, so negation does not reach the words after it. */
const ENDS_A_DENIAL = new Set(['kidding', 'joking', 'lying', 'playing', 'jk', 'bromeando', 'miento', 'jugando', 'exagerando', 'exaggerating']);
const WORD = /[\p{L}\d*!|@$]+/gu;

function unmask(word: string): string {
  if (!word.includes('*')) return word;
  const pattern = new RegExp(`^${word.replace(/\*+/g, (stars) => `[a-z]{${stars.length},${stars.length + 1}}`)}$`);
  return MASKABLE.find((candidate) => pattern.test(candidate)) ?? word.replaceAll('*', '');
}

function unleet(word: string): string {
  if (NUMBER_LIKE.test(word) || !/\p{L}/u.test(word)) return word.replace(/[^\p{L}\d]/gu, '');
  const letters = word.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c);
  return unmask(letters).replace(/[^\p{L}\d]/gu, '');
}

/** "dieeeee" reads as "diee" and "die"; "kill" stays "kill". */
function formsOf(word: string): string[] {
  if (!/(\p{L})\1\1/u.test(word)) return [word];
  const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const one = word.replace(/(\p{L})\1+/gu, '$1');
  return two === one ? [two] : [two, one];
}

/** Stems are kept between shares: residents reuse words, and stemming is the slow part of reading. */
const STEM_CACHE_SIZE = 20_000;
const stemCache = new Map<string, string>();
function cachedStem(stemmer: StemmerEn | StemmerEs, key: string, word: string): string {
  const cacheKey = `${key}${word}`;
  let found = stemCache.get(cacheKey);
  if (found === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    found = stemmer.stemWord(word);
    stemCache.set(cacheKey, found);
  }
  return found;
}

const stem = (stemmer: StemmerEn | StemmerEs, key: string, forms: readonly string[]) => [...new Set(forms.map((form) => cachedStem(stemmer, key, form)))];

/** Runs of three or more one-letter words are a word spelled out ("d i e", "m a t a r"). */
function joinSpelledOut(words: string[]): string[] {
  const joined: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) joined.push(run.join(''));
    else joined.push(...run);
    run = [];
  };
  for (const word of words) {
    if (word.length === 1 && /\p{L}/u.test(word)) run.push(word);
    else {
      flush();
      joined.push(word);
    }
  }
  flush();
  return joined;
}

export function tokenize(text: string): Token[] {
  const plain = plainLetters(text).replace(EMOJI, (emoji) => ` ${EMOJI_WORDS[emoji] ?? ''} `);
  const tokens: Token[] = [];
  plain.split(SENTENCE_END).forEach((sentenceText, sentence) => {
    if (!sentenceText) return;
    for (const clause of sentenceText.split(/,/)) {
      // Letters joined by dots or dashes ("k.m.s", "sui-cide") are one word.
      const raw = clause.replace(/(?<=[\p{L}\d*])[._\-·]+(?=[\p{L}\d*])/gu, '').match(WORD) ?? [];
      const words = joinSpelledOut(raw.map(unleet).filter((w) => w !== ''));
      let pause = true;
      for (const word of words) {
        if (PAUSE_WORDS.has(word)) {
          pause = true;
          continue;
        }
        const forms = formsOf(word);
        // Words in other scripts match no English or Spanish stem: not worth stemming. Numbers are kept ("62 pills").
        const latin = /[a-z\d]/.test(word);
        const stemEn = latin ? stem(stemmerEn, 'en:', forms) : [];
        const stemEs = latin ? stem(stemmerEs, 'es:', forms) : [];
        tokens.push({ word, forms, stemEn, stemEs, sentence, pause });
        pause = ENDS_A_DENIAL.has(word);
      }
    }
  });
  return tokens;
}

/** The English and Spanish stems of one plain word, as the lexicon stores them. */
export const stemEnglish = (word: string): string => cachedStem(stemmerEn, 'en:', word);
export const stemSpanish = (word: string): string => cachedStem(stemmerEs, 'es:', word);
