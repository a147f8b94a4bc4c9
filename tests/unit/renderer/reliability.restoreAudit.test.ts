import { describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries, recordHearthEventOnce } from '../../../renderer/src/db/repositories/audit';

/*
 * Main reports a store file it put back from its last good copy at every start of the wall until
 * main itself restarts; the audit log must say so once per restore, with Hearth as the author.
 */

describe('a restored store file in the audit log', () => {
  it('is written once, however often the wall starts while main still reports it', async () => {
    await db.auditLog.clear();
    const at = Date.UTC(2026, 2, 10, 9, 0, 0);
    await recordHearthEventOnce('recovery.restoredFromBackup', 'staff.json', at);
    await recordHearthEventOnce('recovery.restoredFromBackup', 'staff.json', at);
    await Promise.all([
      recordHearthEventOnce('recovery.restoredFromBackup', 'staff.json', at),
      recordHearthEventOnce('recovery.restoredFromBackup', 'staff.json', at),
    ]);
    const { entries } = await listAuditEntries(0);
    expect(entries).toEqual([
      expect.objectContaining({ at, staffId: 'hearth', staffName: 'Hearth', action: 'recovery.restoredFromBackup', detail: 'staff.json' }),
    ]);
  });

  it('keeps each restore: another file, or the same file restored again later', async () => {
    await db.auditLog.clear();
    const at = Date.UTC(2026, 2, 10, 9, 0, 0);
    await recordHearthEventOnce('recovery.restoredFromBackup', 'staff.json', at);
    await recordHearthEventOnce('recovery.restoredFromBackup', 'settings.json', at);
    await recordHearthEventOnce('recovery.restoredFromBackup', 'staff.json', at + 60_000);
    expect((await listAuditEntries(0)).entries.map((e) => e.detail)).toEqual(['staff.json', 'staff.json', 'settings.json']);
  });
});
