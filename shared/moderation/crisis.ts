import model from '../../resources/moderation/safety-model.json';
import { loadSafetyClassifier, type SafetyClassifier, type SafetyModel } from './classifier';
import { SLANG } from './lexicon';
import { matchText, plainLetters, type MatchText } from './matching';
import { accidentTold, laughedOff, negatedOrPast, nuisanceTold, patternHitsInTokens, slotMatcher, sportLossJoked, type CrisisSeverity } from './patterns';
import { tokenize, type Token } from './tokens';

export type { CrisisSeverity } from './patterns';

/**
 * Crisis detection, in layers that can only add: the house's phrase lists, slang, the patterns
 * over slots, then the classifier for what none of those caught. Graded urgent (a plan, means, a
 * time, a goodbye, abuse, violence or a threat) or concern (wishes, hopelessness, burden, self-harm).
 */
export interface CrisisFinding {
  severity: CrisisSeverity;
  /** What found it: `list`, `slang`, `pattern:<id>` or `classifier`. */
  sources: string[];
}

let classifier: SafetyClassifier | undefined;
/** Built on first use, so loading the module costs nothing until a share is checked. */
function safetyClassifier(): SafetyClassifier {
  classifier ??= loadSafetyClassifier(model as SafetyModel);
  return classifier;
}

/** Slang phrases as word rows, matched against the share's words (so leetspeak and stretching are already undone). */
const slang: string[][] = SLANG.map((phrase) => plainLetters(phrase).split(' '));
const hasSlang = (tokens: readonly Token[]) =>
  slang.some((words) =>
    tokens.some((_, start) => words.every((word, k) => tokens[start + k]?.forms.includes(word) ?? false)),
  );

/** Words that turn a concern into an urgent one: a means at hand, or a time close by. */
const isMeans = slotMatcher('MEANS');
const SOON = new Set(['tonight', 'tonite', 'tomorrow', 'tmrw', 'tmr', 'hoy', 'manana', 'ahorita']);
const soonOrMeans = (tokens: readonly Token[]) =>
  tokens.some((token) => isMeans(token) || token.forms.some((form) => SOON.has(form))) ||
  tokens.some((token, i) => token.word === 'esta' && tokens[i + 1]?.word === 'noche');

/**
 * Which of the house's crisis phrases the text matched: one that carries its own negation ("don't
 * want to live"), a plain one ("want to die"), or none.
 */
export type ListedCrisis = 'negative' | 'plain' | null;

/** Words joined from letters spelled out with spaces or dots ("s u i c i d e"), as the phrase matcher reads them. */
function disguisedTokens(disguised: MatchText): Token[] {
  return disguised.spelledOut.map((word) => ({ word: word.letters, forms: [word.letters], stemEn: [], stemEs: [], sentence: 0, pause: false }));
}

/**
 * Whether a phrase of the house's lists counts. With a pattern hit it always does. Alone, it does
 * not when the share says it of a house's nuisance ("cant go on like this with the noise
 * upstairs"); a plain phrase (not its own negation) also not when negated or told as the past, as an
 * accident, or laughed off with nothing saying it is meant: "I don't want to die", "I used to want
 * to kill myself", "cut myself shaving", "boca perdio otra vez, me quiero matar jaja".
 */
function listedPhraseCounts(listed: ListedCrisis, tokens: readonly Token[], patternsHit: boolean): boolean {
  if (listed === null) return false;
  if (patternsHit) return true;
  if (nuisanceTold(tokens)) return false;
  return listed === 'negative' || (!negatedOrPast(tokens) && !accidentTold(tokens) && !laughedOff(tokens));
}

/**
 * `listed`: which crisis phrase of the house's lists the text matched. `disguised`: the text as
 * the phrase matcher reads it (leetspeak, spacing), for the slang list. `classifier`: the trained
 * one unless a test gives another.
 */
export function findCrisis(
  text: string,
  listed: ListedCrisis,
  disguised: MatchText,
  classifier: Pick<SafetyClassifier, 'holds'> & Partial<Pick<SafetyClassifier, 'severity'>> = safetyClassifier(),
): CrisisFinding | null {
  const tokens = tokenize(text);
  const sources: string[] = [];
  let severity: CrisisSeverity | null = null;
  const raise = (to: CrisisSeverity) => {
    if (severity !== 'urgent') severity = to;
  };
  // A wish to die laughed off after a team's loss is a figure of speech: "team got slaughtered 4-0. i want to die lol".
  const joked = sportLossJoked(tokens);
  const hits = patternHitsInTokens(tokens).filter((hit) => !(joked && hit.rule === 'desire-death'));
  for (const hit of hits) {
    sources.push(`pattern:${hit.rule}`);
    raise(hit.severity);
  }
  const plainWordsCount = hits.length > 0 || !negatedOrPast(tokens);
  if (plainWordsCount && (hasSlang(tokens) || hasSlang(disguisedTokens(disguised)))) {
    sources.push('slang');
    raise('concern');
  }
  if (listedPhraseCounts(listed, tokens, hits.length > 0)) {
    sources.push('list');
    if (hits.length === 0) raise('urgent');
  }
  if (sources.length === 0 && classifier.holds(tokens)) {
    sources.push('classifier');
    raise(classifier.severity?.(tokens) ?? 'concern');
  }
  if (severity === null) return null;
  if (severity === 'concern' && soonOrMeans(tokens)) severity = 'urgent';
  return { severity, sources };
}

/** A classifier that holds nothing: for the layers that must not ask it. */
export const neverHolds = { holds: () => false };
/** Whether the patterns and slang hold a share before the classifier is asked: training spends the classifier's allowance of false holds on the rest. */
export const heldBeforeClassifier = (text: string): boolean => findCrisis(text, null, matchText(text, { leet: true }), neverHolds) !== null;
