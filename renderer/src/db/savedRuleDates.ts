import * as v from 'valibot';
import type { Group } from '../../../shared/model';
import { addDays, daysBetween } from '../../../shared/schedule/localTime';
import type { DatesOf } from '../../../shared/schedule/sessions';

type Recurrence = typeof import('../../../shared/schedule/recurrence');

/**
 * The dates each group's rule falls on, kept from one start of the wall to the next. Expanding a
 * rule takes ical.js, a quarter of what the wall would load as it starts; yet the wall asks about
 * the same week every day. So whenever ical.js expands the rules for a span that includes today,
 * their dates for that span and the month after it are saved; a later read inside that month, of
 * rules unchanged (same rule, first and last day), takes the saved dates and loads no ical.js.
 * Any other read, or a changed rule, loads ical.js and expands as before.
 *
 * The copy is in localStorage, beside the wall's first frame (startView): the rules' dates only,
 * no resident data. The database stays the record; losing the copy costs one load of ical.js.
 */
const KEY = 'hearth:rule-dates';
/** How far past the span read the saved dates reach: a month of starts without ical.js. */
export const SAVED_AHEAD_DAYS = 31;
/** Longer reads (staff reports of months) are not saved: the wall reads a week. */
const MAX_SAVED_SPAN_DAYS = 14;
/** Nor is a copy this long (a session moved in from far away would widen it). */
const MAX_SAVED_DAYS = 400;

const SavedSchema = v.object({
  version: v.literal(1),
  from: v.pipe(v.string(), v.isoDate()),
  to: v.pipe(v.string(), v.isoDate()),
  rules: v.record(v.string(), v.array(v.pipe(v.string(), v.isoDate()))),
});
type Saved = v.InferOutput<typeof SavedSchema>;

/** What decides a rule's dates, as one string: the saved dates belong to exactly this. */
export function ruleKey(group: Pick<Group, 'rrule' | 'validFrom' | 'validUntil'>): string {
  return JSON.stringify([group.rrule, group.validFrom, group.validUntil ?? null]);
}

export interface SavedRuleDatesOptions {
  /** Where the copy is kept; none (tests, workers): every read expands. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Loads the rule expander (ical.js). */
  loadRecurrence?: () => Promise<Recurrence>;
  /** Today's local date, which a saved span must include. */
  today: () => string;
}

export class SavedRuleDates {
  readonly #storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  readonly #load: () => Promise<Recurrence>;
  readonly #today: () => string;

  constructor(options: SavedRuleDatesOptions) {
    this.#storage = options.storage;
    this.#load = options.loadRecurrence ?? (() => import('../../../shared/schedule/recurrence'));
    this.#today = options.today;
  }

  /** The rule expander itself (for writes, which check a rule before a transaction starts). */
  recurrence(): Promise<Recurrence> {
    // Wrapped, as Dexie asks of any promise not its own awaited inside a live query.
    return Promise.resolve(this.#load());
  }

  /**
   * Dates for these groups' rules, good for any question from `from` to `to`: the saved ones when
   * they cover the span and every active group's rule, else ical.js's. Those are saved when the
   * span read (`read`, within from–to: the dates of sessions moved into it widen it) includes today
   * and is short.
   */
  async datesFor(groups: readonly Group[], from: string, to: string, read: { from: string; to: string } = { from, to }): Promise<DatesOf> {
    const active = groups.filter((group) => group.active);
    const saved = this.#read();
    if (saved && saved.from <= from && to <= saved.to && active.every((group) => ruleKey(group) in saved.rules)) {
      return (group, first, last) => {
        if (first < saved.from || last > saved.to) throw new RangeError(`The saved dates run from ${saved.from} to ${saved.to}.`);
        return (saved.rules[ruleKey(group)] ?? []).filter((date) => date >= first && date <= last);
      };
    }
    const { recurrenceDates } = await this.recurrence();
    const today = this.#today();
    const ahead = addDays(read.to, SAVED_AHEAD_DAYS);
    const last = to > ahead ? to : ahead;
    if (read.from <= today && today <= read.to && daysBetween(read.from, read.to) <= MAX_SAVED_SPAN_DAYS && daysBetween(from, last) <= MAX_SAVED_DAYS) {
      this.#save(active, from, last, recurrenceDates);
    }
    return recurrenceDates;
  }

  #read(): Saved | undefined {
    try {
      const text = this.#storage?.getItem(KEY);
      if (!text) return undefined;
      const parsed = v.safeParse(SavedSchema, JSON.parse(text));
      return parsed.success ? parsed.output : undefined;
    } catch {
      // Unreadable or refused: ical.js expands, as on a first start.
      return undefined;
    }
  }

  #save(groups: readonly Group[], from: string, to: string, recurrenceDates: DatesOf): void {
    if (!this.#storage) return;
    const rules: Record<string, string[]> = {};
    for (const group of groups) {
      try {
        rules[ruleKey(group)] = recurrenceDates(group, from, to);
      } catch {
        // A rule that no longer parses meets on no date, as the wall reads it (sessions.ts).
        rules[ruleKey(group)] = [];
      }
    }
    try {
      this.#storage.setItem(KEY, JSON.stringify({ version: 1, from, to, rules } satisfies Saved));
    } catch (error) {
      console.warn('[schedule] The rules’ dates could not be saved for the next start.', error);
    }
  }
}
