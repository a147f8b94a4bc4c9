import { beforeEach, describe, expect, it } from 'vitest';
import * as audit from '../../../renderer/src/db/repositories/audit';
import { db } from '../../../renderer/src/db/db';

const sam = { staffId: 'staff-sam', name: 'Sam' };

describe('the audit log', () => {
  beforeEach(async () => {
    await db.auditLog.clear();
  });

  it('records who did what, and when', async () => {
    await audit.recordStaffAction(sam, 'staff.settingsChanged', 'houseName → Maple House', 1_000);
    const { entries } = await audit.listAuditEntries(0);
    expect(entries).toEqual([
      { id: expect.any(String), at: 1_000, staffId: 'staff-sam', staffName: 'Sam', action: 'staff.settingsChanged', detail: 'houseName → Maple House' },
    ]);
  });

  it('lists newest first, keeping the order of entries written in the same millisecond, page by page', async () => {
    for (let i = 0; i < 25; i += 1) await audit.recordStaffAction(sam, 'staff.test', `entry ${i}`, 5_000 + Math.floor(i / 5));
    const first = await audit.listAuditEntries(0, 10);
    expect(first.entries.map((e) => e.detail)).toEqual(Array.from({ length: 10 }, (_, i) => `entry ${24 - i}`));
    expect(first.hasMore).toBe(true);
    const last = await audit.listAuditEntries(2, 10);
    expect(last.entries.map((e) => e.detail)).toEqual(['entry 4', 'entry 3', 'entry 2', 'entry 1', 'entry 0']);
    expect(last.hasMore).toBe(false);
  });

  it('offers no way to change or remove an entry', () => {
    expect(Object.keys(audit).filter((name) => typeof (audit as Record<string, unknown>)[name] === 'function').sort()).toEqual([
      'auditEntry',
      'listAuditEntries',
      'recordHearthEventOnce',
      'recordStaffAction',
    ]);
  });
});
