import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STAFF, bridgeCall, openStaffArea, setupStaff, tapPin, unlockStaff } from './staff';
import { setTime } from './admin-schedule-helpers';

test.beforeEach(async ({ page }) => {
  // Every PIN check is a deliberately slow scrypt hash in main: staff tests get the longer timeout.
  test.slow();
  await setupStaff(page);
  await page.goto('/');
  await unlockStaff(page);
});

const auditRows = (page: Page) => page.getByTestId('audit-log').locator('tbody tr');

test('a house name changed in Settings shows on the wall, and the change is in the audit log', async ({ page }) => {
  await openStaffArea(page, 'Settings');
  const houseName = page.getByTestId('setting-houseName');
  await houseName.fill('Maple House');
  await page.getByRole('button', { name: 'More: Back to the start after no touch for' }).click();
  await expect(page.getByTestId('setting-idleTimeoutSeconds-value')).toHaveText('100 seconds');
  await expect(page.getByText('2 changes not saved yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('settings-notice')).toHaveText('Saved. The wall uses the new settings now.');

  const saved = await bridgeCall<{ houseName: string; idleTimeoutSeconds: number }>(page, 'settings', 'get');
  expect(saved.ok && saved.value).toMatchObject({ houseName: 'Maple House', idleTimeoutSeconds: 100 });

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).first()).toContainText('Changed settings');
  // In plain words, as staff named the settings: never the settings' internal keys.
  await expect(auditRows(page).first()).toContainText('House name: “Maple House”; Back to the start after: 100 seconds');
  await expect(auditRows(page).first()).toContainText(STAFF.name);

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByTestId('house-name')).toHaveText('Maple House');
});

test('a setting main refuses shows main\'s reason beside the field, and nothing is saved', async ({ page }) => {
  await openStaffArea(page, 'Settings');
  await page.getByTestId('setting-houseName').fill('   ');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('settings-notice')).toHaveText('Not saved: please look at the marked settings.');
  await expect(page.getByText('Please give the house a name of up to 60 letters.')).toBeVisible();
  await expect(page.getByTestId('setting-houseName')).toHaveAttribute('aria-invalid', 'true');
  const stored = await bridgeCall<{ houseName: string }>(page, 'settings', 'get');
  expect(stored.ok && stored.value.houseName).toBe('Our House');
});

test('every setting of the house can be changed from the settings area', async ({ page }) => {
  await openStaffArea(page, 'Settings');
  await page.getByRole('switch', { name: 'English' }).click();
  await expect(page.getByRole('radio', { name: 'Español' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'More: Staff mode locks after no touch for' }).click();
  await page.getByRole('button', { name: 'Less: Keep shares for' }).click();
  await page.getByRole('button', { name: 'More: Keep attendance records for' }).click();
  await page.getByRole('radio', { name: 'Symbol and personal code' }).click();
  await page.getByRole('button', { name: 'Less: Tapping in opens before a group by' }).click();
  await page.getByRole('radio', { name: 'Every share, before it shows' }).click();
  await page.getByRole('switch', { name: 'Show how many relate' }).click();
  await page.getByRole('button', { name: 'More: Longest share' }).click();
  await page.getByTestId('setting-crisisText-en').fill('Talk to any staff member, day or night.');
  await page.getByTestId('setting-crisisText-es').fill('Habla con cualquier persona del personal, de día o de noche.');
  await page.getByRole('switch', { name: 'Night hours' }).click();
  await setTime(page, 'From', '9:00 PM', '9:30 PM');
  await setTime(page, 'Until', '6:00 AM', '6:30 AM');
  await page.getByRole('switch', { name: 'Reduce motion' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('settings-notice')).toHaveText(/Saved|Guardado/);

  const saved = await bridgeCall(page, 'settings', 'get');
  expect(saved.ok && saved.value).toMatchObject({
    languages: ['es'],
    defaultLocale: 'es',
    staffRelockSeconds: 150,
    shareRetentionDays: 13,
    attendanceRetentionDays: 750,
    signInMode: 'symbol+code',
    signInOpensMinutesBefore: 10,
    moderationMode: 'all',
    showRelateCounts: false,
    shareMaxLength: 300,
    crisisText: { en: 'Talk to any staff member, day or night.', es: 'Habla con cualquier persona del personal, de día o de noche.' },
    nightHours: { enabled: true, start: '21:30', end: '06:30' },
    reducedMotion: true,
  });
});

test('staff accounts are added and removed, never the last one, and each change is in the audit log', async ({ page }) => {
  await openStaffArea(page, 'Staff accounts');
  await expect(page.getByTestId('staff-list')).toContainText(`${STAFF.name} (you)`);
  await expect(page.getByRole('button', { name: `Remove ${STAFF.name}` })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add a staff member' }).click();
  await page.getByTestId('new-staff-name').fill(STAFF.name.toUpperCase());
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('A staff member already has this name.', { exact: false })).toBeVisible();
  await page.getByTestId('new-staff-name').fill('Ana Lopez');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('A PIN for Ana Lopez')).toBeVisible();
  await tapPin(page, '121212', 'Next');
  await expect(page.getByRole('alert')).toContainText('A repeated pattern');
  await tapPin(page, '730264', 'Next');
  await tapPin(page, '730264', 'Next');
  await expect(page.getByTestId('accounts-notice')).toHaveText('Ana Lopez can now open staff mode.');
  await expect(page.getByTestId('staff-list')).toContainText('Ana Lopez');

  await page.getByRole('button', { name: 'Remove Ana Lopez' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Remove Ana Lopez?' })).toBeVisible();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('accounts-notice')).toHaveText('Ana Lopez was removed.');
  await expect(page.getByTestId('staff-list')).not.toContainText('Ana Lopez');

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page)).toHaveCount(3);
  await expect(auditRows(page).nth(0)).toContainText(/Removed a staff member\s*Ana Lopez/);
  await expect(auditRows(page).nth(1)).toContainText(/Added a staff member\s*Ana Lopez/);
  await expect(auditRows(page).nth(2)).toContainText('Opened staff mode');
});

test('changing your own PIN needs the current one', async ({ page }) => {
  await openStaffArea(page, 'Staff accounts');
  await page.getByRole('button', { name: 'Change my PIN' }).click();
  await tapPin(page, '999000', 'Next');
  await tapPin(page, '583920', 'Next');
  await tapPin(page, '583920', 'Next');
  await expect(page.getByRole('alert')).toHaveText('Your current PIN did not match. Please try again.');
  await tapPin(page, STAFF.pin, 'Next');
  await tapPin(page, '583920', 'Next');
  await tapPin(page, '583920', 'Next');
  await expect(page.getByTestId('accounts-notice')).toHaveText('Your PIN is changed.');
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlockStaff(page, { name: STAFF.name, pin: '583920' });
});

test('a new recovery code is shown once and the audit log notes it', async ({ page }) => {
  await openStaffArea(page, 'Staff accounts');
  await page.getByRole('button', { name: 'Make a new recovery code' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Make a new code' }).click();
  await expect(page.getByTestId('recovery-code')).toHaveText(/^[A-Z2-9]{16}$/);
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);
  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).first()).toContainText('Made a new recovery code');
});

test('exit kiosk asks first, then asks main to leave kiosk mode', async ({ page }) => {
  await openStaffArea(page, 'Exit kiosk');
  await page.getByRole('button', { name: 'Exit kiosk' }).last().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('exit-outcome')).toHaveCount(0);
  await page.getByRole('button', { name: 'Exit kiosk' }).last().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Exit now' }).click();
  await expect(page.getByTestId('exit-outcome')).toHaveText('Hearth is closing.');
  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).first()).toContainText('Exited the kiosk');
});
