import * as v from 'valibot';
import type { Group } from '../../../shared/model';
import { addDays, daysBetween } from '../../../shared/schedule/localTime';
import type { RuleDates } from '../../../shared/schedule/sessions';

/**
 * Gives the dates the rules of `groups` fall on from `from` to `to`; a promise when the rules must
 * be expanded first. Only the active groups are asked about: retired ones meet on no date.
 */
export type RuleDatesSource = (groups: readonly Group[], from: string, to: string, options?: { save?: boolean }) => RuleDates | Promise<RuleDates>;

/** The rules' expansion (recurrence.ts, with ical.js), loaded on first use. */
export const expandRules = async (): Promise<RuleDates> => (await import('../../../shared/schedule/recurrence')).recurrenceDates;

/** How many days one expansion saves ahead: the wall reads a week a day, so a rule is expanded about once a month. */
export const SAVED_SPAN_DAYS = 42;

const KEY = 'hearth:rule-dates';
const IsoDate = v.pipe(v.string(), v.isoDate());
const SavedSchema = v.object({
  version: v.literal(1),
  from: IsoDate,
  to: IsoDate,
  /** Each rule (see ruleKey) and its dates from `from` to `to`. */
  rules: v.record(v.string(), v.array(IsoDate)),
});
type Saved = v.InferOutput<typeof SavedSchema>;

type Rule = Pick<Group, 'rrule' | 'validFrom' | 'validUntil'>;

/** A rule's dates depend on these three alone. */
const ruleKey = (rule: Rule) => JSON.stringify([rule.rrule, rule.validFrom, rule.validUntil ?? null]);

/**
 * The rules' dates for the next few weeks, as last expanded, kept in the wall's own storage. The
 * wall reads its week at every start and at midnight; expanding the rules takes ical.js, the
 * largest piece of code the home screen would otherwise load. So the wall expands each rule for
 * six weeks at once and keeps the answer: a start reads saved dates, and ical.js loads only when
 * a rule has changed (a staff edit), a group is new, or the saved weeks run out.
 *
 * The saved dates are only a copy of the expansion: anything unreadable, or a rule that differs in
 * any way, is expanded afresh. It holds no resident data.
 */
export class SavedRuleDates {
  readonly #storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined;
  readonly #expand: () => Promise<RuleDates>;
  #saved: Saved | undefined;
  #read = false;

  constructor(storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined, expand: () => Promise<RuleDates> = expandRules) {
    this.#storage = storage;
    this.#expand = expand;
  }

  /** A RuleDatesSource: the saved dates when they cover every active group over the span, else an expansion. */
  readonly source: RuleDatesSource = (groups, from, to, { save = true } = {}) => {
    const rules = groups.filter((group) => group.active);
    const saved = this.#current();
    if (saved && saved.from <= from && to <= saved.to && rules.every((rule) => Object.hasOwn(saved.rules, ruleKey(rule)))) return savedDates(saved);
    return this.#expandAndSave(rules, from, to, save);
  };

  async #expandAndSave(rules: readonly Rule[], from: string, to: string, save: boolean): Promise<RuleDates> {
    const expand = await this.#expand();
    // A long span (a report over months) is expanded, not saved: the wall's own reads are a week.
    if (!save || daysBetween(from, to) >= SAVED_SPAN_DAYS) return expand;
    const last = addDays(from, SAVED_SPAN_DAYS - 1);
    const saved: Saved = { version: 1, from, to: last, rules: {} };
    for (const rule of rules) {
      try {
        saved.rules[ruleKey(rule)] = expand(rule, from, last);
      } catch {
        // A rule that no longer parses meets on no date (as sessions.ts reads it), saved as such.
        saved.rules[ruleKey(rule)] = [];
      }
    }
    this.#saved = saved;
    try {
      this.#storage()?.setItem(KEY, JSON.stringify(saved));
    } catch (error) {
      // A full disk or a refused write only costs the next start an expansion.
      console.warn('[schedule] The expanded rules could not be saved for the next start.', error);
    }
    return expand;
  }

  #current(): Saved | undefined {
    if (!this.#read) {
      this.#read = true;
      try {
        const text = this.#storage()?.getItem(KEY);
        const parsed = text ? v.safeParse(SavedSchema, JSON.parse(text)) : undefined;
        if (parsed?.success) this.#saved = parsed.output;
      } catch {
        // Unreadable: expanded afresh on first use.
      }
    }
    return this.#saved;
  }
}

/** Answers from the saved dates, which cover every rule asked about over the span asked. */
function savedDates(saved: Saved): RuleDates {
  return (rule, from, to) => {
    const dates = saved.rules[ruleKey(rule)];
    if (!dates || from < saved.from || to > saved.to) throw new RangeError('The saved rule dates do not cover this read.');
    return dates.filter((date) => date >= from && date <= to);
  };
}
