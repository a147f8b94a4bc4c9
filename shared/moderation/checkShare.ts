import * as v from 'valibot';
import type { HoldReason } from '../model';
import { compilePhrase, containsPhrase, matchText, type MatchText, type Phrase } from './matching';
import { normaliseShareText, shareLength } from './normalise';
import { containsPersonalData } from './personalData';

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
}

export type ShareCheck =
  | { kind: 'refused'; reason: 'empty' | 'too-long' }
  | { kind: 'publish'; text: string }
  | { kind: 'hold'; text: string; reasons: HoldReason[]; crisis: boolean };

/** Name parts shorter than this are too often ordinary words ("Al", "Jo") to hold a share for. */
const MIN_NAME_LETTERS = 3;

interface CompiledLists {
  crisis: Phrase[];
  slurs: Phrase[];
}

const compiled = new WeakMap<ModerationLists, CompiledLists>();

function compileLists(lists: ModerationLists): CompiledLists {
  let found = compiled.get(lists);
  if (!found) {
    found = { crisis: lists.crisis.map(compilePhrase), slurs: lists.slurs.map(compilePhrase) };
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

/** Every reason the text must be read by staff before anyone else sees it. */
export function holdReasonsFor(text: string, options: Omit<ShareCheckOptions, 'maxLength'>): HoldReason[] {
  const lists = compileLists(options.lists);
  const disguised = matchText(text, { leet: true });
  const reasons: HoldReason[] = [];
  if (containsAny(disguised, lists.crisis)) reasons.push('crisis');
  if (containsPersonalData(text)) reasons.push('personal-data');
  if (containsAny(matchText(text, { leet: false }), namePhrases(options.rosterNames))) reasons.push('resident-name');
  if (containsAny(disguised, lists.slurs)) reasons.push('slur');
  if (options.preModeration) reasons.push('pre-moderation');
  return reasons;
}

/**
 * The safety pipeline for a share: normalise, refuse empty or over-long text, and hold for staff
 * anything with crisis language, personal data, a resident's name or a slur. Never throws: if a
 * check itself fails, the share is held for a person to read rather than published.
 */
export function checkShare(text: unknown, options: ShareCheckOptions): ShareCheck {
  const normalised = normaliseShareText(text);
  if (normalised === '') return { kind: 'refused', reason: 'empty' };
  try {
    if (shareLength(normalised) > options.maxLength) return { kind: 'refused', reason: 'too-long' };
    const reasons = holdReasonsFor(normalised, options);
    if (reasons.length === 0) return { kind: 'publish', text: normalised };
    return { kind: 'hold', text: normalised, reasons, crisis: reasons.includes('crisis') };
  } catch {
    return { kind: 'hold', text: normalised, reasons: ['pre-moderation'], crisis: false };
  }
}
