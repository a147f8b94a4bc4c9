import type { Group, OccurrenceException } from '../model';
import type { Occurrence } from './occurrence';
import { recurrenceDates } from './recurrence';
import { sessionOf, sessionsBetween } from './sessions';

/**
 * The schedule's sessions with each rule expanded by ical.js here and now (sessions.ts is the same
 * without ical.js, for a caller that brings the rules' dates).
 */

/** One day's sessions, in the zone's local time, as `sessionsBetween` gives them. */
export function occurrencesOn(
  day: string,
  groups: readonly Group[],
  exceptions: readonly OccurrenceException[],
  timeZone?: string,
): Occurrence[] {
  return occurrencesBetween(day, day, groups, exceptions, timeZone).get(day) ?? [];
}

/** The sessions of each day from `from` to `to` (inclusive), keyed by day, as `sessionsBetween` gives them. */
export function occurrencesBetween(
  from: string,
  to: string,
  groups: readonly Group[],
  exceptions: readonly OccurrenceException[],
  timeZone?: string,
): Map<string, Occurrence[]> {
  return sessionsBetween(from, to, groups, exceptions, recurrenceDates, timeZone);
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
  return sessionOf(group, originalDate, exception, recurrenceDates, timeZone);
}
