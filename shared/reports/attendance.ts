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

/** What the schedule put on a day, as far as reports need it. */
export interface ScheduledSession {
  key: string;
  groupId: string;
  originalDate: string;
  status: 'scheduled' | 'cancelled' | 'moved';
  startMs: number;
}

/**
 * The sessions held: every session the schedule put in the range that was not cancelled and had
 * started by `nowMs`, and every session someone tapped in to (a retired group's, or one tapped in
 * to before staff cancelled it). Each once, by date then key.
 */
export function sessionsHeld(scheduled: readonly ScheduledSession[], rows: readonly Attendance[], nowMs: number): HeldSession[] {
  const held = new Map<string, HeldSession>();
  for (const session of scheduled) {
    if (session.status === 'cancelled' || session.startMs > nowMs) continue;
    held.set(session.key, { key: session.key, groupId: session.groupId, date: session.originalDate });
  }
  for (const row of rows) {
    if (!held.has(row.occurrenceKey)) held.set(row.occurrenceKey, { key: row.occurrenceKey, groupId: row.groupId, date: row.date });
  }
  return [...held.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface GroupSummary {
  groupId: string;
  sessionsHeld: number;
  /** Every tap-in, named or headcount. */
  tapIns: number;
  /** Tap-ins per session held; null when none was held. */
  averagePerSession: number | null;
}

/** Per group: sessions held, tap-ins and the average per session. In the order groups first appear. */
export function summaryByGroup(sessions: readonly HeldSession[], rows: readonly Attendance[]): GroupSummary[] {
  const byGroup = new Map<string, { sessions: number; tapIns: number }>();
  const entry = (groupId: string) => {
    let found = byGroup.get(groupId);
    if (!found) byGroup.set(groupId, (found = { sessions: 0, tapIns: 0 }));
    return found;
  };
  for (const session of sessions) entry(session.groupId).sessions += 1;
  for (const row of rows) entry(row.groupId).tapIns += 1;
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
  /** Per group that held a session in the range, in the order groups first appear. */
  byGroup: (ResidentRate & { groupId: string })[];
}

/**
 * One resident's attendance rate: the sessions they came to out of the sessions held, overall and
 * per group. A session counts once however many rows it has.
 */
export function residentAttendance(residentId: string, sessions: readonly HeldSession[], rows: readonly Attendance[]): ResidentAttendance {
  const attendedKeys = new Set(rows.filter((row) => row.residentId === residentId).map((row) => row.occurrenceKey));
  const byGroup = new Map<string, { attended: number; offered: number }>();
  for (const session of sessions) {
    let group = byGroup.get(session.groupId);
    if (!group) byGroup.set(session.groupId, (group = { attended: 0, offered: 0 }));
    group.offered += 1;
    if (attendedKeys.has(session.key)) group.attended += 1;
  }
  const attended = sessions.filter((s) => attendedKeys.has(s.key)).length;
  return {
    attended,
    offered: sessions.length,
    rate: attendanceRate(attended, sessions.length),
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

/** Tap-ins and sessions held per week (Monday to Sunday) from `fromDate` to `toDate`, every week shown, empty ones too. */
export function weeklyTotals(fromDate: string, toDate: string, sessions: readonly HeldSession[], rows: readonly Attendance[]): WeekTotal[] {
  if (fromDate > toDate) return [];
  const weeks = new Map<string, WeekTotal>();
  for (let week = mondayOf(fromDate); week <= toDate; week = addDays(week, 7)) weeks.set(week, { weekStart: week, tapIns: 0, sessionsHeld: 0 });
  const inRange = (date: string) => date >= fromDate && date <= toDate;
  for (const session of sessions) if (inRange(session.date)) (weeks.get(mondayOf(session.date)) as WeekTotal).sessionsHeld += 1;
  for (const row of rows) if (inRange(row.date)) (weeks.get(mondayOf(row.date)) as WeekTotal).tapIns += 1;
  return [...weeks.values()];
}
