import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { lockoutOf, type StaffMember, type StaffStatus, type UnlockResult } from '../../shared/staff';
import { STAFF, bridgeCall, setupStaff, staffIdOf, tapPin, unlockStaffViaBridge } from './staff';

const ANA = { name: 'Ana Ortiz', pin: '583920' } as const;
const WRONG_PIN = '999000';

test.beforeEach(async ({ page }) => {
  // Every PIN check is a deliberately slow scrypt hash in main: staff tests get the longer timeout.
  test.slow();
  await setupStaff(page);
  await unlockStaffViaBridge(page);
  const added = await bridgeCall<StaffMember>(page, 'staff', 'addStaff', ANA);
  if (!added.ok) throw new Error(`could not add ${ANA.name}`);
  await bridgeCall(page, 'staff', 'lock');
});

/**
 * Reproduction (outside review): someone at the wall types wrong PINs under a name for about two
 * hours; the doubling wait, shared by every account, reached two hours and kept all staff out.
 * Fourteen wrong PINs, their waits sat out, are stored as a restart would find them; the
 * fifteenth is typed at the wall.
 */
test('wrong PINs under one name bring a wait of at most 15 minutes, and another staff member still unlocks at once', async ({ page, preview }) => {
  const samId = await staffIdOf(page, STAFF.name);
  const file = join(preview.dataDir, 'staff.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...stored, counters: { [`staff:${samId}`]: { failures: 14, waitMs: 0, recordedAt: Date.now() - 7_200_000 } } }));

  await page.goto('/');
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await page.getByRole('button', { name: STAFF.name }).click();
  await tapPin(page, WRONG_PIN, 'Open');
  await expect(page.getByTestId('lockout-wait')).toHaveText('Too many tries. Try again in 15 minutes.');
  await expect(page.getByRole('button', { name: '1', exact: true })).toBeDisabled();

  // Main agrees, for Sam alone: the right PIN waits too, and Ana's account is untouched.
  const status = await bridgeCall<StaffStatus>(page, 'staff', 'status');
  if (!status.ok) throw new Error('no status');
  expect(lockoutOf(status.value, samId)).toEqual({ state: 'waiting', waitSeconds: 900 });
  const anaId = await staffIdOf(page, ANA.name);
  expect(lockoutOf(status.value, anaId)).toEqual({ state: 'open', attemptsLeftBeforeWait: 5 });
  const during = await bridgeCall<UnlockResult>(page, 'staff', 'unlock', { staffId: samId, pin: STAFF.pin });
  expect(during.ok && during.value.outcome).toBe('locked-out');

  await page.getByRole('button', { name: 'Choose another name' }).click();
  await page.getByRole('button', { name: ANA.name }).click();
  await expect(page.getByTestId('lockout-wait')).toHaveCount(0);
  await tapPin(page, ANA.pin, 'Open');
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  await expect(page.getByTestId('staff-signed-in')).toHaveText(`Signed in: ${ANA.name}`);
});

test("the unlock screen shows the chosen name's own wait, and none for a name without one", async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await page.getByRole('button', { name: STAFF.name }).click();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await tapPin(page, WRONG_PIN, 'Open');
    await expect(page.getByTestId('pin-entered')).toHaveText('0 digits entered');
  }
  await expect(page.getByTestId('lockout-wait')).toHaveText('Too many tries. Try again in 30 seconds.');

  await page.getByRole('button', { name: 'Choose another name' }).click();
  await page.getByRole('button', { name: ANA.name }).click();
  await expect(page.getByTestId('lockout-wait')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '1', exact: true })).toBeEnabled();

  await page.getByRole('button', { name: 'Choose another name' }).click();
  await page.getByRole('button', { name: STAFF.name }).click();
  await expect(page.getByTestId('lockout-wait')).toHaveText(/^Too many tries\.\s+Try again in \d+ seconds?\.$/);
});
