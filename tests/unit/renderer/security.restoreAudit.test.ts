import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, makeBackup, parseBackup, type BackupTables } from '../../../shared/backup';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries, recordStaffAction } from '../../../renderer/src/db/repositories/audit';
import { exportBackup, restoreBackup } from '../../../renderer/src/db/repositories/backup';
import { sampleTables } from '../shared/backupFixtures';

const NOW = Date.UTC(2026, 2, 10, 12);
const SAM = { staffId: 'staff-1', name: 'Sam' };

beforeEach(async () => {
  await db.transaction('rw', BACKUP_TABLES.map((name) => db.table(name)), async () => {
    for (const name of BACKUP_TABLES) await db.table(name).clear();
  });
});

const logNow = async () => (await db.auditLog.orderBy('at').toArray()).map(({ id, at, staffName, action, detail }) => ({ id, at, staffName, action, detail }));

describe('a restore and the audit log', () => {
  it('never erases the log: restoring a backup whose log is empty keeps every entry and adds one', async () => {
    // Reproduction: make a backup, let staff do things, restore a backup with an empty log.
    await recordStaffAction(SAM, 'staff.unlocked', '', NOW - 3_000);
    await recordStaffAction(SAM, 'records.shareRemoved', 'a share', NOW - 2_000);
    const before = await logNow();
    const emptied: BackupTables = { ...sampleTables(), auditLog: [] };

    await restoreBackup(makeBackup(emptied, NOW - 86_400_000), undefined, undefined, { by: SAM, detail: 'made on 9 March 2026' }, NOW);

    const after = await logNow();
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ at: NOW, staffName: 'Sam', action: 'records.backupRestored', detail: 'made on 9 March 2026' });
  });

  it('never rewrites the log: entries edited or forged in the file are not written back', async () => {
    // Reproduction: save a backup, edit its audit log (change what an entry says, add a false one), restore.
    await recordStaffAction(SAM, 'records.attendanceRemoved', 'Art club, 2 March', NOW - 5_000);
    const backup = await exportBackup(NOW - 4_000);
    const [real] = backup.tables.auditLog;
    const forged = {
      ...backup,
      tables: {
        ...backup.tables,
        auditLog: [
          { ...real!, detail: 'nothing happened' },
          { id: '000000000-0000-forged', at: NOW - 9_000, staffId: 'staff-2', staffName: 'Someone else', action: 'staff.unlocked', detail: '' },
        ],
      },
    };
    const parsed = parseBackup(JSON.stringify(forged));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    await restoreBackup(parsed.backup, undefined, undefined, { by: SAM, detail: 'restored' }, NOW);

    const after = await db.auditLog.orderBy('at').toArray();
    expect(after.map((e) => e.detail)).toEqual(['Art club, 2 March', 'restored']);
    expect(after.some((e) => e.staffName === 'Someone else')).toBe(false);
  });

  it('puts back every other table, and shows the restore as the newest entry', async () => {
    await recordStaffAction(SAM, 'staff.unlocked', '', NOW - 1_000);
    const done = await restoreBackup(makeBackup(sampleTables(), NOW - 60_000), undefined, undefined, { by: SAM, detail: 'made on 10 March' }, NOW);

    const sample = sampleTables();
    expect(done.total).toBe(Object.values(sample).reduce((sum, rows) => sum + rows.length, 0) - sample.auditLog.length);
    expect(await db.groups.count()).toBe(sample.groups.length);
    const page = await listAuditEntries(0);
    expect(page.entries.map((e) => e.action)).toEqual(['records.backupRestored', 'staff.unlocked']);
  });

  it('adds nothing to the log when the restore fails and rolls back', async () => {
    await recordStaffAction(SAM, 'staff.unlocked', '', NOW - 1_000);
    const before = await logNow();
    const tables = sampleTables();
    // Passes each row's schema but breaks a unique index, so the database refuses it half-way.
    tables.residents = [...tables.residents, { ...tables.residents[0]!, id: 'r-3' }];
    await expect(restoreBackup(makeBackup(tables, NOW), undefined, undefined, { by: SAM, detail: 'x' }, NOW)).rejects.toThrow();
    expect(await logNow()).toEqual(before);
  });
});
