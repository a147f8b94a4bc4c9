import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { UNDO_WINDOW_MS, tapIn, undoTapIn } from '../../../renderer/src/db/repositories/attendance';
import { makeGroup } from '../shared/scheduleFixtures';

const SESSION = 'walk@2026-03-10';
const T0 = new Date('2026-03-10T09:50:00').getTime();

beforeEach(async () => {
  await db.attendance.clear();
  await db.auditLog.clear();
  await db.groups.clear();
  await db.groups.add(
    makeGroup({
      id: 'walk', title: { en: 'Morning walk', es: 'Paseo' }, description: { en: '', es: '' }, audience: { en: '', es: '' },
      pictogram: 'walk', colour: 'teal', room: 'Garden', facilitator: 'Ana', startTime: '10:00', durationMinutes: 45, rrule: 'FREQ=DAILY', createdAt: T0, updatedAt: T0,
    }),
  );
});

describe('"Not you? Undo" cannot erase who came', () => {
  it('after a tap for someone already in, undo leaves their earlier tap-in', async () => {
    // Reproduction: the resident taps in; later a bystander taps the same symbol, then "Not you? Undo".
    const earlier = await tapIn(SESSION, 'r1', 'symbol', T0);
    const bystander = await tapIn(SESSION, 'r1', 'symbol', T0 + 60_000);
    expect(bystander.kind).toBe('already');
    expect(bystander.tap.attendanceId).toBeNull();

    await undoTapIn(bystander.tap, T0 + 61_000);

    const rows = await db.attendance.toArray();
    expect(rows.map((r) => r.id)).toEqual([earlier.kind === 'recorded' ? earlier.attendanceId : 'missing']);
    expect(rows[0]).toMatchObject({ residentId: 'r1', at: T0, method: 'symbol' });
  });

  it('undo removes only the row this tap added', async () => {
    await tapIn(SESSION, 'r2', 'symbol', T0);
    const mine = await tapIn(SESSION, 'r1', 'symbol', T0 + 1_000);
    await undoTapIn(mine.tap, T0 + 2_000);
    expect((await db.attendance.toArray()).map((r) => r.residentId)).toEqual(['r2']);
  });

  it('every undo is noted in the audit log, with the session and no name, whether or not a row went', async () => {
    await tapIn(SESSION, 'res_ana', 'symbol', T0);
    const again = await tapIn(SESSION, 'res_ana', 'symbol', T0 + 1_000);
    const fresh = await tapIn(SESSION, 'res_ben', 'symbol', T0 + 2_000);
    await undoTapIn(again.tap, T0 + 3_000);
    await undoTapIn(fresh.tap, T0 + 4_000);

    const log = await db.auditLog.orderBy('at').toArray();
    expect(log.map(({ at, staffName, action, detail }) => ({ at, staffName, action, detail }))).toEqual([
      { at: T0 + 3_000, staffName: 'Hearth', action: 'records.tapInUndone', detail: 'Morning walk · 2026-03-10' },
      { at: T0 + 4_000, staffName: 'Hearth', action: 'records.tapInUndone', detail: 'Morning walk · 2026-03-10' },
    ]);
    // The log's own ids are random letters and digits, so the residents here carry ids no random id can contain.
    expect(JSON.stringify(log)).not.toMatch(/res_ana|res_ben/);
  });

  it('an undo after the minute is up changes nothing and is not noted', async () => {
    const mine = await tapIn(SESSION, 'r1', 'symbol', T0);
    expect(await undoTapIn(mine.tap, T0 + UNDO_WINDOW_MS + 1)).toEqual({ kind: 'too-late' });
    expect(await db.attendance.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(0);
  });
});
