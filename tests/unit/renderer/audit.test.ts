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
    for (let i = 0; i < 25; i += 1) await audit.recordStaffAction(sam, 'staff.settingsChanged', `entry ${i}`, 5_000 + Math.floor(i / 5));
    const first = await audit.listAuditEntries(0, 10);
    expect(first.entries.map((e) => e.detail)).toEqual(Array.from({ length: 10 }, (_, i) => `entry ${24 - i}`));
    expect(first.hasMore).toBe(true);
    const last = await audit.listAuditEntries(2, 10);
    expect(last.entries.map((e) => e.detail)).toEqual(['entry 4', 'entry 3', 'entry 2', 'entry 1', 'entry 0']);
    expect(last.hasMore).toBe(false);
  });

  it('offers no way to remove an entry, and one way to change one: forgetting a deleted resident', () => {
    expect(Object.keys(audit).filter((name) => typeof (audit as Record<string, unknown>)[name] === 'function').sort()).toEqual([
      'auditEntry',
      'forgetResidentName',
      'listAuditEntries',
      'recordHearthEventOnce',
      'recordStaffAction',
    ]);
  });

  it('forgets a deleted resident by blanking their name as a whole word, and changes nothing else', async () => {
    await audit.recordStaffAction(sam, 'records.attendanceAdded', 'Al Reyes · Morning check-in · 2026-03-10', 1_000);
    await audit.recordStaffAction(sam, 'records.attendanceRemoved', 'al reyes · Walk · 2026-03-11; Al Reyes again', 2_000);
    await audit.recordStaffAction(sam, 'records.attendanceAdded', 'Alan Reyesworth · Walk · 2026-03-11', 3_000);
    await audit.recordStaffAction({ staffId: 'staff-al', name: 'Al Reyes' }, 'staff.unlocked', '', 4_000);
    expect(await audit.forgetResidentName('Al Reyes')).toBe(2);
    const { entries } = await audit.listAuditEntries(0);
    expect(entries.map((e) => e.detail)).toEqual(['', 'Alan Reyesworth · Walk · 2026-03-11', '— · Walk · 2026-03-11; — again', '— · Morning check-in · 2026-03-10']);
    // Who did what stays: staff names are not residents'.
    expect(entries[0]?.staffName).toBe('Al Reyes');
    expect(await audit.forgetResidentName('   ')).toBe(0);
  });
});
