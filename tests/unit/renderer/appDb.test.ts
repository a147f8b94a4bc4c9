import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB } from '../../../renderer/src/db/AppDB';

let n = 0;
const freshDb = () => new AppDB(`hearth-test-${++n}`);

describe('the app database', () => {
  it('has every table the design gives the renderer', async () => {
    const db = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['attendance', 'auditLog', 'boards', 'exceptions', 'groups', 'residents', 'reviewItems', 'shares'].sort(),
    );
    db.close();
  });

  it('opens with strict transaction durability', () => {
    const db = freshDb();
    expect((db as unknown as { _options: { chromeTransactionDurability: string } })._options.chromeTransactionDurability).toBe('strict');
  });

  it('refuses a second attendance row for the same resident and occurrence', async () => {
    const db = freshDb();
    const row = { occurrenceKey: 'g1@2026-03-10', groupId: 'g1', date: '2026-03-10', residentId: 'r1', at: 1, method: 'symbol' as const };
    await db.attendance.add({ id: 'a1', ...row });
    await expect(db.attendance.add({ id: 'a2', ...row })).rejects.toBeInstanceOf(Dexie.ConstraintError);
    expect(await db.attendance.count()).toBe(1);
  });
});
