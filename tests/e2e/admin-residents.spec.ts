import type { Page } from '@playwright/test';
import { putRows } from './admin-records';
import { saveSealedBackup, setPassphraseViaBridge } from './backups';
import { test, expect } from './fixtures';
import { readAll } from './reliability-helpers';
import { DEMO_STAFF, bridgeCall, openStaffArea, unlockStaff, unlockStaffViaBridge } from './staff';
import { auditLines, lockToWall } from './admin-schedule-helpers';

/**
 * The residents area on the example house, with tap-in by symbol and personal code. Tuesday
 * 10 March 2026, 11:05 in America/Chicago: the walking group (11:00) is open for tapping in.
 */
test.use({ previewOptions: { demo: true } });

test.beforeEach(async ({ page }) => {
  test.slow();
  await unlockStaffViaBridge(page, DEMO_STAFF);
  const mode = await bridgeCall(page, 'settings', 'update', { patch: { signInMode: 'symbol+code' } });
  expect(mode.ok).toBe(true);
  await page.clock.install({ time: new Date('2026-03-10T11:05:00') });
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Residents');
});

const row = (page: Page, name: string) => page.getByTestId('resident-list').locator('tbody tr').filter({ hasText: name });

async function tapDigits(page: Page, digits: string) {
  for (const digit of digits) await page.getByRole('button', { name: digit, exact: true }).click();
}

/** From the wall: the walking group's Tap to join, then the resident's symbol. */
async function tapIn(page: Page, symbol: string) {
  await page.locator('[data-testid="session"][data-key="walking-group@2026-03-10"]').getByRole('button', { name: 'Tap to join' }).click();
  await expect(page.getByRole('heading', { name: 'Tap your symbol' })).toBeVisible();
  await page.getByRole('button', { name: symbol, exact: true }).click();
}

async function expectNoName(page: Page, name: string) {
  const [text, markup] = await page.evaluate(() => [document.body.innerText, document.documentElement.outerHTML]);
  expect(text).not.toContain(name);
  expect(markup).not.toContain(name);
}

test('a resident added with a symbol, a colour and a code taps in with that code on the wall, which never shows the name', async ({ page }) => {
  await page.getByRole('button', { name: 'Add a resident' }).click();
  await page.getByTestId('resident-name').fill('Rosa Delgado');
  // Marisol has the blue sun: the sun is still offered, in the colours nobody has.
  await page.getByRole('radio', { name: 'Sun', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Blue Taken' })).toBeDisabled();
  await expect(page.getByText('Another resident already has this picture: Blue sun. Please choose another colour or symbol.')).toBeVisible();
  await page.getByRole('button', { name: 'Add the resident' }).click();
  await expect(page.getByTestId('residents-notice')).toHaveText('Not saved yet: please look at the marked fields.');
  expect((await readAll<{ name: string }>(page, 'residents')).map((r) => r.name)).not.toContain('Rosa Delgado');
  await page.getByRole('radio', { name: 'Orange', exact: true }).click();
  await expect(page.getByText('Another resident already has this picture')).toHaveCount(0);
  await page.getByRole('button', { name: 'Set a code' }).click();
  await expect(page.getByTestId('code-instruction')).toHaveText('Type the new code: 4 numbers.');
  await tapDigits(page, '1357');
  await expect(page.getByTestId('code-instruction')).toHaveText('Type the same code again.');
  await tapDigits(page, '1357');
  await expect(page.getByTestId('code-status')).toHaveText('The new code is ready. It is kept when you save.');
  // The digits never show on the screen.
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('1357');
  await page.getByRole('button', { name: 'Add the resident' }).click();

  await expect(page.getByTestId('residents-notice')).toHaveText('Rosa Delgado is added.');
  await expect(row(page, 'Rosa Delgado')).toContainText(/Orange sun\s*Rosa Delgado\s*Set\s*Yes/);

  const lines = await auditLines(page, 2);
  expect(lines[0]).toContain("Set a resident's personal code");
  expect(lines[0]).toContain('Symbol: Orange sun');
  expect(lines[1]).toContain('Added a resident');
  expect(lines[1]).toContain('Symbol: Orange sun');
  // The audit log names the symbol, never the resident.
  expect(lines.join(' ')).not.toContain('Rosa');

  await lockToWall(page);
  await expectNoName(page, 'Rosa Delgado');
  // Two residents now share the sun: the wall asks for the colour next.
  await tapIn(page, 'Sun');
  await page.getByRole('button', { name: 'Orange sun', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  await tapDigits(page, '1357');
  await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
  await expectNoName(page, 'Rosa Delgado');
});

test('two different codes are caught before saving, and a removed code lets the resident tap in by symbol alone', async ({ page }) => {
  await page.getByRole('button', { name: 'Edit: Priya Natarajan' }).click();
  await expect(page.getByTestId('code-status')).toHaveText('A personal code is set.');
  await page.getByRole('button', { name: 'Set a new code' }).click();
  await tapDigits(page, '1111');
  await tapDigits(page, '2222');
  await expect(page.getByRole('alert')).toHaveText('The two codes were not the same. Please type the new code again.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('residents-notice')).toHaveText('Not saved yet: please look at the marked fields.');
  await expect(page.getByRole('alert')).toHaveText('Please finish typing the code twice, or choose to keep things as they are.');

  await page.getByRole('button', { name: 'Remove the code' }).click();
  await expect(page.getByTestId('code-status')).toHaveText('The code will be removed when you save.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('residents-notice')).toHaveText('Priya Natarajan is saved.');
  await expect(row(page, 'Priya Natarajan')).toContainText('None');
  const [latest] = await auditLines(page, 1);
  expect(latest).toContain("Removed a resident's personal code");
  expect(latest).toContain('Symbol: Blue fish');

  await lockToWall(page);
  await tapIn(page, 'Fish');
  await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
});

test('a resident switched off leaves the symbol grid, and a resident needs a name and a symbol', async ({ page }) => {
  await page.getByRole('button', { name: 'Add a resident' }).click();
  await page.getByRole('button', { name: 'Add the resident' }).click();
  await expect(page.getByText("Please type the resident's name.")).toBeVisible();
  await expect(page.getByText('Please choose a symbol.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  await page.getByRole('button', { name: 'Edit: Gunnar Lindqvist' }).click();
  await page.getByRole('switch', { name: 'Can tap in' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(row(page, 'Gunnar Lindqvist')).toContainText('Not active');
  const [latest] = await auditLines(page, 1);
  expect(latest).toContain('Changed a resident');
  expect(latest).toContain('Symbol: Blue cat (cannot tap in)');

  await lockToWall(page);
  await page.locator('[data-testid="session"][data-key="walking-group@2026-03-10"]').getByRole('button', { name: 'Tap to join' }).click();
  await expect(page.getByRole('button', { name: 'Fish', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cat', exact: true })).toHaveCount(0);
});

test('a resident who asks is deleted with every attendance record, audited without their name, and left out of the next backup', async ({ page }) => {
  // The demo house's eight weeks of history, and a headcount tap that names nobody.
  await putRows(page, {
    attendance: [{ id: 'count-1', occurrenceKey: 'morning-check-in@2026-03-10', groupId: 'morning-check-in', date: '2026-03-10', at: new Date('2026-03-10T09:35:00').getTime(), method: 'headcount' }],
    // An entry from when the log named the resident whose attendance staff added.
    auditLog: [{ id: '000000001-old', at: 1, staffId: 'staff-x', staffName: 'Sam', action: 'records.attendanceAdded', detail: 'Priya Natarajan · Walking group · 2026-03-09' }],
  });
  const before = await readAll<{ id: string; residentId?: string }>(page, 'attendance');
  const priyas = before.filter((r) => r.residentId === 'resident-3').length;
  const others = before.filter((r) => r.residentId !== 'resident-3').map((r) => r.id).sort();
  expect(priyas).toBeGreaterThan(2);
  expect(others).toContain('count-1');
  expect(before.some((r) => r.residentId === 'resident-2')).toBe(true);

  await page.getByRole('button', { name: 'Edit: Priya Natarajan' }).click();
  await page.getByRole('button', { name: 'Delete this resident and their attendance' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Priya Natarajan and their attendance?' });
  await expect(dialog).toContainText('This cannot be undone.');
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await readAll<{ id: string }>(page, 'residents')).map((r) => r.id)).toContain('resident-3');

  await page.getByRole('button', { name: 'Delete this resident and their attendance' }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('residents-notice')).toHaveText(`The resident and ${priyas} attendance records are deleted.`);
  await expect(row(page, 'Priya Natarajan')).toHaveCount(0);
  expect((await readAll<{ id: string }>(page, 'residents')).map((r) => r.id)).not.toContain('resident-3');
  expect((await readAll<{ id: string }>(page, 'attendance')).map((r) => r.id).sort()).toEqual(others);

  const [latest] = await auditLines(page, 1);
  expect(latest).toContain('Deleted a resident and their attendance');
  expect(latest).toContain(`${priyas} attendance records`);
  expect(latest).not.toContain('Priya');
  expect(latest).not.toContain('fish');
  const older = (await readAll<{ id: string; detail: string }>(page, 'auditLog')).find((entry) => entry.id === '000000001-old');
  expect(older?.detail).toBe('— · Walking group · 2026-03-09');

  await setPassphraseViaBridge(page);
  await openStaffArea(page, 'Backup and restore');
  const backup = (await saveSealedBackup(page)).text;
  expect(backup).toContain('Desmond Okafor');
  expect(backup).not.toContain('Priya');
  expect(backup).not.toContain('resident-3');

  // The fish is free for the next resident.
  await openStaffArea(page, 'Residents');
  await page.getByRole('button', { name: 'Add a resident' }).click();
  await expect(page.getByRole('radio', { name: 'Fish', exact: true })).toBeEnabled();
});
