import type { Page } from '@playwright/test';
import { auditRows, dumpTables } from './admin-records';
import { openBackupArea, saveSealedBackup } from './backups';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea } from './staff';

/**
 * The audit log promises that nothing in it can be changed or deleted. Reproduction of the problem
 * this guards against: save a backup, edit its "auditLog" (empty it, or rewrite an entry), and
 * restore it; the restore used to replace the log with the file's. Now a restore never writes the
 * file's log: it keeps the log as it is and adds "Restored from a backup made on …".
 */

test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T15:00:00');
const SHOTS = 'test-results/security-restore-audit';

async function chooseFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

async function saveBackup(page: Page): Promise<string> {
  return (await saveSealedBackup(page)).text;
}

test.beforeEach(async ({ page }) => {
  test.slow();
  await openBackupArea(page, NOW);
});

test('a restore never erases or rewrites the audit log, and adds which backup was restored', async ({ page }) => {
  await expect(page.getByTestId('audit-kept')).toHaveText(
    'A restore never changes the audit log here. The copy in a backup is only for reading. The log keeps everything, and adds a line saying which backup was restored.',
  );
  await page.screenshot({ path: `${SHOTS}/backup-area.png`, fullPage: true });

  const text = await saveBackup(page);
  const logBefore = (await dumpTables(page)).auditLog;
  expect(logBefore.map((e) => e.action)).toEqual(['staff.unlocked', 'records.backupSaved']);

  // The file's log is edited: the real entry says something else, and a false one is added.
  const file = JSON.parse(text) as { tables: { auditLog: Record<string, unknown>[] } };
  file.tables.auditLog = [
    { ...file.tables.auditLog[0], detail: 'nothing happened here' },
    { id: '000000000-0000-forged', at: NOW.getTime() - 86_400_000, staffId: 'someone', staffName: 'Someone else', action: 'staff.unlocked', detail: '' },
  ];
  await chooseFile(page, 'edited.json', JSON.stringify(file));
  const chosen = page.getByTestId('backup-chosen');
  await expect(chosen.getByRole('row', { name: /audit log entries/ })).toContainText('(only for reading: never put back)');
  await page.screenshot({ path: `${SHOTS}/backup-chosen.png`, fullPage: true });

  await page.getByRole('button', { name: 'Restore this backup' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Replace everything with this backup?' });
  await expect(dialog).toContainText('The audit log stays as it is, with a line added about this restore.');
  await page.screenshot({ path: `${SHOTS}/restore-confirm.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByTestId('backup-notice')).toHaveText(/^Restored: \d+ records\.$/);

  const logAfter = (await dumpTables(page)).auditLog;
  expect(logAfter.slice(0, -1)).toEqual(logBefore);
  expect(logAfter.at(-1)).toMatchObject({ action: 'records.backupRestored', staffName: DEMO_STAFF.name });
  expect(logAfter.some((e) => e.staffName === 'Someone else' || e.detail === 'nothing happened here')).toBe(false);

  // An empty log in the file erases nothing either.
  file.tables.auditLog = [];
  await chooseFile(page, 'emptied.json', JSON.stringify(file));
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByTestId('backup-notice')).toHaveText(/^Restored: \d+ records\.$/);
  expect((await dumpTables(page)).auditLog.slice(0, logAfter.length)).toEqual(logAfter);

  await openStaffArea(page, 'Audit log');
  await expect(page.getByText('Nothing here can be changed or deleted.')).toBeVisible();
  await expect(auditRows(page)).toHaveCount(4);
  await expect(auditRows(page).nth(0)).toContainText(/Restored from a backup\s*made on March 10, 2026 at 3:00 PM · emptied\.json/);
  await expect(auditRows(page).nth(1)).toContainText(/Restored from a backup\s*made on March 10, 2026 at 3:00 PM · edited\.json/);
  await expect(auditRows(page).nth(2)).toContainText('Saved a backup');
  await expect(auditRows(page).nth(3)).toContainText('Opened staff mode');
  await expect(page.getByTestId('audit-log')).not.toContainText('Someone else');
  await page.screenshot({ path: `${SHOTS}/audit-log.png`, fullPage: true });
});
