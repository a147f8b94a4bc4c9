import type { Group, OccurrenceException } from '../model';
import { occurrenceKey, type Occurrence } from './occurrence';
import { parseIsoDate, systemTimeZone, zonedEpochMs } from './localTime';
import { recursOn } from './recurrence';

const MINUTE_MS = 60_000;

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
  timeZone = systemTimeZone(),
): Occurrence[] {
  parseIsoDate(day);
  const exceptionFor = latestExceptions(exceptions);
  const byKey = new Map<string, Occurrence>();
  const add = (occurrence: Occurrence | undefined) => {
    if (occurrence && dateOf(occurrence, exceptionFor) === day) byKey.set(occurrence.key, occurrence);
  };

  for (const group of groups) {
    add(occurrenceOf(group, day, exceptionFor.get(occurrenceKey(group.id, day)), timeZone));
  }
  // Sessions moved here from another date.
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  for (const exception of exceptionFor.values()) {
    if (exception.kind !== 'move' || exception.date === day || exception.newDate !== day) continue;
    const group = groupsById.get(exception.groupId);
    if (group) add(occurrenceOf(group, exception.date, exception, timeZone));
  }
  return [...byKey.values()].sort(compareOccurrences);
}

/**
 * The session the group's rule puts on `originalDate`, with its exception applied; undefined when
 * the group is retired or its rule does not fall on that date.
 */
export function occurrenceOf(
  group: Group,
  originalDate: string,
  exception: OccurrenceException | undefined,
  timeZone = systemTimeZone(),
): Occurrence | undefined {
  if (!group.active || !recursSafely(group, originalDate)) return undefined;
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

/** Sessions in order of start, then title, then key: a total order, so the wall never reshuffles. */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.startMs - b.startMs || a.group.title.en.localeCompare(b.group.title.en) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** A stored rule that no longer parses must not blank the whole wall: that group is skipped. */
function recursSafely(group: Group, date: string): boolean {
  try {
    return recursOn(group, date);
  } catch {
    return false;
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
