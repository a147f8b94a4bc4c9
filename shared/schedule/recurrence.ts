import ICAL from 'ical.js';
import type { Group } from '../model';
import { addDays, daysBetween, isoDate, parseIsoDate } from './localTime';

/**
 * A group's recurrence is an RFC 5545 RRULE (without DTSTART; the group's validFrom is the
 * start). ical.js expands it: weekly on chosen days, every N weeks, monthly on the nth weekday,
 * and so on. An empty rule is a one-off on validFrom.
 */

export class RecurrenceRuleError extends Error {
  constructor(
    readonly rule: string,
    readonly reason: string,
  ) {
    super(`The recurrence rule "${rule}" cannot be used: ${reason}`);
    this.name = 'RecurrenceRuleError';
  }
}

// A group meets at most once a day, so sub-daily frequencies make no sense here.
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
// BYMONTHDAY only terminates for monthly and yearly rules: ical.js would search forever for "every
// day that is 30 February". BYSETPOS is left out: ical.js counts a first date that the set
// position excludes, so its sessions would depend on the day the group started.
const PARTS_FOR_ANY = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTH', 'UNTIL', 'COUNT', 'WKST']);
const PARTS_FOR_MONTHLY_OR_YEARLY = new Set(['BYMONTHDAY']);
const MAX_INTERVAL = 52;

/** Parses and checks a rule; throws RecurrenceRuleError with a reason when Hearth cannot use it. */
export function parseRecurrence(rrule: string): ICAL.Recur | null {
  const rule = rrule.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (rule === '') return null;
  const parts = rule.split(';').map((part) => part.split('=').map((side) => side.trim()));
  const names = parts.map(([name]) => name ?? '');
  let recur: ICAL.Recur;
  try {
    recur = ICAL.Recur.fromString(rule);
  } catch (error) {
    throw new RecurrenceRuleError(rrule, error instanceof Error ? error.message : String(error));
  }
  if (!FREQUENCIES.has(recur.freq)) throw new RecurrenceRuleError(rrule, 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  const monthlyOrYearly = recur.freq === 'MONTHLY' || recur.freq === 'YEARLY';
  for (const name of names) {
    if (PARTS_FOR_ANY.has(name)) continue;
    if (PARTS_FOR_MONTHLY_OR_YEARLY.has(name) && monthlyOrYearly) continue;
    throw new RecurrenceRuleError(rrule, `${name || 'an empty part'} is not supported here`);
  }
  // ical.js quietly reads INTERVAL=0 as 1; a rule that says 0 is a mistake worth reporting.
  const interval = parts.find(([name]) => name === 'INTERVAL')?.[1] ?? '1';
  if (!/^\d+$/.test(interval) || Number(interval) < 1 || Number(interval) > MAX_INTERVAL) {
    throw new RecurrenceRuleError(rrule, `INTERVAL must be between 1 and ${MAX_INTERVAL}`);
  }
  return recur;
}

/** The rule in ical.js's own spelling (part order, no INTERVAL=1), so equal rules compare equal; '' for a one-off. */
export function normalizeRecurrence(rrule: string): string {
  return parseRecurrence(rrule)?.toString() ?? '';
}

/** Null when the rule is usable, else the reason (in English, for logs and staff error details). */
export function recurrenceProblem(rrule: string): string | null {
  try {
    parseRecurrence(rrule);
    return null;
  } catch (error) {
    return error instanceof RecurrenceRuleError ? error.reason : String(error);
  }
}

type Schedule = Pick<Group, 'rrule' | 'validFrom' | 'validUntil'>;

// A hard stop for the expansion loop, far beyond any real schedule (a daily rule over 250 years).
const MAX_STEPS = 100_000;

/**
 * The dates (YYYY-MM-DD, ascending) from `from` to `to` inclusive on which the group's rule puts
 * a session, within its validFrom / validUntil.
 */
export function recurrenceDates(schedule: Schedule, from: string, to: string): string[] {
  const first = from > schedule.validFrom ? from : schedule.validFrom;
  const last = schedule.validUntil !== undefined && schedule.validUntil < to ? schedule.validUntil : to;
  if (first > last) return [];
  const recur = parseRecurrence(schedule.rrule);
  if (recur === null) return schedule.validFrom >= first && schedule.validFrom <= last ? [schedule.validFrom] : [];

  const iterator = recur.iterator(ICAL.Time.fromDateString(expansionStart(recur, schedule.validFrom, first)));
  const dates: string[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = iterator.next();
    if (!next) break;
    const date = next.toString().slice(0, 10);
    if (date > last) break;
    if (date >= first) dates.push(date);
  }
  return dates;
}

/** Whether the group's rule (and validity) puts a session on this date. */
export function recursOn(schedule: Schedule, date: string): boolean {
  parseIsoDate(date);
  return recurrenceDates(schedule, date, date).length > 0;
}

/**
 * Where ical.js's expansion starts, for the dates from `first` on. Two reasons not to start at
 * validFrom itself:
 * - ical.js sometimes gives its start date as an occurrence even when the rule does not (RFC 5545
 *   counts DTSTART; "daily on Sundays" started on a Wednesday would meet that Wednesday). Starting
 *   before `first` keeps that date out of the answer, so a group meets only on the rule's dates.
 * - A rule gives the same dates from the start of any period (day, week, month) a whole number of
 *   intervals on, so the expansion can start at the last such period before `first`: a two-year-old
 *   group then costs a few steps, not hundreds (ical.js takes a fraction of a millisecond a step).
 * A COUNT counts from validFrom itself, so those rules start there.
 */
function expansionStart(recur: ICAL.Recur, validFrom: string, first: string): string {
  if (recur.count) return validFrom;
  const n = recur.interval;
  const last = addDays(first, -1);
  const byDays = (recur.parts.BYDAY?.length ?? 0) > 0 || (recur.parts.BYMONTHDAY?.length ?? 0) > 0;
  switch (recur.freq) {
    case 'DAILY':
      return latestInStep(validFrom, n, last);
    case 'WEEKLY':
      // With BYDAY the week counts, not the weekday: step from the start of validFrom's week.
      return latestInStep(byDays ? ICAL.Time.fromDateString(validFrom).startOfWeek(recur.wkst).toString().slice(0, 10) : validFrom, 7 * n, last);
    case 'MONTHLY':
      return latestMonthInStep(validFrom, n, last, byDays);
    case 'YEARLY':
      return byDays ? latestMonthInStep(validFrom, 12 * n, last, true, true) : validFrom;
    default:
      return validFrom;
  }
}

/** The latest date `base` + k whole periods (k ≥ −1) on or before `last`. */
function latestInStep(base: string, periodDays: number, last: string): string {
  const periods = Math.max(-1, Math.floor(daysBetween(base, last) / periodDays));
  return addDays(base, periods * periodDays);
}

/**
 * The same for months: the first of the month (when the rule names its days) or validFrom's day
 * of the month (when it repeats that day, which only days up to 28 allow), at most one period
 * before validFrom's month. Yearly periods start in January.
 */
function latestMonthInStep(validFrom: string, periodMonths: number, last: string, byDays: boolean, fromJanuary = false): string {
  const from = parseIsoDate(validFrom);
  if (!byDays && from.day > 28) return validFrom;
  const monthIndex = (d: { year: number; month: number }) => d.year * 12 + d.month - 1;
  const base = fromJanuary ? from.year * 12 : monthIndex(from);
  const day = byDays ? 1 : from.day;
  const at = (periods: number) => {
    const month = base + periods * periodMonths;
    return isoDate(Math.floor(month / 12), (month % 12) + 1, day);
  };
  // Repeating validFrom's day, this may land after `last`; harmless, as that day is always one of the rule's.
  return at(Math.max(-1, Math.floor((monthIndex(parseIsoDate(last)) - base) / periodMonths)));
}
