import { checkShare, type ModerationLists } from './checkShare';
import { parseLabelledLines } from './classifier';

/**
 * Measures the share check on a labelled file (`label<TAB>lang<TAB>text`): how many crisis lines
 * it holds and how many everyday lines it holds by mistake, per language and per category.
 */
export interface Tally {
  crisisTotal: number;
  crisisHeld: number;
  benignTotal: number;
  benignHeld: number;
  /** Crisis lines held, as a fraction; 1 when there are none. */
  recall: number;
  /** Everyday lines held, as a fraction; 0 when there are none. */
  falseHoldRate: number;
}

export interface Miss {
  label: 'crisis' | 'benign';
  lang: string;
  category: string | null;
  text: string;
}

export interface SafetyEvaluation extends Tally {
  byLanguage: Record<string, Tally>;
  byCategory: Record<string, Tally>;
  misses: Miss[];
}

/** The share check as the evaluation runs it: a long limit, no names, no pre-moderation, no watch words. */
const EVAL_MAX_LENGTH = 1000;

function tally(results: { crisis: boolean; held: boolean }[]): Tally {
  const crisis = results.filter((r) => r.crisis);
  const benign = results.filter((r) => !r.crisis);
  const crisisHeld = crisis.filter((r) => r.held).length;
  const benignHeld = benign.filter((r) => r.held).length;
  return {
    crisisTotal: crisis.length,
    crisisHeld,
    benignTotal: benign.length,
    benignHeld,
    recall: crisis.length === 0 ? 1 : crisisHeld / crisis.length,
    falseHoldRate: benign.length === 0 ? 0 : benignHeld / benign.length,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Record<string, T[]> {
  const groups: Record<string, T[]> = {};
  for (const item of items) {
    const name = key(item);
    if (name !== null) (groups[name] ??= []).push(item);
  }
  return groups;
}

export function evaluateSafety(tsv: string, lists: ModerationLists): SafetyEvaluation {
  const results = parseLabelledLines(tsv).map((line) => {
    const check = checkShare(line.text, { maxLength: EVAL_MAX_LENGTH, lists, rosterNames: [], preModeration: false, watchWords: [] });
    return { ...line, held: check.kind === 'hold' };
  });
  const per = (groups: Record<string, typeof results>) => Object.fromEntries(Object.entries(groups).map(([name, group]) => [name, tally(group)]));
  return {
    ...tally(results),
    byLanguage: per(groupBy(results, (r) => r.lang)),
    byCategory: per(groupBy(results, (r) => r.category)),
    misses: results
      .filter((r) => r.crisis !== r.held)
      .map((r) => ({ label: r.crisis ? 'crisis' : 'benign', lang: r.lang, category: r.category, text: r.text })),
  };
}
