import type { Group } from '../../../../shared/model';
import { inStaffLanguage } from './auditWords';
import { parseIsoDate } from '../../../../shared/schedule/localTime';
import { language, t } from '../i18n.svelte';
import { MONTH_WEEK_TEXT, WEEKDAYS, choiceFor, type RecurrenceChoice, type Weekday } from './recurrenceChoice';

/** Dates and weekdays for staff screens, through Intl in the current language. */

/** A YYYY-MM-DD date as noon UTC, so formatting in UTC never shifts it to another day. */
export function dateValue(date: string): Date {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** "Tuesday, March 10, 2026". */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat(language.current, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    dateValue(date),
  );
}

/** "Tue, Mar 10". */
export function shortDate(date: string): string {
  return new Intl.DateTimeFormat(language.current, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(dateValue(date));
}

/** A moment for staff: "Mar 10, 2026, 3:00 PM" ('medium'), or "March 10, 2026 at 3:00 PM" ('long'). */
export function momentText(at: number | string, dateStyle: 'medium' | 'long' = 'medium'): string {
  return new Intl.DateTimeFormat(language.current, { dateStyle, timeStyle: 'short' }).format(new Date(at));
}

/** "10:00 AM" for an HH:MM wall-clock time. */
export function clockTime(hhmm: string): string {
  const [hour, minute] = hhmm.split(':').map(Number);
  return language.time(new Date(2000, 0, 1, hour ?? 0, minute ?? 0));
}

// 1 January 2024 was a Monday.
export function weekdayName(day: Weekday, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(language.current, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12)),
  );
}

/** "1 hour 30 minutes". */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('admin:duration.minutes', { count: rest });
  if (rest === 0) return t('admin:duration.hours', { count: hours });
  return t('admin:duration.both', { hours: t('admin:duration.hours', { count: hours }), minutes: t('admin:duration.minutes', { count: rest }) });
}

/** How often, in words: "Every Tuesday and Thursday", "The second Tuesday of each month". */
export function repeatText(choice: RecurrenceChoice, validFrom: string): string {
  const days = (list: readonly Weekday[]) => new Intl.ListFormat(language.current, { type: 'conjunction' }).format(list.map((d) => weekdayName(d)));
  switch (choice.kind) {
    case 'once':
      return t('admin:when.once', { date: longDate(validFrom) });
    case 'weekly':
      if (choice.days.length === WEEKDAYS.length && choice.everyWeeks === 1) return t('admin:when.daily');
      if (choice.everyWeeks === 1) return t('admin:when.weekly', { days: days(choice.days) });
      return t('admin:when.everyWeeks', { count: choice.everyWeeks, days: days(choice.days) });
    case 'monthly':
      return t('admin:when.monthly', { nth: t(MONTH_WEEK_TEXT[choice.week].nth), day: weekdayName(choice.day) });
    case 'custom':
      return t('admin:when.custom', { rule: choice.rrule });
  }
}

/** One line for the group list: how often, at what time, for how long. */
export function groupWhen(group: Group): string {
  return t('admin:when.line', {
    repeat: repeatText(choiceFor(group.rrule, group.validFrom), group.validFrom),
    time: clockTime(group.startTime),
    duration: durationText(group.durationMinutes),
  });
}

/** The audit log's few words about a group, as staff say them: "Garden club · Every Tuesday and Thursday, 11:00 AM". */
export function groupAuditDetail(group: Pick<Group, 'title' | 'rrule' | 'validFrom' | 'startTime'>): string {
  const title = inStaffLanguage(group.title);
  return `${title} · ${repeatText(choiceFor(group.rrule, group.validFrom), group.validFrom)}, ${clockTime(group.startTime)}`;
}
