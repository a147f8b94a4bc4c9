import type { Group, OccurrenceException } from '../model';
import type { Occurrence } from './occurrence';
import { recurrenceDates } from './recurrence';
import { sessionOn, sessionsBetween } from './sessions';

/**
 * One day's sessions, in the zone's local time: every active group whose rule falls on the day,
 * with exceptions applied. A cancelled session stays, marked cancelled with its note; a moved
 * session appears on its new date and time, marked moved, and no longer on its old date.
 * Sorted by start, then title.
 */
export function occurrencesOn(
  day: string,
  groups: readonly Group[],
  exceptions: readonly OccurrenceException[],
  timeZone?: string,
): Occurrence[] {
  return occurrencesBetween(day, day, groups, exceptions, timeZone).get(day) ?? [];
}

/**
 * The sessions of each day from `from` to `to` (inclusive), as `occurrencesOn` gives them, keyed
 * by day. Each group's rule is expanded once for the whole span, not once a day: the wall reads
 * three days at every start and a report reads months.
 */
export function occurrencesBetween(
  from: string,
  to: string,
  groups: readonly Group[],
  exceptions: readonly OccurrenceException[],
  timeZone?: string,
): Map<string, Occurrence[]> {
  return sessionsBetween(recurrenceDates, from, to, groups, exceptions, timeZone);
}

/**
 * The session the group's rule puts on `originalDate`, with its exception applied; undefined when
 * the group is retired or its rule does not fall on that date.
 */
export function occurrenceOf(
  group: Group,
  originalDate: string,
  exception: OccurrenceException | undefined,
  timeZone?: string,
): Occurrence | undefined {
  return sessionOn(recurrenceDates, group, originalDate, exception, timeZone);
}
