import { inStaffLanguage } from '../../../../lib/staff/auditWords';
import type { Attendance } from '../../../../../../shared/model';
import { attendanceBetween, attendanceForOccurrence } from '../../../../db/repositories/attendance';
import type { StaffResidentView } from '../../../../db/repositories/residents';
import { findOccurrence, listGroups, occurrencesForDay } from '../../../../db/repositories/schedule';
import { language } from '../../../../lib/i18n.svelte';
import type { MessageKey } from '../../../../lib/messageKey';
import { groupTitle } from './rangeReport';

export interface DaySession {
  key: string;
  title: string;
  /** Start as the schedule has it; null for a session the schedule no longer shows (a retired group). */
  startMs: number | null;
  status: 'scheduled' | 'cancelled' | 'moved' | 'unscheduled';
  count: number;
}

/** The word beside a session that did not run as scheduled. */
export const SESSION_STATUS_TEXT: Record<Exclude<DaySession['status'], 'scheduled'>, MessageKey> = {
  cancelled: 'records:attendance.status.cancelled',
  moved: 'records:attendance.status.moved',
  unscheduled: 'records:attendance.status.unscheduled',
};

export interface Attendee {
  row: Attendance;
  name: string;
  /** Their picture, for the audit log, which never names a resident; '' when the resident is gone. */
  symbol: string;
  colour: string;
}

/**
 * A day's sessions with how many came: the schedule's, and any session of that date that people
 * tapped in to but the schedule no longer puts anywhere (a retired group), so staff can still correct it.
 */
export async function sessionsOfDay(date: string): Promise<DaySession[]> {
  const [occurrences, rows, groups] = await Promise.all([occurrencesForDay(date), attendanceBetween(date, date), listGroups()]);
  const sessions: DaySession[] = await Promise.all(
    occurrences.map(async (o) => ({
      key: o.key,
      title: inStaffLanguage(o.group.title),
      startMs: o.startMs,
      status: o.status,
      count: (await attendanceForOccurrence(o.key)).length,
    })),
  );
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  const listed = new Set(sessions.map((s) => s.key));
  for (const key of new Set(rows.map((r) => r.occurrenceKey))) {
    // A session moved to another day is listed on that day.
    if (listed.has(key) || (await findOccurrence(key))) continue;
    const ofSession = rows.filter((r) => r.occurrenceKey === key);
    sessions.push({ key, title: groupTitle(groupsById, (ofSession[0] as Attendance).groupId), startMs: null, status: 'unscheduled', count: ofSession.length });
  }
  return sessions;
}

/** The named attendees of a session, by name; headcount taps have no name and are only counted. */
export function attendeesOf(rows: readonly Attendance[], residents: readonly StaffResidentView[]): Attendee[] {
  const byId = new Map(residents.map((r) => [r.id, r]));
  const collator = new Intl.Collator(language.current);
  return rows
    .flatMap((row) => {
      if (row.residentId === undefined) return [];
      const resident = byId.get(row.residentId);
      return [{ row, name: resident?.name ?? '?', symbol: resident?.symbol ?? '', colour: resident?.colour ?? '' }];
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Active residents not yet recorded for the session, in the order given (by name). */
export function addableResidents(rows: readonly Attendance[], residents: readonly StaffResidentView[]): StaffResidentView[] {
  const present = new Set(rows.map((row) => row.residentId));
  return residents.filter((r) => r.active && !present.has(r.id));
}
