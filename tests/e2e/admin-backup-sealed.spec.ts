import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupStatus } from '../../shared/backups';
import { SCREENS, checkScreen } from './a11y';
import { dumpTables, waitForExampleHouse, type Dump } from './admin-records';
import { TEST_PASSPHRASE, openBackupArea, setPassphraseViaBridge, unsealed } from './backups';
import { test, expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, openStaffArea, unlockStaff, unlockStaffViaBridge } from './staff';

/**
 * Backups that protect residents: sealed with the house's passphrase, made every day into a
 * folder staff chose (here the preview's stand-in for a USB stick), read back before they count,
 * restored from that folder only with the passphrase, and a failed one said on staff mode's
 * first screen.
 */

const NOW = new Date('2026-03-10T15:00:00');
/** The wall asks main whether the daily backup is due this often (renderer/src/lib/dailyBackup.ts). */
const CHECK_MS = 15 * 60_000;

const stick = () => mkdtempSync(join(tmpdir(), 'hearth-usb-'));
const backupsIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.hearth')).sort() : []);
const withoutAudit = (dump: Dump) => ({ ...dump, auditLog: [] });

async function auditActions(page: Page): Promise<string[]> {
  return (await dumpTables(page)).auditLog.map((entry) => (entry as { action: string }).action);
}

test.describe('in the Backup area', () => {
  const folder = stick();
  test.use({ previewOptions: { demo: true, backupFolder: folder } });

  test('staff set a passphrase, choose the folder, back up now, and restore from the folder only with the passphrase', async ({ page }) => {
    test.slow();
    await page.clock.install({ time: NOW });
    await page.goto('/');
    await waitForExampleHouse(page);
    await unlockStaff(page, DEMO_STAFF);
    await openStaffArea(page, 'Backup and restore');

    // Nothing can be saved before there is a passphrase.
    await expect(page.getByTestId('backup-passphrase-state')).toHaveText('No passphrase yet: backups cannot be made.');
    await expect(page.getByTestId('backup-save')).toBeDisabled();
    await expect(page.getByTestId('backup-now')).toBeDisabled();
    await expect(page.getByRole('switch', { name: 'Make a backup every day' })).toBeDisabled();

    await page.getByTestId('backup-passphrase-open').click();
    await page.getByTestId('backup-passphrase-new').fill('too short');
    await page.getByTestId('backup-passphrase-repeat').fill('too short');
    await page.getByTestId('backup-passphrase-save').click();
    await expect(page.getByText('The passphrase needs at least 10 characters.')).toBeVisible();
    await page.getByTestId('backup-passphrase-new').fill(TEST_PASSPHRASE);
    await page.getByTestId('backup-passphrase-repeat').fill(`${TEST_PASSPHRASE}!`);
    await page.getByTestId('backup-passphrase-save').click();
    await expect(page.getByText('The two passphrases are not the same. Please type them again.')).toBeVisible();
    await checkScreen(page, test.info(), 'backup-passphrase-form');
    await page.getByTestId('backup-passphrase-repeat').fill(TEST_PASSPHRASE);
    await page.getByTestId('backup-passphrase-save').click();
    await expect(page.getByTestId('backup-notice')).toHaveText('The passphrase is set. Backups are now locked with it.');
    await expect(page.getByTestId('backup-passphrase-state')).toHaveText('A passphrase is set.');

    await page.getByTestId('backup-choose-folder').click();
    await expect(page.getByTestId('backup-folder')).toHaveText(folder);
    await page.getByRole('switch', { name: 'Make a backup every day' }).click();
    await expect(page.getByRole('switch', { name: 'Make a backup every day' })).toHaveAttribute('aria-checked', 'true');

    await page.getByTestId('backup-now').click();
    await expect(page.getByTestId('backup-notice')).toHaveText(/^Backup made and checked: hearth-backup-\d{4}-\d{2}-\d{2}-\d{6}\.hearth\.$/);
    await expect(page.getByTestId('backup-last')).toContainText('checked and readable');
    const [made] = backupsIn(folder);
    expect(made).toBeDefined();
    // On the stick nothing can be read without the passphrase; with it, the whole house is there.
    const sealed = readFileSync(join(folder, made as string), 'utf8');
    expect(sealed).not.toContain('Desmond');
    const inside = JSON.parse(await unsealed(sealed)) as { tables: Dump };
    const before = await dumpTables(page);
    expect(inside.tables.residents).toEqual(before.residents);
    expect(await auditActions(page)).toEqual([
      'staff.unlocked',
      'records.backupPassphraseSet',
      'records.backupFolderChosen',
      'records.backupDailyOn',
      'records.backupMadeInFolder',
    ]);
    await checkScreen(page, test.info(), 'backup-sealed-ready');

    // Restore from the folder: a wrong passphrase opens nothing and changes nothing.
    await expect(page.getByTestId('backup-stored').getByRole('listitem')).toHaveCount(1);
    // Each backup's button says which backup it restores.
    const madeAt = (await page.getByTestId('backup-stored').getByRole('listitem').locator('span').innerText()).split(' · ')[0];
    await expect(page.getByTestId('backup-stored').getByRole('button', { name: 'Restore…' })).toHaveAccessibleName(`Restore…: ${madeAt}`);
    await page.getByTestId('backup-stored').getByRole('button', { name: 'Restore…' }).click();
    await expect(page.getByTestId('backup-locked')).toContainText('This backup is locked.');
    await page.getByTestId('backup-open-passphrase').fill('maple house garden 1988');
    await page.getByTestId('backup-open').click();
    await expect(page.getByTestId('backup-notice')).toHaveText('That passphrase does not open this backup. Nothing was changed.');
    await checkScreen(page, test.info(), 'backup-sealed-wrong-passphrase');
    expect(withoutAudit(await dumpTables(page))).toEqual(withoutAudit(before));

    await page.getByTestId('backup-open-passphrase').fill(TEST_PASSPHRASE);
    await page.getByTestId('backup-open').click();
    await expect(page.getByTestId('backup-chosen')).toContainText(`Backup file: ${made}`);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click();
    await expect(page.getByTestId('backup-notice')).toHaveText(/^Restored: \d+ records\.$/);
    expect(withoutAudit(await dumpTables(page))).toEqual(withoutAudit(before));
  });
});

test.describe('a file saved by hand', () => {
  test.use({ previewOptions: { demo: true, backupFolder: stick() } });

  test('a saved copy is sealed, and a sealed file chosen by hand opens only with the passphrase', async ({ page }) => {
    await openBackupArea(page, NOW);
    const download = page.waitForEvent('download');
    await page.getByTestId('backup-save').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('hearth-backup-2026-03-10.hearth');
    const sealed = readFileSync((await file.path()) as string, 'utf8');
    expect(sealed).not.toContain('Desmond');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a backup file' }).click();
    await (await chooser).setFiles({ name: 'from-the-office.hearth', mimeType: 'application/octet-stream', buffer: Buffer.from(sealed) });
    await page.getByTestId('backup-open-passphrase').fill('not the passphrase');
    await page.getByTestId('backup-open').click();
    await expect(page.getByTestId('backup-notice')).toHaveText('That passphrase does not open this backup. Nothing was changed.');
    await page.getByTestId('backup-open-passphrase').fill(TEST_PASSPHRASE);
    await page.getByTestId('backup-open').click();
    await expect(page.getByTestId('backup-chosen')).toContainText('Backup file: from-the-office.hearth');
  });
});

/** Passphrase, folder and daily backups set through the bridge before the wall loads (a page load locks staff mode again). */
async function houseWithDailyBackups(page: Page) {
  await unlockStaffViaBridge(page, DEMO_STAFF);
  await setPassphraseViaBridge(page);
  expect((await bridgeCall<BackupStatus>(page, 'backups', 'chooseFolder')).ok).toBe(true);
  expect((await bridgeCall<BackupStatus>(page, 'backups', 'updateSchedule', { patch: { daily: true } })).ok).toBe(true);
}

test.describe('on its own, every day', () => {
  const folder = stick();
  test.use({ previewOptions: { demo: true, backupFolder: folder } });

  test('the wall makes the daily backup on the clock, once, with no one signed in', async ({ page }) => {
    await page.clock.install({ time: NOW });
    await houseWithDailyBackups(page);
    await page.goto('/');
    await waitForExampleHouse(page);
    expect(backupsIn(folder)).toEqual([]);
    await page.clock.runFor(CHECK_MS);
    await expect.poll(() => backupsIn(folder).length, { timeout: 10_000 }).toBe(1);
    const inside = JSON.parse(await unsealed(readFileSync(join(folder, backupsIn(folder)[0] as string), 'utf8'))) as { tables: Dump };
    expect(inside.tables.groups.length).toBeGreaterThan(0);
    // Asked again a quarter of an hour later, and again: it was made today, so no second one.
    await page.clock.runFor(CHECK_MS);
    await page.clock.runFor(CHECK_MS);
    await expect(page.getByRole('button', { name: 'Staff mode' })).toBeVisible();
    expect(backupsIn(folder)).toHaveLength(1);
  });
});

for (const screen of SCREENS) {
  test.describe(`when the stick is gone, at ${screen.name}`, () => {
    const folder = stick();
    test.use({ previewOptions: { demo: true, backupFolder: folder } });

    test(`a failed daily backup is the first thing staff see, in English and Spanish, at ${screen.name}`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.clock.install({ time: NOW });
      await houseWithDailyBackups(page);
      rmSync(folder, { recursive: true, force: true });
      await page.goto('/');
      await waitForExampleHouse(page);
      await page.clock.runFor(CHECK_MS);
      await expect
        .poll(async () => {
          await unlockStaffViaBridge(page, DEMO_STAFF);
          const status = await bridgeCall<BackupStatus>(page, 'backups', 'status');
          await bridgeCall(page, 'staff', 'lock');
          return status.ok ? status.value.attention : null;
        })
        .toBe('failed');

      await unlockStaff(page, DEMO_STAFF);
      const attention = page.getByTestId('backup-attention');
      await expect(attention).toContainText('The last backup did not work');
      await expect(attention).toContainText('the backup folder is not there. Is the USB stick plugged in?');
      await checkScreen(page, test.info(), `${screen.name}-backup-failed-first-screen`);

      await page.getByRole('button', { name: 'Español' }).click();
      await expect(attention).toContainText('La última copia no funcionó');
      await expect(attention).toContainText('la carpeta de copias no está. ¿Está puesta la memoria USB?');
      await checkScreen(page, test.info(), `${screen.name}-backup-failed-first-screen-es`);
      await attention.getByRole('button', { name: 'Abrir Copia de seguridad' }).click();
      await expect(page.getByTestId('backup-last')).toContainText('la carpeta de copias no está');
      await expect(attention).toHaveCount(0);
      await checkScreen(page, test.info(), `${screen.name}-backup-area-failed-es`);

      // House health says it too, red, with why.
      await page.getByRole('navigation', { name: 'Secciones del personal' }).getByRole('button', { name: 'Estado de la casa' }).click();
      const card = page.locator('[data-testid="health-check"][data-check="backup"]');
      await expect(card).toHaveAttribute('data-level', 'act');
      await expect(card).toContainText('La última copia no funcionó');
      await expect(card).toContainText('¿Está puesta la memoria USB?');
      await expect(page.getByTestId('health-summary')).toHaveAttribute('data-level', 'act');
      await checkScreen(page, test.info(), `${screen.name}-health-backup-failed-es`);
    });
  });
}
