import Dexie from 'dexie';
import type { Attendance } from '../../../../shared/model';
import { addDays, localDateOf } from '../../../../shared/schedule/localTime';
import { parseOccurrenceKey } from '../../../../shared/schedule/occurrence';
import { db } from '../db';
import { HEARTH_ITSELF, auditEntry } from './audit';

/** How long a resident may take back a tap-in made by mistake ("Not you? Undo"). */
export const UNDO_WINDOW_MS = 60_000;

export type TapInMethod = 'symbol' | 'symbol+code' | 'headcount';

/** One tap at the wall, as "Not you? Undo" needs it: what it wrote, if anything, and when. */
export interface WallTap {
  occurrenceKey: string;
  /** The row this tap added; null when the resident was already in and the tap wrote nothing new. */
  attendanceId: string | null;
  at: number;
}

export type TapInResult =
  | { kind: 'recorded'; attendanceId: string; count: number; tap: WallTap }
  /** This resident was already in for this session: nothing new is written. */
  | { kind: 'already'; count: number; tap: WallTap };

export type UndoResult =
  | { kind: 'undone'; count: number }
  /** More than UNDO_WINDOW_MS passed: whatever the tap wrote stays. */
  | { kind: 'too-late' };

/**
 * Records that someone is here for an occurrence. A resident is recorded once per occurrence,
 * however often or however fast they tap; a headcount tap (`residentId` null) identifies nobody
 * and always adds one.
 */
export async function tapIn(occurrenceKey: string, residentId: string | null, method: TapInMethod, now = Date.now()): Promise<TapInResult> {
  if ((method === 'headcount') !== (residentId === null)) {
    throw new RangeError('A headcount tap-in has no resident; every other tap-in has one.');
  }
  return record(occurrenceKey, residentId, method, now);
}

/** Staff mode: marks a resident as present after the fact. */
export async function addAttendance(occurrenceKey: string, residentId: string, now = Date.now()): Promise<TapInResult> {
  return record(occurrenceKey, residentId, 'staff', now);
}

async function record(occurrenceKey: string, residentId: string | null, method: Attendance['method'], now: number): Promise<TapInResult> {
  const occurrence = parseOccurrenceKey(occurrenceKey);
  if (!occurrence) throw new RangeError(`Not an occurrence key: "${occurrenceKey}".`);
  try {
    // Check and write in one read-write transaction: IndexedDB runs overlapping ones one after
    // another, so two taps can never both see "not yet in". The unique index is the backstop.
    return await db.transaction('rw', db.attendance, async () => {
      if (residentId !== null) {
        const existing = await db.attendance.where('[occurrenceKey+residentId]').equals([occurrenceKey, residentId]).first();
        if (existing) {
          // The same work as a new tap-in (one row written back as it was), so the wall answers
          // just as fast whether or not this resident was already in.
          await db.attendance.put(existing);
          return { kind: 'already', count: await countFor(occurrenceKey), tap: { occurrenceKey, attendanceId: null, at: now } } as const;
        }
      }
      const row: Attendance = {
        id: crypto.randomUUID(),
        occurrenceKey,
        groupId: occurrence.groupId,
        date: occurrence.originalDate,
        at: now,
        method,
        ...(residentId === null ? {} : { residentId }),
      };
      await db.attendance.add(row);
      return { kind: 'recorded', attendanceId: row.id, count: await countFor(occurrenceKey), tap: { occurrenceKey, attendanceId: row.id, at: now } } as const;
    });
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) {
      return { kind: 'already', count: await countFor(occurrenceKey), tap: { occurrenceKey, attendanceId: null, at: now } };
    }
    throw error;
  }
}

/**
 * "Not you? Undo", within UNDO_WINDOW_MS of the tap: removes the row that tap added and nothing
 * else, so an earlier tap-in (or one staff added) always stays. Every undo is noted in the audit
 * log, without a name, so taking taps back at the wall never goes unseen.
 */
export async function undoTapIn(tap: WallTap, now = Date.now()): Promise<UndoResult> {
  if (now - tap.at > UNDO_WINDOW_MS || now < tap.at) return { kind: 'too-late' };
  const session = parseOccurrenceKey(tap.occurrenceKey);
  if (!session) throw new RangeError(`Not an occurrence key: "${tap.occurrenceKey}".`);
  return db.transaction('rw', [db.attendance, db.auditLog, db.groups], async () => {
    const row = tap.attendanceId === null ? undefined : await db.attendance.get(tap.attendanceId);
    if (row && row.method !== 'staff' && row.occurrenceKey === tap.occurrenceKey) await db.attendance.delete(row.id);
    const group = await db.groups.get(session.groupId);
    await db.auditLog.add(auditEntry(HEARTH_ITSELF, 'records.tapInUndone', `${group?.title.en ?? session.groupId} · ${session.originalDate}`, now));
    return { kind: 'undone', count: await countFor(tap.occurrenceKey) } as const;
  });
}

/** How many are here: residents and headcount taps together. */
export function countFor(occurrenceKey: string): Promise<number> {
  return db.attendance.where('occurrenceKey').equals(occurrenceKey).count();
}

/** Staff mode: removes one attendance row, whenever it was made. */
export async function removeAttendance(attendanceId: string): Promise<boolean> {
  return db.transaction('rw', db.attendance, async () => {
    if (!(await db.attendance.get(attendanceId))) return false;
    await db.attendance.delete(attendanceId);
    return true;
  });
}

/** Staff mode: who came to one occurrence, in the order they tapped in. */
export async function attendanceForOccurrence(occurrenceKey: string): Promise<Attendance[]> {
  return db.attendance.where('occurrenceKey').equals(occurrenceKey).sortBy('at');
}

/** Staff mode: one resident's attendance between two dates (YYYY-MM-DD, both included), oldest first. */
export async function attendanceForResident(residentId: string, fromDate: string, toDate: string): Promise<Attendance[]> {
  if (fromDate > toDate) return [];
  const rows = await db.attendance
    .where('[residentId+date]')
    .between([residentId, fromDate], [residentId, toDate], true, true)
    .toArray();
  return rows.sort(byDateThenTime);
}

/** Staff mode: every attendance row between two dates (YYYY-MM-DD, both included), oldest first. */
export async function attendanceBetween(fromDate: string, toDate: string): Promise<Attendance[]> {
  if (fromDate > toDate) return [];
  const rows = await db.attendance.where('date').between(fromDate, toDate, true, true).toArray();
  return rows.sort(byDateThenTime);
}

/** Deletes every row of an occurrence dated before `date` (YYYY-MM-DD); returns how many went. */
export function purgeAttendanceBefore(date: string): Promise<number> {
  return db.attendance.where('date').below(date).delete();
}

/** The first date still kept when attendance is kept for `retentionDays` days, in the house's local dates. */
export function attendanceCutoffDate(retentionDays: number, now = Date.now()): string {
  return addDays(localDateOf(now), -retentionDays);
}

function byDateThenTime(a: Attendance, b: Attendance): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at;
}
