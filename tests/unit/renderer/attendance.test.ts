import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '../../../renderer/src/db/db';
import {
  UNDO_WINDOW_MS,
  addAttendance,
  attendanceBetween,
  attendanceCutoffDate,
  attendanceForOccurrence,
  attendanceForResident,
  countFor,
  purgeAttendanceBefore,
  removeAttendance,
  tapIn,
  undoTapIn,
} from '../../../renderer/src/db/repositories/attendance';

const MORNING = 'walk@2026-03-10';
const EVENING = 'music@2026-03-10';
const T0 = new Date('2026-03-10T09:50:00').getTime();

beforeEach(async () => {
  await db.attendance.clear();
});

describe('tapping in', () => {
  it('records a resident once and says how many are here', async () => {
    const result = await tapIn(MORNING, 'r1', 'symbol', T0);
    expect(result).toMatchObject({ kind: 'recorded', count: 1 });
    const rows = await db.attendance.toArray();
    expect(rows).toEqual([
      {
        id: result.kind === 'recorded' ? result.attendanceId : '',
        occurrenceKey: MORNING,
        groupId: 'walk',
        date: '2026-03-10',
        residentId: 'r1',
        at: T0,
        method: 'symbol',
      },
    ]);
  });

  it('answers a second tap by the same resident kindly and writes nothing new', async () => {
    await tapIn(MORNING, 'r1', 'symbol', T0);
    expect(await tapIn(MORNING, 'r1', 'symbol+code', T0 + 1000)).toMatchObject({ kind: 'already', count: 1 });
    expect(await db.attendance.count()).toBe(1);
  });

  it('keeps exactly one row when the same resident taps twenty times at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => tapIn(MORNING, 'r1', 'symbol', T0 + i)));
    expect(results.filter((r) => r.kind === 'recorded')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'already')).toHaveLength(19);
    expect(await db.attendance.where('occurrenceKey').equals(MORNING).count()).toBe(1);
    for (const r of results) expect(r.count).toBe(1);
  });

  it('records each resident once however concurrent taps of several residents interleave', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('r1', 'r2', 'r3', 'r4'), { minLength: 1, maxLength: 30 }), async (taps) => {
        await db.attendance.clear();
        const results = await Promise.all(taps.map((resident) => tapIn(MORNING, resident, 'symbol', T0)));
        const residents = new Set(taps);
        expect(results.filter((r) => r.kind === 'recorded')).toHaveLength(residents.size);
        const rows = await db.attendance.toArray();
        expect(rows.map((r) => r.residentId).sort()).toEqual([...residents].sort());
      }),
      { numRuns: 25 },
    );
  });

  it('records the same resident separately for different sessions', async () => {
    await tapIn(MORNING, 'r1', 'symbol', T0);
    expect(await tapIn(EVENING, 'r1', 'symbol', T0)).toMatchObject({ kind: 'recorded', count: 1 });
    expect(await db.attendance.count()).toBe(2);
  });

  it('stores no resident for a headcount tap and counts every tap', async () => {
    await tapIn(MORNING, null, 'headcount', T0);
    const second = await tapIn(MORNING, null, 'headcount', T0 + 1);
    expect(second).toMatchObject({ kind: 'recorded', count: 2 });
    const rows = await db.attendance.toArray();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).not.toHaveProperty('residentId');
      expect(row.method).toBe('headcount');
    }
  });

  it('counts residents and headcount taps together', async () => {
    await tapIn(MORNING, 'r1', 'symbol', T0);
    await tapIn(MORNING, null, 'headcount', T0);
    expect(await countFor(MORNING)).toBe(2);
    expect(await countFor(EVENING)).toBe(0);
  });

  it('refuses a headcount tap with a resident, a resident tap without one, and a malformed key', async () => {
    await expect(tapIn(MORNING, 'r1', 'headcount')).rejects.toThrow(RangeError);
    await expect(tapIn(MORNING, null, 'symbol')).rejects.toThrow(RangeError);
    await expect(tapIn('no-date-here', 'r1', 'symbol')).rejects.toThrow(RangeError);
    expect(await db.attendance.count()).toBe(0);
  });
});

describe('undoing a tap-in', () => {
  it('removes the row within a minute and gives the new count', async () => {
    await tapIn(MORNING, 'r2', 'symbol', T0);
    const mine = await tapIn(MORNING, 'r1', 'symbol', T0);
    if (mine.kind !== 'recorded') throw new Error('expected a new row');
    expect(await undoTapIn(mine.tap, T0 + UNDO_WINDOW_MS)).toEqual({ kind: 'undone', count: 1 });
    expect(await db.attendance.get(mine.attendanceId)).toBeUndefined();
  });

  it('refuses after the minute is up and keeps the row', async () => {
    const mine = await tapIn(MORNING, 'r1', 'symbol', T0);
    if (mine.kind !== 'recorded') throw new Error('expected a new row');
    expect(await undoTapIn(mine.tap, T0 + UNDO_WINDOW_MS + 1)).toEqual({ kind: 'too-late' });
    expect(await db.attendance.count()).toBe(1);
  });

  it('never removes a row staff added, even through a tap that names it', async () => {
    const added = await addAttendance(MORNING, 'r1', T0);
    if (added.kind !== 'recorded') throw new Error('expected a new row');
    expect(await undoTapIn(added.tap, T0 + 1)).toEqual({ kind: 'undone', count: 1 });
    expect(await db.attendance.count()).toBe(1);
  });

  it('answers alike when the row was already undone', async () => {
    const mine = await tapIn(MORNING, null, 'headcount', T0);
    if (mine.kind !== 'recorded') throw new Error('expected a new row');
    await undoTapIn(mine.tap, T0 + 1);
    expect(await undoTapIn(mine.tap, T0 + 2)).toEqual({ kind: 'undone', count: 0 });
  });

  it('lets the resident tap in again after undoing', async () => {
    const mine = await tapIn(MORNING, 'r1', 'symbol', T0);
    if (mine.kind !== 'recorded') throw new Error('expected a new row');
    await undoTapIn(mine.tap, T0 + 1);
    expect(await tapIn(MORNING, 'r1', 'symbol', T0 + 2)).toMatchObject({ kind: 'recorded', count: 1 });
  });
});

describe('attendance in staff mode', () => {
  it('adds a resident with the staff method, once', async () => {
    await tapIn(MORNING, 'r1', 'symbol', T0);
    expect(await addAttendance(MORNING, 'r1', T0 + 5)).toMatchObject({ kind: 'already', count: 1 });
    expect(await addAttendance(MORNING, 'r2', T0 + 5)).toMatchObject({ kind: 'recorded', count: 2 });
    const rows = await attendanceForOccurrence(MORNING);
    expect(rows.map((r) => [r.residentId, r.method])).toEqual([
      ['r1', 'symbol'],
      ['r2', 'staff'],
    ]);
  });

  it('removes any row, at any time', async () => {
    const added = await tapIn(MORNING, 'r1', 'symbol', T0 - 86_400_000);
    if (added.kind !== 'recorded') throw new Error('expected a new row');
    expect(await removeAttendance(added.attendanceId)).toBe(true);
    expect(await removeAttendance(added.attendanceId)).toBe(false);
    expect(await db.attendance.count()).toBe(0);
  });

  it("lists one resident's sessions between two dates, both included, oldest first", async () => {
    await tapIn('walk@2026-03-01', 'r1', 'symbol', 3);
    await tapIn('walk@2026-03-12', 'r1', 'symbol', 2);
    await tapIn('music@2026-03-05', 'r1', 'symbol', 1);
    await tapIn('walk@2026-03-05', 'r1', 'symbol', 4);
    await tapIn('walk@2026-03-05', 'r2', 'symbol', 5);
    await tapIn('walk@2026-03-13', 'r1', 'symbol', 6);
    const rows = await attendanceForResident('r1', '2026-03-01', '2026-03-12');
    expect(rows.map((r) => r.occurrenceKey)).toEqual(['walk@2026-03-01', 'music@2026-03-05', 'walk@2026-03-05', 'walk@2026-03-12']);
    expect(await attendanceForResident('r1', '2026-03-12', '2026-03-01')).toEqual([]);
  });

  it('lists every row between two dates, headcount included', async () => {
    await tapIn('walk@2026-02-28', 'r1', 'symbol', 1);
    await tapIn('walk@2026-03-01', null, 'headcount', 2);
    await tapIn('walk@2026-03-02', 'r2', 'symbol+code', 3);
    await tapIn('walk@2026-03-03', 'r3', 'symbol', 4);
    const rows = await attendanceBetween('2026-03-01', '2026-03-02');
    expect(rows.map((r) => [r.date, r.residentId ?? null])).toEqual([
      ['2026-03-01', null],
      ['2026-03-02', 'r2'],
    ]);
  });
});

describe('keeping attendance only as long as the house says', () => {
  it('deletes every row dated before the cut-off and keeps the rest', async () => {
    await tapIn('walk@2024-03-09', 'r1', 'symbol', 1);
    await tapIn('walk@2024-03-10', 'r1', 'symbol', 2);
    await tapIn('walk@2026-03-10', null, 'headcount', 3);
    expect(await purgeAttendanceBefore('2024-03-10')).toBe(1);
    expect((await db.attendance.toArray()).map((r) => r.date).sort()).toEqual(['2024-03-10', '2026-03-10']);
  });

  it('puts the cut-off the retention period before today, in local dates', () => {
    expect(attendanceCutoffDate(730, new Date('2026-03-10T00:30:00').getTime())).toBe('2024-03-10');
    expect(attendanceCutoffDate(30, new Date('2026-03-10T23:59:00').getTime())).toBe('2026-02-08');
  });
});
