import type { Group, OccurrenceException } from '../model';
import { compareOccurrences, occurrenceKey, type Occurrence } from './occurrence';
import { datesFrom, parseIsoDate, zonedEpochMs } from './localTime';

const MINUTE_MS = 60_000;

/**
 * The dates (YYYY-MM-DD, ascending) from `from` to `to` inclusive on which a group's rule puts a
 * session, within its validity: `recurrenceDates` (ical.js), or a saved copy of its answers (the
 * wall starts without ical.js, see renderer/src/db/savedRuleDates.ts). May throw for a rule that
 * no longer parses.
 */
export type DatesOf = (group: Group, from: string, to: string) => string[];

/**
 * The sessions of each day from `from` to `to` (inclusive), keyed by day, in the zone's local
 * time: every active group whose rule falls on the day, with exceptions applied. A cancelled
 * session stays, marked cancelled with its note; a moved session appears on its new date and time,
 * marked moved, and no longer on its old date. Sorted by start, then title. Each group's rule is
 * expanded once for the whole span, not once a day: the wall reads a week at every start and a
 * report reads months.
 *
 * A session moved into the span from outside it asks `datesOf` about its original date:
 * `originalDatesSpan` says which dates a span's exceptions need.
 */
export function sessionsBetween(
  from: string,
  to: string,
  groups: readonly Group[],
  exceptions: readonly OccurrenceException[],
  datesOf: DatesOf,
  timeZone?: string,
): Map<string, Occurrence[]> {
  parseIsoDate(from);
  parseIsoDate(to);
  const byDay = new Map<string, Map<string, Occurrence>>();
  for (const day of datesFrom(from, to)) byDay.set(day, new Map());
  const exceptionFor = latestExceptions(exceptions);
  const add = (occurrence: Occurrence | undefined) => {
    if (occurrence) byDay.get(dateOf(occurrence, exceptionFor))?.set(occurrence.key, occurrence);
  };

  for (const group of groups) {
    if (!group.active) continue;
    for (const date of datesSafely(datesOf, group, from, to)) {
      add(sessionOn(group, date, exceptionFor.get(occurrenceKey(group.id, date)), timeZone));
    }
  }
  // Sessions moved into the span from a date outside it.
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  for (const exception of exceptionFor.values()) {
    if (exception.kind !== 'move' || byDay.has(exception.date) || !byDay.has(exception.newDate ?? exception.date)) continue;
    const group = groupsById.get(exception.groupId);
    if (group) add(sessionOf(group, exception.date, exception, datesOf, timeZone));
  }
  return new Map([...byDay].map(([day, sessions]) => [day, [...sessions.values()].sort(compareOccurrences)]));
}

/**
 * The session the group's rule puts on `originalDate`, with its exception applied; undefined when
 * the group is retired or its rule does not fall on that date.
 */
export function sessionOf(
  group: Group,
  originalDate: string,
  exception: OccurrenceException | undefined,
  datesOf: DatesOf,
  timeZone?: string,
): Occurrence | undefined {
  if (!group.active || datesSafely(datesOf, group, originalDate, originalDate).length === 0) return undefined;
  return sessionOn(group, originalDate, exception, timeZone);
}

/** The session on a date the group's rule is known to fall on, with its exception applied. */
function sessionOn(group: Group, originalDate: string, exception: OccurrenceException | undefined, timeZone: string | undefined): Occurrence {
  const applies = exception && exception.groupId === group.id && exception.date === originalDate ? exception : undefined;
  const moved = applies?.kind === 'move';
  const date = moved ? (applies.newDate ?? originalDate) : originalDate;
  const startMs = zonedEpochMs(date, (moved && applies.newStartTime) || group.startTime, timeZone);
  return {
    key: occurrenceKey(group.id, originalDate),
    groupId: group.id,
    originalDate,
    startMs,
    endMs: startMs + group.durationMinutes * MINUTE_MS,
    status: applies ? (applies.kind === 'cancel' ? 'cancelled' : 'moved') : 'scheduled',
    ...(applies ? { note: applies.note } : {}),
    group,
  };
}

/** A stored rule that no longer parses must not blank the whole wall: that group is skipped. */
function datesSafely(datesOf: DatesOf, group: Group, from: string, to: string): string[] {
  try {
    return datesOf(group, from, to);
  } catch {
    return [];
  }
}

/** One exception per occurrence; should two exist, the newest wins. */
function latestExceptions(exceptions: readonly OccurrenceException[]): Map<string, OccurrenceException> {
  const latest = new Map<string, OccurrenceException>();
  for (const exception of exceptions) {
    const key = occurrenceKey(exception.groupId, exception.date);
    const seen = latest.get(key);
    if (!seen || exception.createdAt >= seen.createdAt) latest.set(key, exception);
  }
  return latest;
}

function dateOf(occurrence: Occurrence, exceptionFor: Map<string, OccurrenceException>): string {
  const exception = exceptionFor.get(occurrence.key);
  return exception?.kind === 'move' ? (exception.newDate ?? exception.date) : occurrence.originalDate;
}

/**
 * The dates `sessionsBetween(from, to, …, exceptions, …)` asks `datesOf` about: the span itself,
 * widened to the original date of any session moved into it from outside.
 */
export function datesAsked(from: string, to: string, exceptions: readonly OccurrenceException[]): { from: string; to: string } {
  let first = from;
  let last = to;
  for (const exception of exceptions) {
    if (exception.kind !== 'move') continue;
    if (exception.date < first) first = exception.date;
    if (exception.date > last) last = exception.date;
  }
  return { from: first, to: last };
}
