import type { Attendance } from '../model';
import { addDays, parseIsoDate } from '../schedule/localTime';

/**
 * Attendance reports for staff: plain counts and rates, never a ranking. Every function here
 * keeps the order it is given or orders by date; the screens order groups and residents by name.
 */

/** A session that counts as held: its key, group and original date (as attendance rows store them). */
export interface HeldSession {
  key: string;
  groupId: string;
  date: string;
}

/** What the schedule has for a session, as far as reports need it: a moved session at its new time. */
export interface ScheduledSession {
  key: string;
  groupId: string;
  originalDate: string;
  status: 'scheduled' | 'cancelled' | 'moved';
  endMs: number;
}

/** A session counts as held once it is over, unless it was cancelled. */
export function isHeld(session: Pick<ScheduledSession, 'status' | 'endMs'>, nowMs: number): boolean {
  return session.status !== 'cancelled' && session.endMs <= nowMs;
}

/**
 * The sessions held: every session the schedule has in the range that is over and was not
 * cancelled (a moved one at its new time), and every session someone tapped in to that the
 * schedule no longer has (a retired group's) once its day is over, `dayEndMs` giving the end of
 * a date. Each once, by date then key.
 */
export function sessionsHeld(scheduled: readonly ScheduledSession[], rows: readonly Attendance[], nowMs: number, dayEndMs: (date: string) => number): HeldSession[] {
  const held = new Map<string, HeldSession>();
  const known = new Set(scheduled.map((s) => s.key));
  for (const session of scheduled) {
    if (isHeld(session, nowMs)) held.set(session.key, { key: session.key, groupId: session.groupId, date: session.originalDate });
  }
  for (const row of rows) {
    if (known.has(row.occurrenceKey) || held.has(row.occurrenceKey) || dayEndMs(row.date) > nowMs) continue;
    held.set(row.occurrenceKey, { key: row.occurrenceKey, groupId: row.groupId, date: row.date });
  }
  return [...held.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The tap-ins the figures count: those at sessions held. The others (a session not over yet, or cancelled) are only listed. */
export function tapInsAtHeld(sessions: readonly HeldSession[], rows: readonly Attendance[]): Attendance[] {
  const keys = new Set(sessions.map((s) => s.key));
  return rows.filter((row) => keys.has(row.occurrenceKey));
}

export interface GroupSummary {
  groupId: string;
  sessionsHeld: number;
  /** Every tap-in at those sessions, named or headcount. */
  tapIns: number;
  /** Tap-ins per session held; null when none was held. */
  averagePerSession: number | null;
}

/**
 * Per group that held a session: sessions held, the tap-ins at them and the average per session,
 * in the order groups first appear. Tap-ins at sessions not held are left out, so every figure
 * is over the same sessions.
 */
export function summaryByGroup(sessions: readonly HeldSession[], rows: readonly Attendance[]): GroupSummary[] {
  const byGroup = new Map<string, { sessions: number; tapIns: number }>();
  for (const session of sessions) {
    const found = byGroup.get(session.groupId);
    if (found) found.sessions += 1;
    else byGroup.set(session.groupId, { sessions: 1, tapIns: 0 });
  }
  const groupOf = new Map(sessions.map((s) => [s.key, s.groupId]));
  // Counted under the session's group, as the schedule has it.
  for (const row of tapInsAtHeld(sessions, rows)) (byGroup.get(groupOf.get(row.occurrenceKey) as string) as { tapIns: number }).tapIns += 1;
  return [...byGroup].map(([groupId, { sessions: held, tapIns }]) => ({
    groupId,
    sessionsHeld: held,
    tapIns,
    averagePerSession: held === 0 ? null : tapIns / held,
  }));
}

/** attended ÷ offered, or null when nothing was offered (never a made-up 0 % or 100 %). */
export function attendanceRate(attended: number, offered: number): number | null {
  return offered > 0 ? Math.min(1, attended / offered) : null;
}

export interface ResidentRate {
  attended: number;
  offered: number;
  rate: number | null;
}

export interface ResidentAttendance extends ResidentRate {
  /** Per group the resident attends, in the order groups first appear. */
  byGroup: (ResidentRate & { groupId: string })[];
}

/**
 * One resident's attendance rate, over the groups they attend (those with a tap-in of theirs in
 * the rows given): the sessions of those groups held that they came to, out of all those held,
 * overall and per group. A session counts once however many rows it has.
 */
export function residentAttendance(residentId: string, sessions: readonly HeldSession[], rows: readonly Attendance[]): ResidentAttendance {
  const theirs = rows.filter((row) => row.residentId === residentId);
  const attendedKeys = new Set(theirs.map((row) => row.occurrenceKey));
  const byGroup = new Map<string, { attended: number; offered: number }>();
  for (const row of theirs) if (!byGroup.has(row.groupId)) byGroup.set(row.groupId, { attended: 0, offered: 0 });
  let attended = 0;
  let offered = 0;
  for (const session of sessions) {
    const group = byGroup.get(session.groupId);
    if (!group) continue;
    group.offered += 1;
    offered += 1;
    if (attendedKeys.has(session.key)) {
      group.attended += 1;
      attended += 1;
    }
  }
  return {
    attended,
    offered,
    rate: attendanceRate(attended, offered),
    byGroup: [...byGroup].map(([groupId, counts]) => ({ groupId, ...counts, rate: attendanceRate(counts.attended, counts.offered) })),
  };
}

export interface WeekTotal {
  /** The Monday the week starts on, YYYY-MM-DD. */
  weekStart: string;
  tapIns: number;
  sessionsHeld: number;
}

/** The Monday on or before a date. */
export function mondayOf(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Sessions held and the tap-ins at them per week (Monday to Sunday) from `fromDate` to `toDate`, every week shown, empty ones too. */
export function weeklyTotals(fromDate: string, toDate: string, sessions: readonly HeldSession[], rows: readonly Attendance[]): WeekTotal[] {
  if (fromDate > toDate) return [];
  const weeks = new Map<string, WeekTotal>();
  for (let week = mondayOf(fromDate); week <= toDate; week = addDays(week, 7)) weeks.set(week, { weekStart: week, tapIns: 0, sessionsHeld: 0 });
  const inRange = (date: string) => date >= fromDate && date <= toDate;
  for (const session of sessions) if (inRange(session.date)) (weeks.get(mondayOf(session.date)) as WeekTotal).sessionsHeld += 1;
  for (const row of tapInsAtHeld(sessions, rows)) if (inRange(row.date)) (weeks.get(mondayOf(row.date)) as WeekTotal).tapIns += 1;
  return [...weeks.values()];
}
