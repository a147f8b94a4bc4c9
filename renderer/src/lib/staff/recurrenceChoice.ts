import { parseIsoDate } from '../../../../shared/schedule/localTime';
import type { MessageKey } from '../messageKey';

/**
 * The ways staff say how often a group meets, and the RRULE each one stands for. The schedule
 * stores RRULE text; this turns it into choices on the screen and back. A rule the screen cannot
 * show (from an imported calendar, say) stays as it is, as a 'custom' choice.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which weekday of the month: the first to the fourth, or the last (-1). */
export const MONTH_WEEKS = [1, 2, 3, 4, -1] as const;
export type MonthWeek = (typeof MONTH_WEEKS)[number];

/** Each week of the month in a sentence ("the second") and as a choice on its own ("Second"). */
export const MONTH_WEEK_TEXT: Record<MonthWeek, { nth: MessageKey; label: MessageKey }> = {
  1: { nth: 'admin:when.nth.1', label: 'admin:when.nthLabel.1' },
  2: { nth: 'admin:when.nth.2', label: 'admin:when.nthLabel.2' },
  3: { nth: 'admin:when.nth.3', label: 'admin:when.nthLabel.3' },
  4: { nth: 'admin:when.nth.4', label: 'admin:when.nthLabel.4' },
  [-1]: { nth: 'admin:when.nth.-1', label: 'admin:when.nthLabel.-1' },
};

export const MAX_EVERY_WEEKS = 8;

export type RecurrenceChoice =
  | { kind: 'once' }
  | { kind: 'weekly'; days: Weekday[]; everyWeeks: number }
  | { kind: 'monthly'; week: MonthWeek; day: Weekday }
  | { kind: 'custom'; rrule: string };

export type RecurrenceKind = RecurrenceChoice['kind'];

/** The weekday of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  const { year, month, day } = parseIsoDate(date);
  // getUTCDay counts from Sunday.
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7] ?? 'MO';
}

/** Which of the month's weekdays the date is: 1 to 4, or -1 for a fifth (which is always the last). */
export function monthWeekOf(date: string): MonthWeek {
  const nth = Math.ceil(parseIsoDate(date).day / 7);
  return nth >= 5 ? -1 : (nth as MonthWeek);
}

/** The RRULE for a choice; '' for a one-off. Days come out in week order, whatever order they were tapped. */
export function ruleFor(choice: RecurrenceChoice): string {
  switch (choice.kind) {
    case 'once':
      return '';
    case 'weekly': {
      const days = WEEKDAYS.filter((day) => choice.days.includes(day));
      if (days.length === WEEKDAYS.length && choice.everyWeeks === 1) return 'FREQ=DAILY';
      const interval = choice.everyWeeks > 1 ? `;INTERVAL=${choice.everyWeeks}` : '';
      return `FREQ=WEEKLY${interval};BYDAY=${days.join(',')}`;
    }
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${choice.week}${choice.day}`;
    case 'custom':
      return choice.rrule;
  }
}

/**
 * The choice a stored rule reads as. `validFrom` gives the day of a weekly rule that names none
 * (RFC 5545 takes it from the start date). Anything else the screen has no control for is 'custom'.
 */
export function choiceFor(rrule: string, validFrom: string): RecurrenceChoice {
  const rule = rrule.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (rule === '') return { kind: 'once' };
  const custom: RecurrenceChoice = { kind: 'custom', rrule };
  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const [name, value, ...rest] = part.split('=');
    if (!name || value === undefined || rest.length > 0 || parts.has(name)) return custom;
    parts.set(name, value);
  }
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return custom;
  // Weeks start on Monday unless a rule says otherwise; another start changes "every 2 weeks".
  if ((parts.get('WKST') ?? 'MO') !== 'MO') return custom;
  const names = [...parts.keys()].filter((name) => name !== 'WKST' && name !== 'INTERVAL');

  switch (parts.get('FREQ')) {
    case 'DAILY':
      return names.length === 1 && interval === 1 ? { kind: 'weekly', days: [...WEEKDAYS], everyWeeks: 1 } : custom;
    case 'WEEKLY': {
      if (names.some((name) => name !== 'FREQ' && name !== 'BYDAY') || interval > MAX_EVERY_WEEKS) return custom;
      const byDay = parts.get('BYDAY');
      const days = byDay === undefined ? [weekdayOf(validFrom)] : byDay.split(',');
      if (!days.every(isWeekday)) return custom;
      return { kind: 'weekly', days: WEEKDAYS.filter((day) => days.includes(day)), everyWeeks: interval };
    }
    case 'MONTHLY': {
      if (names.some((name) => name !== 'FREQ' && name !== 'BYDAY') || interval !== 1) return custom;
      const match = /^(-1|\+?[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(parts.get('BYDAY') ?? '');
      if (!match) return custom;
      return { kind: 'monthly', week: Number(match[1]) as MonthWeek, day: match[2] as Weekday };
    }
    default:
      return custom;
  }
}

/** A fresh choice of another kind, filled in from the group's start date so the first guess is sensible. */
export function startingChoice(kind: Exclude<RecurrenceKind, 'custom'>, validFrom: string): RecurrenceChoice {
  switch (kind) {
    case 'once':
      return { kind: 'once' };
    case 'weekly':
      return { kind: 'weekly', days: [weekdayOf(validFrom)], everyWeeks: 1 };
    case 'monthly':
      return { kind: 'monthly', week: monthWeekOf(validFrom), day: weekdayOf(validFrom) };
  }
}

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}
