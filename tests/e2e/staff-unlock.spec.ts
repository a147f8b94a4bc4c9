import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { lockoutOf, type StaffStatus } from '../../shared/staff';
import { lastTouchNow } from './reliability-helpers';
import { STAFF, bridgeCall, choosePinPad, setupStaff, staffIdOf, tapPin, unlockStaff, unlockStaffViaBridge } from './staff';

const WRONG_PIN = '999000';

const settingsUpdate = (page: Parameters<typeof bridgeCall>[0]) =>
  bridgeCall(page, 'settings', 'update', { patch: { houseName: 'Locked Out House' } });

test.beforeEach(async ({ page }) => {
  // Every PIN check is a deliberately slow scrypt hash in main: staff tests get the longer timeout.
  test.slow();
  await setupStaff(page);
});

test('a staff member unlocks with their name and PIN, and main then accepts staff changes', async ({ page }) => {
  await page.goto('/');
  expect(await settingsUpdate(page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await unlockStaff(page);
  await expect(page.getByTestId('staff-signed-in')).toHaveText(`Signed in: ${STAFF.name}`);
  expect((await settingsUpdate(page)).ok).toBe(true);
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  await expect(page.getByTestId('house-name')).toBeVisible();
  expect(await settingsUpdate(page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('a wrong PIN gets a kind message and staff mode stays locked', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await choosePinPad(page, STAFF.name);
  await tapPin(page, WRONG_PIN, 'Open');
  await expect(page.getByTestId('unlock-message')).toHaveText('That PIN did not match. Please try again.');
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  await expect(page.getByTestId('pin-entered')).toHaveText('0 digits entered');
});

test('five wrong PINs bring a 30-second wait that counts down, and main refuses even the right PIN until it is over', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await choosePinPad(page, STAFF.name);
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await tapPin(page, WRONG_PIN, 'Open');
    await expect(page.getByTestId('pin-entered')).toHaveText('0 digits entered');
  }
  await expect(page.getByTestId('unlock-message')).toHaveText('That PIN did not match. 1 more try before a short wait.');
  await tapPin(page, WRONG_PIN, 'Open');

  const wait = page.getByTestId('lockout-wait');
  await expect(wait).toHaveText('Too many tries. Try again in 30 seconds.');
  await expect(page.getByRole('button', { name: '1', exact: true })).toBeDisabled();
  // From here the page's countdown moves only with page.clock, however busy the machine is. It
  // counts on the wall clock's whole seconds and takes main's own count again when main reports it,
  // so ten seconds on it shows 20, or a second either side.
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 100));
  await page.clock.runFor(10_000);
  await expect(wait).toHaveText(/^Too many tries\.\s+Try again in (19|20|21) seconds\.$/);

  // The wait is main's: the right PIN through the bridge is refused too.
  const staffId = await staffIdOf(page, STAFF.name);
  const during = await bridgeCall<{ outcome: string }>(page, 'staff', 'unlock', { staffId, pin: STAFF.pin });
  expect(during.ok && during.value.outcome).toBe('locked-out');

  // The page's countdown ends; main's own clock has not yet reached 30 s, so the right PIN still waits.
  await page.clock.runFor(21_000);
  await expect(wait).toHaveCount(0);
  await tapPin(page, STAFF.pin, 'Open');
  await expect(wait).toHaveText(/^Too many tries\.\s+Try again in \d+ seconds?\.$/);
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);

  // Once main's wait has really passed, the right PIN opens staff mode.
  await expect
    .poll(async () => {
      const status = await bridgeCall<StaffStatus>(page, 'staff', 'status');
      return status.ok && lockoutOf(status.value, staffId).state;
    }, { timeout: 35_000, intervals: [1_000] })
    .toBe('open');
  await page.clock.runFor(31_000);
  await expect(wait).toHaveCount(0);
  await tapPin(page, STAFF.pin, 'Open');
  await expect(page.getByTestId('staff-shell')).toBeVisible();
});

test('staff mode relocks by itself after two minutes without a touch', async ({ page }) => {
  // A long idle timeout, so it is the staff relock that acts, not the wall's idle reset.
  await unlockStaffViaBridge(page);
  expect((await bridgeCall(page, 'settings', 'update', { patch: { idleTimeoutSeconds: 600 } })).ok).toBe(true);
  await page.clock.install();
  await page.goto('/');
  await unlockStaff(page);
  // The two minutes count from this touch, on page.clock alone.
  await lastTouchNow(page);
  await page.clock.runFor(119_000);
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  await expect(page.getByTestId('house-name')).toBeVisible();
  expect(await settingsUpdate(page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await page.getByRole('button', { name: 'Staff mode' }).click();
  // One account: its PIN pad at once, saying whose it is.
  await expect(page.getByRole('heading', { name: `Hello, ${STAFF.name}` })).toBeVisible();
});

test('at the idle timeout staff mode is left to its own relock, which locks it, and then the idle reset asks again', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await unlockStaff(page);
  await lastTouchNow(page);
  await page.clock.runFor(91_000);
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toHaveCount(0);
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  await expect(page.getByTestId('house-name')).toBeVisible();
  expect(await settingsUpdate(page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await page.clock.runFor(90_000);
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
});

test('a reload starts locked', async ({ page }) => {
  await page.goto('/');
  await unlockStaff(page);
  await page.reload();
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  expect(await settingsUpdate(page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await page.getByRole('button', { name: 'Staff mode' }).click();
  // One account: its PIN pad at once, saying whose it is.
  await expect(page.getByRole('heading', { name: `Hello, ${STAFF.name}` })).toBeVisible();
});

test('a forgotten PIN is set again with the recovery code, which is then replaced by a new one', async ({ page }) => {
  await page.goto('/');
  // setupStaff's code would do; a regenerated one also shows that the newest code is the one that works.
  await unlockStaffViaBridge(page);
  const fresh = await bridgeCall<{ recoveryCode: string }>(page, 'staff', 'regenerateRecoveryCode');
  if (!fresh.ok) throw new Error('could not make a recovery code');
  await bridgeCall(page, 'staff', 'lock');

  await page.getByRole('button', { name: 'Staff mode' }).click();
  await choosePinPad(page, STAFF.name);
  await page.getByRole('button', { name: 'Forgot your PIN?' }).click();
  await page.getByTestId('recovery-code-input').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await tapPin(page, '730264', 'Next');
  await tapPin(page, '730264', 'Next');
  await expect(page.getByRole('alert')).toHaveText('That recovery code did not match. Please check it and try again.');

  await page.getByTestId('recovery-code-input').fill(fresh.value.recoveryCode.toLowerCase());
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await tapPin(page, '730264', 'Next');
  await tapPin(page, '730264', 'Next');
  const newCode = page.getByTestId('recovery-code');
  await expect(newCode).toBeVisible();
  expect((await newCode.textContent())?.replaceAll('-', '')).not.toBe(fresh.value.recoveryCode.replaceAll('-', ''));
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expect(page.getByTestId('staff-shell')).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  await unlockStaff(page, { name: STAFF.name, pin: '730264' });
});

test('a hard-locked PIN refuses every PIN and offers the recovery code, which opens it again', async ({ page, preview }) => {
  await unlockStaffViaBridge(page);
  const fresh = await bridgeCall<{ recoveryCode: string }>(page, 'staff', 'regenerateRecoveryCode');
  if (!fresh.ok) throw new Error('could not make a recovery code');
  await bridgeCall(page, 'staff', 'lock');
  // 20 failures take hours of waits: the stored counter is set as a restart would find it.
  const staffId = await staffIdOf(page, STAFF.name);
  const file = join(preview.dataDir, 'staff.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...stored, counters: { [`staff:${staffId}`]: { failures: 20, waitMs: 0, recordedAt: Date.now() } } }));

  await page.goto('/');
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await choosePinPad(page, STAFF.name);
  await expect(page.getByTestId('hard-lock')).toContainText('This PIN is locked after too many wrong tries.');
  const refused = await bridgeCall<{ outcome: string }>(page, 'staff', 'unlock', { staffId, pin: STAFF.pin });
  expect(refused.ok && refused.value.outcome).toBe('hard-locked');

  await page.getByRole('button', { name: 'Use the recovery code' }).click();
  await page.getByTestId('recovery-code-input').fill(fresh.value.recoveryCode);
  await page.getByRole('button', { name: STAFF.name }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await tapPin(page, '730264', 'Next');
  await tapPin(page, '730264', 'Next');
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  const status = await bridgeCall<StaffStatus>(page, 'staff', 'status');
  expect(status.ok && lockoutOf(status.value, staffId).state).toBe('open');
});
