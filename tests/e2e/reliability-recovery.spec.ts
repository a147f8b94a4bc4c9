import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible, expectComfortableSizes } from './a11y';
import { test, expect } from './fixtures';
import { startOwnPreview, freshDataDir } from './reliability-preview';
import { STAFF, bridgeCall, setupStaff, unlockStaff } from './staff';

/*
 * A damaged settings.json or staff.json never sends the wall back to first-run setup: it shows a
 * calm recovery screen (and says nothing was erased), or, when the file's last good copy reads,
 * the wall carries on as it was and the audit log says the file was put back.
 */

const GARBAGE = '{"accounts": [{"id": "0b6a", "name": "Sa';

interface StoredAuditEntry {
  action: string;
  detail: string;
  staffName: string;
}

test('a damaged staff file shows the recovery screen, never first-run setup, and changes nothing', async ({ page, preview }) => {
  const staffFile = join(preview.dataDir, 'staff.json');
  writeFileSync(staffFile, GARBAGE);
  await page.goto('/');
  const recovery = page.getByTestId('recovery');
  await expect(recovery.getByRole('heading', { name: 'This screen needs a staff member' })).toBeVisible();
  await expect(recovery).toContainText('The screen cannot read its list of staff accounts.');
  await expect(recovery).toContainText('Nothing has been erased.');
  await expect(page.getByTestId('setup')).toHaveCount(0);
  await expectAccessible(page, 'recovery');
  await expectComfortableSizes(page, 'recovery');
  // The path is for the IT person only: folded away in the details.
  await expect(page.getByTestId('recovery-file')).toBeHidden();
  await recovery.getByText('Details for staff and IT').click();
  await expect(page.getByTestId('recovery-file')).toHaveText(`Damaged file: ${staffFile}`);
  await expectAccessible(page, 'recovery details');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(recovery.getByRole('heading', { name: 'Esta pantalla necesita a alguien del personal' })).toBeVisible();
  await expect(recovery).toContainText('No se ha borrado nada.');

  // Nobody can set up a new first staff account over the damaged one through the bridge either.
  expect(await bridgeCall(page, 'staff', 'setup', { name: 'Mallory', pin: '730264' })).toMatchObject({
    ok: false,
    error: { code: 'store-unreadable' },
  });
  expect(readFileSync(staffFile, 'utf8')).toBe(GARBAGE);
});

test('an empty or truncated staff file shows the recovery screen too', async ({ page, preview }) => {
  const staffFile = join(preview.dataDir, 'staff.json');
  for (const damage of ['', '{"accounts":[{"id":"a","name":"Sam","pin":{"alg']) {
    writeFileSync(staffFile, damage);
    await page.goto('/');
    await expect(page.getByTestId('recovery')).toContainText('The screen cannot read its list of staff accounts.');
    await expect(page.getByTestId('setup')).toHaveCount(0);
    expect(readFileSync(staffFile, 'utf8')).toBe(damage);
  }
});

test('the preview starts on a damaged settings file and the wall shows the recovery screen', async ({ page }) => {
  const dataDir = freshDataDir();
  writeFileSync(join(dataDir, 'settings.json'), '\u0000\u0000\u0000\u0000');
  const own = await startOwnPreview({ dataDir, demo: true });
  try {
    await page.goto(own.url);
    await expect(page.getByTestId('recovery')).toContainText('The screen cannot read its house settings.');
    await expect(page.getByTestId('setup')).toHaveCount(0);
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe('\u0000\u0000\u0000\u0000');
  } finally {
    await own.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('"Try again" opens the wall once the IT person has put a good file back', async ({ page, preview }) => {
  await setupStaff(page);
  const staffFile = join(preview.dataDir, 'staff.json');
  const good = readFileSync(staffFile, 'utf8');
  rmSync(`${staffFile}.bak`);
  writeFileSync(staffFile, good.slice(0, 40));
  await page.goto('/');
  await expect(page.getByTestId('recovery')).toBeVisible();
  writeFileSync(staffFile, good);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('recovery')).toHaveCount(0);
  await expect(page.getByTestId('house-name')).toBeVisible();
});

test('a damaged staff file with a good last copy is put back: the same PIN opens staff mode and the audit log says so', async ({ page, preview }) => {
  test.slow();
  await setupStaff(page);
  const staffFile = join(preview.dataDir, 'staff.json');
  expect(existsSync(`${staffFile}.bak`)).toBe(true);
  writeFileSync(staffFile, GARBAGE);

  await page.goto('/');
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.getByTestId('recovery')).toHaveCount(0);
  await unlockStaff(page, STAFF);
  expect(readdirSync(preview.dataDir).filter((f) => f.startsWith('staff.json.damaged-'))).toHaveLength(1);

  const audit = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('auditLog').objectStore('auditLog').getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  expect(audit as StoredAuditEntry[]).toEqual(
    expect.arrayContaining([expect.objectContaining({ action: 'recovery.restoredFromBackup', detail: 'staff.json', staffName: 'Hearth' })]),
  );
  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name: 'Audit log' }).click();
  await expect(page.getByText('A damaged file was put back from its last good copy')).toBeVisible();
});
