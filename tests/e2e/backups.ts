import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { unsealWithPassphrase } from '../../electron/main/services/backups/backupSeal';
import { waitForExampleHouse } from './admin-records';
import { DEMO_STAFF, bridgeCall, openStaffArea, unlockStaff } from './staff';

/** The backup passphrase the tests set. */
export const TEST_PASSPHRASE = 'maple house garden 1987';

/** Sets the backup passphrase through the bridge: staff mode must be unlocked, and the Backup area not yet open. */
export async function setPassphraseViaBridge(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  const result = await bridgeCall<string>(page, 'backups', 'setPassphrase', { passphrase });
  expect(result).toEqual({ ok: true, value: 'set' });
}

/** From a fresh page with the page's clock installed at `now`: the example house, staff mode unlocked, the passphrase set, the Backup area open. */
export async function openBackupArea(page: Page, now: Date): Promise<void> {
  await page.clock.install({ time: now });
  await page.goto('/');
  await waitForExampleHouse(page);
  await unlockStaff(page, DEMO_STAFF);
  await setPassphraseViaBridge(page);
  await openStaffArea(page, 'Backup and restore');
}

/** What a sealed backup file holds, opened here with the passphrase, as staff would open it. */
export async function unsealed(sealed: string, passphrase = TEST_PASSPHRASE): Promise<string> {
  const opened = await unsealWithPassphrase(sealed, passphrase);
  if (!opened.ok) throw new Error(`The sealed backup did not open: ${opened.reason}`);
  return opened.text;
}

/** Taps "Save a backup" in the Backup area; answers the download's name, its sealed text, and the backup inside. */
export async function saveSealedBackup(page: Page): Promise<{ name: string; sealed: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  const file = await download;
  const sealed = readFileSync((await file.path()) as string, 'utf8');
  return { name: file.suggestedFilename(), sealed, text: await unsealed(sealed) };
}
