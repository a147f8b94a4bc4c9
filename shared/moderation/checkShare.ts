import * as v from 'valibot';
import type { HoldReason } from '../model';
import { findCrisis, neverHolds, type CrisisSeverity, type ListedCrisis } from './crisis';
import { compilePhrase, containsPhrase, matchText, type MatchText, type Phrase } from './matching';
import { normaliseShareText, shareLength } from './normalise';
import { containsPersonalData } from './personalData';
import { tokenize } from './tokens';

/** One word list file in resources/moderation/: plain phrases, `*` at the end for "any ending". */
export const PhraseListSchema = v.object({
  language: v.picklist(['en', 'es']),
  phrases: v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
});
export type PhraseList = v.InferOutput<typeof PhraseListSchema>;

/** The lists the pipeline checks against, every language together: a share's language is not known. */
export interface ModerationLists {
  crisis: readonly string[];
  slurs: readonly string[];
}

export interface ShareCheckOptions {
  maxLength: number;
  lists: ModerationLists;
  /** Every resident's name (staff-only names): none may appear on the wall. */
  rosterNames: readonly string[];
  /** The house holds every share for a staff member to read first. */
  preModeration: boolean;
  /** The house's own words to watch: a match holds the share for staff as a concern. */
  watchWords?: readonly string[];
}

export type ShareCheck =
  | { kind: 'refused'; reason: 'empty' | 'too-long' }
  | { kind: 'publish'; text: string }
  | { kind: 'hold'; text: string; reasons: HoldReason[]; crisis: boolean; severity: CrisisSeverity | null };

/** Name parts shorter than this are too often ordinary words ("Al", "Jo") to hold a share for. */
const MIN_NAME_LETTERS = 3;

interface CompiledLists {
  /** Crisis phrases that carry their own negation ("don't want to live"): a negation nearby is part of them. */
  crisisNegative: Phrase[];
  crisis: Phrase[];
  slurs: Phrase[];
}

const NEGATIVE_PHRASE = /(^|\s)(no|not|never|nothing|don'?t|can'?t|won'?t|nunca|nadie|nada|ni)(\s|$)/iu;

const compiled = new WeakMap<ModerationLists, CompiledLists>();

function compileLists(lists: ModerationLists): CompiledLists {
  let found = compiled.get(lists);
  if (!found) {
    found = {
      crisisNegative: lists.crisis.filter((entry) => NEGATIVE_PHRASE.test(entry)).map(compilePhrase),
      crisis: lists.crisis.filter((entry) => !NEGATIVE_PHRASE.test(entry)).map(compilePhrase),
      slurs: lists.slurs.map(compilePhrase),
    };
    compiled.set(lists, found);
  }
  return found;
}

/** Each part of each name, as a word of its own: a first name alone is enough to point at someone. */
function namePhrases(names: readonly string[]): Phrase[] {
  return names
    .flatMap((name) => name.split(/[\s,]+/u))
    .map((part) => compilePhrase(part))
    .filter((phrase) => phrase.words.length === 1 && phrase.compact.reduce((n, run) => n + run.count, 0) >= MIN_NAME_LETTERS);
}

const containsAny = (text: MatchText, phrases: Phrase[]) => phrases.some((phrase) => containsPhrase(text, phrase));

export interface HoldFinding {
  reasons: HoldReason[];
  severity: CrisisSeverity | null;
}

/**
 * Every reason the text must be read by staff before anyone else sees it, and how serious a crisis
 * it is. Each check runs on its own: one that fails holds the share for staff to read first, and
 * the others still run.
 */
export function holdFindingFor(text: string, options: Omit<ShareCheckOptions, 'maxLength'>): HoldFinding {
  const reasons = new Set<HoldReason>();
  let severity: CrisisSeverity | null = null;
  const run = (layer: () => void) => {
    try {
      layer();
    } catch {
      reasons.add('pre-moderation');
    }
  };
  let disguised: MatchText | undefined;
  run(() => {
    disguised = matchText(text, { leet: true });
  });
  let listed: ListedCrisis = null;
  run(() => {
    const seen = disguised ?? matchText(text, { leet: true });
    const lists = compileLists(options.lists);
    if (containsAny(seen, lists.crisisNegative)) listed = 'negative';
    else if (containsAny(seen, lists.crisis)) listed = 'plain';
  });
  let slur = false;
  run(() => {
    slur = containsAny(disguised ?? matchText(text, { leet: true }), compileLists(options.lists).slurs);
    if (slur) reasons.add('slur');
  });
  run(() => {
    // A slur on its own is held as a slur, not read by the classifier: it has learned slurs from the
    // disclosures that quote them ("my uncle calls me a …"), and a lone one is not a disclosure.
    const loneSlur = slur && tokenize(text).length === 1;
    const crisis = findCrisis(text, listed, disguised ?? matchText(text, { leet: true }), loneSlur ? neverHolds : undefined);
    if (crisis) {
      reasons.add('crisis');
      severity = crisis.severity;
    }
  });
  run(() => {
    if (containsPersonalData(text)) reasons.add('personal-data');
  });
  run(() => {
    if (containsAny(matchText(text, { leet: false }), namePhrases(options.rosterNames))) reasons.add('resident-name');
  });
  run(() => {
    if (options.preModeration) reasons.add('pre-moderation');
  });
  run(() => {
    const words = watchPhrases(options.watchWords ?? []);
    if (containsAny(disguised ?? matchText(text, { leet: true }), words)) {
      reasons.add('watch-word');
      severity ??= 'concern';
    }
  });
  return { reasons: HOLD_ORDER.filter((reason) => reasons.has(reason)), severity };
}

/** Reasons in one order whatever found them first: crisis first, as the review queue reads them. */
const HOLD_ORDER: readonly HoldReason[] = ['crisis', 'personal-data', 'resident-name', 'slur', 'watch-word', 'pre-moderation'];

const compiledWatchWords = new Map<string, Phrase>();
function watchPhrases(words: readonly string[]): Phrase[] {
  return words.map((word) => {
    let phrase = compiledWatchWords.get(word);
    if (!phrase) {
      phrase = compilePhrase(word);
      compiledWatchWords.set(word, phrase);
    }
    return phrase;
  });
}

/** Every reason the text must be read by staff before anyone else sees it. */
export function holdReasonsFor(text: string, options: Omit<ShareCheckOptions, 'maxLength'>): HoldReason[] {
  return holdFindingFor(text, options).reasons;
}

/**
 * The safety pipeline for a share: normalise, refuse empty or over-long text, and hold for staff
 * anything with crisis language, personal data, a resident's name, a slur or one of the house's
 * words to watch. A crisis carries its severity: urgent ones raise an alert. Never throws: if a
 * check itself fails, the share is held for a person to read rather than published.
 */
export function checkShare(text: unknown, options: ShareCheckOptions): ShareCheck {
  const normalised = normaliseShareText(text);
  if (normalised === '') return { kind: 'refused', reason: 'empty' };
  try {
    if (shareLength(normalised) > options.maxLength) return { kind: 'refused', reason: 'too-long' };
    const { reasons, severity } = holdFindingFor(normalised, options);
    if (reasons.length === 0) return { kind: 'publish', text: normalised };
    return { kind: 'hold', text: normalised, reasons, crisis: reasons.includes('crisis'), severity };
  } catch {
    return { kind: 'hold', text: normalised, reasons: ['pre-moderation'], crisis: false, severity: null };
  }
}
