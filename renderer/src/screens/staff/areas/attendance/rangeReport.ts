import { inStaffLanguage } from '../../../../lib/staff/auditWords';
import type { Attendance, Group } from '../../../../../../shared/model';
import { sessionsHeld, type HeldSession, type ScheduledSession } from '../../../../../../shared/reports/attendance';
import { addDays, zonedEpochMs } from '../../../../../../shared/schedule/localTime';
import type { Occurrence } from '../../../../../../shared/schedule/occurrence';
import { attendanceBetween } from '../../../../db/repositories/attendance';
import { findOccurrence, listGroups, occurrencesBetweenDays } from '../../../../db/repositories/schedule';
import { language, t } from '../../../../lib/i18n.svelte';

/** Everything a date-range report needs, read once: every tap-in, the sessions held, and every group (retired ones too). */
export interface RangeReport {
  from: string;
  to: string;
  rows: Attendance[];
  sessions: HeldSession[];
  groups: Map<string, Group>;
}

export async function loadRangeReport(from: string, to: string, now = Date.now()): Promise<RangeReport> {
  const [rows, groups, days] = await Promise.all([
    attendanceBetween(from, to),
    listGroups(),
    occurrencesBetweenDays(from, to),
  ]);
  // Attendance is kept by a session's original date, so sessions are counted by it too.
  const scheduled: Occurrence[] = [...days.values()].flat().filter((o) => o.originalDate >= from && o.originalDate <= to);
  // A session tapped in to and then moved out of the range is found where it went, to count at its new time.
  const listed = new Set(scheduled.map((o) => o.key));
  const movedOut = await Promise.all([...new Set(rows.map((r) => r.occurrenceKey))].filter((key) => !listed.has(key)).map((key) => findOccurrence(key)));
  const sessions: ScheduledSession[] = [...scheduled, ...movedOut.filter((o) => o !== undefined)];
  const dayEndMs = (date: string) => zonedEpochMs(addDays(date, 1), '00:00');
  return { from, to, rows, sessions: sessionsHeld(sessions, rows, now, dayEndMs), groups: new Map(groups.map((g) => [g.id, g])) };
}

/** A group's title in the staff member's language; a group that was deleted still has a line. */
export function groupTitle(groups: Map<string, Group>, groupId: string): string {
  const group = groups.get(groupId);
  return group ? inStaffLanguage(group.title) : t('records:attendance.unknownGroup');
}

/** Sorts anything with a group id by the group's title: reports list groups by name, never by numbers. */
export function byGroupTitle<T extends { groupId: string }>(items: readonly T[], groups: Map<string, Group>): T[] {
  const collator = new Intl.Collator(language.current);
  return [...items].sort((a, b) => collator.compare(groupTitle(groups, a.groupId), groupTitle(groups, b.groupId)));
}
