import type { Page } from '@playwright/test';
import { auditRows, dumpTables, heldShare, putRows, waitForExampleHouse, type Dump } from './admin-records';
import { test, expect } from './fixtures';
import { saveSealedBackup, setPassphraseViaBridge } from './backups';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T15:00:00');
const EMPTY_BACKUP = JSON.stringify({
  format: 'hearth-backup',
  schemaVersion: 1,
  createdAt: '2026-03-01T12:00:00.000Z',
  tables: { groups: [], exceptions: [], residents: [], attendance: [], boards: [], shares: [], reviewItems: [], auditLog: [] },
});

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await waitForExampleHouse(page);
  // Something in every table, beyond the example house.
  const held = heldShare({ id: 'held-one', boardId: 'board-helped', text: 'Tea, "quotes", ñ and\na new line.', reasons: ['pre-moderation'], priority: 4, now: NOW.getTime() });
  await putRows(page, {
    shares: [held.share],
    reviewItems: [held.item, { id: 'ask-1', kind: 'quiet-request', priority: 1, state: 'open', createdAt: NOW.getTime() - 60_000 }],
    attendance: [
      { id: 'tap-1', occurrenceKey: 'morning-check-in@2026-03-10', groupId: 'morning-check-in', date: '2026-03-10', residentId: 'resident-2', at: NOW.getTime() - 19_800_000, method: 'symbol+code' },
      { id: 'tap-2', occurrenceKey: 'morning-check-in@2026-03-10', groupId: 'morning-check-in', date: '2026-03-10', at: NOW.getTime() - 19_700_000, method: 'headcount' },
    ],
  });
  await unlockStaff(page, DEMO_STAFF);
  await setPassphraseViaBridge(page);
  await openStaffArea(page, 'Backup and restore');
});

/** Chooses a file in the preview's upload dialog: the app asks, the test answers. */
async function chooseFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

async function restore(page: Page, name: string, text: string) {
  await chooseFile(page, name, text);
  await expect(page.getByTestId('backup-chosen')).toContainText(`Backup file: ${name}`);
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Replace everything with this backup?' });
  await expect(dialog).toContainText('Settings and staff PINs stay as they are.');
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
}

/** A saved backup is sealed: the test opens it with the passphrase, and restores it as a plain file made before backups were sealed. */
async function saveBackup(page: Page): Promise<string> {
  const { name, sealed, text } = await saveSealedBackup(page);
  expect(name).toBe('hearth-backup-2026-03-10.hearth');
  expect(sealed).not.toContain('Desmond');
  return text;
}

const withoutAudit = (dump: Dump) => ({ ...dump, auditLog: [] });

test('backup, wipe and restore give back identical data, and the audit log lists each step', async ({ page }) => {
  const before = await dumpTables(page);
  expect(before.attendance.length).toBeGreaterThan(0);
  expect(before.auditLog.map((e) => e.action)).toEqual(['staff.unlocked']);
  const text = await saveBackup(page);
  await expect(page.getByTestId('backup-notice')).toHaveText(/^Backup saved: \d+ records\.$/);

  // Wipe: restore a valid backup that holds nothing. The audit log is never part of a restore.
  await restore(page, 'empty.json', EMPTY_BACKUP);
  await expect(page.getByTestId('backup-notice')).toHaveText('Restored: 0 records.');
  const wiped = await dumpTables(page);
  expect(Object.values(withoutAudit(wiped)).every((rows) => rows.length === 0)).toBe(true);
  expect(wiped.auditLog.map((e) => e.action)).toEqual(['staff.unlocked', 'records.backupSaved', 'records.backupRestored']);

  await restore(page, 'hearth-backup-2026-03-10.json', text);
  const rows = Object.values(withoutAudit(before)).reduce((sum, table) => sum + table.length, 0);
  await expect(page.getByTestId('backup-notice')).toHaveText(`Restored: ${rows} records.`);
  const after = await dumpTables(page);
  expect(withoutAudit(after)).toEqual(withoutAudit(before));
  // The log is kept as it was, with each restore added.
  expect(after.auditLog.slice(0, 3)).toEqual(wiped.auditLog);
  expect(after.auditLog.slice(3)).toEqual([expect.objectContaining({ action: 'records.backupRestored', staffName: DEMO_STAFF.name })]);

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).nth(0)).toContainText(/Restored from a backup\s*made on March 10, 2026 at 3:00 PM · hearth-backup-2026-03-10\.json/);
  await expect(auditRows(page).nth(1)).toContainText(/Restored from a backup\s*made on March 1, 2026 at \d+:00 [AP]M · empty\.json · 0 records/);
  await expect(auditRows(page).nth(2)).toContainText('Saved a backup');
  await expect(auditRows(page).nth(3)).toContainText('Opened staff mode');
});

test('a corrupt, foreign or newer backup changes nothing and says why', async ({ page }) => {
  const text = await saveBackup(page);
  const before = await dumpTables(page);
  const file = JSON.parse(text);

  await chooseFile(page, 'notes.txt', 'Shopping: milk, bread');
  await expect(page.getByTestId('backup-notice')).toHaveText('This file is not a Hearth backup: it is not the right kind of file. Nothing was changed.');

  await chooseFile(page, 'cut.json', text.slice(0, Math.floor(text.length / 2)));
  await expect(page.getByTestId('backup-notice')).toHaveText('This file is not a Hearth backup: it is not the right kind of file. Nothing was changed.');

  await chooseFile(page, 'other.json', JSON.stringify({ format: 'someone-else', tables: {} }));
  await expect(page.getByTestId('backup-notice')).toHaveText('This file is not a Hearth backup. Nothing was changed.');

  await chooseFile(page, 'newer.json', JSON.stringify({ ...file, schemaVersion: 3 }));
  await expect(page.getByTestId('backup-notice')).toHaveText('This backup comes from a newer version of Hearth (format 3). Please update Hearth first. Nothing was changed.');

  file.tables.attendance[1].method = 'teleport';
  await chooseFile(page, 'damaged.json', JSON.stringify(file));
  await expect(page.getByTestId('backup-notice')).toHaveText('This backup is damaged: record 2 of the attendance records is not valid (method). Nothing was changed.');
  await expect(page.getByTestId('backup-chosen')).toHaveCount(0);

  expect(await dumpTables(page)).toEqual(before);
});

test('choosing a backup shows what it holds, and cancelling keeps everything as it is', async ({ page }) => {
  const text = await saveBackup(page);
  const before = await dumpTables(page);
  await chooseFile(page, 'mine.json', text);
  const chosen = page.getByTestId('backup-chosen');
  await expect(chosen).toContainText('Made on March 10, 2026 at 3:00 PM. It holds:');
  await expect(chosen.getByRole('row', { name: 'attendance records' })).toContainText('2');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(chosen).toHaveCount(0);
  expect(await dumpTables(page)).toEqual(before);
});
