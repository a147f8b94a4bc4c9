import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STAFF, openStaffArea, setupStaff, unlockStaff } from './staff';
import { auditLines, backToStaff, lockToWall, setTime, wallCard } from './admin-schedule-helpers';

/**
 * Creating, editing and retiring groups in staff mode, and the wall following. A fresh house (no
 * example groups), in America/Chicago. Tuesday 10 March 2026.
 */

test.beforeEach(async ({ page }) => {
  // Every unlock checks the PIN with a deliberately slow hash in main.
  test.slow();
  await setupStaff(page);
});

async function openScheduleAt(page: Page, localTime: string) {
  await page.clock.install({ time: new Date(localTime) });
  await page.goto('/');
  await unlockStaff(page, STAFF);
  await openStaffArea(page, 'Schedule');
}

async function fillGroup(page: Page, group: { en: string; es: string; facilitator: string; room: string }) {
  await page.getByTestId('group-title-en').fill(group.en);
  await page.getByTestId('group-title-es').fill(group.es);
  await page.getByTestId('group-room').fill(group.room);
  await page.getByTestId('group-facilitator').fill(group.facilitator);
}

test('a weekly group made in staff mode shows on the wall at its time, and the audit log has it', async ({ page }) => {
  await openScheduleAt(page, '2026-03-10T09:00:00');
  await page.getByRole('button', { name: 'New group' }).click();
  await fillGroup(page, { en: 'Garden club', es: 'Club de jardín', facilitator: 'Ana', room: 'Garden' });
  await page.getByTestId('group-description-en').fill('We water and weed together.');
  await page.getByRole('radio', { name: 'Garden' }).click();
  await page.getByRole('radio', { name: 'Green' }).click();
  await setTime(page, 'Start time', '11:00 AM', '11:00 AM');
  await expect(page.getByTestId('group-start-value')).toHaveText('11:00 AM');
  await page.getByRole('button', { name: 'More: How long' }).click();
  await expect(page.getByTestId('group-duration-value')).toHaveText('1 hour 15 minutes');
  // A new group repeats every week, on the weekday it starts: today, a Tuesday.
  await expect(page.getByRole('radio', { name: 'Every week' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('button', { name: 'Tuesday' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Thursday' }).click();
  await expect(page.getByTestId('repeat-summary')).toHaveText('Every Tuesday and Thursday');
  await page.getByRole('button', { name: 'Add the group' }).click();

  await expect(page.getByTestId('schedule-notice')).toHaveText('Garden club is on the schedule.');
  const row = page.getByTestId('groups-active').getByTestId('group-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Every Tuesday and Thursday, 11:00 AM, 1 hour 15 minutes');
  await expect(row).toContainText('Garden · with Ana');

  await lockToWall(page);
  const later = wallCard(page, 'later', 'Garden club');
  await expect(later).toContainText('11:00 AM – 12:15 PM');
  await expect(later).toContainText('With Ana');

  // Two hours on, the same screen shows it as the group in progress.
  await page.clock.fastForward('02:05:00');
  await expect(wallCard(page, 'now', 'Garden club')).toBeVisible();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(wallCard(page, 'now', 'Club de jardín')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  await backToStaff(page, STAFF, 'Audit log');
  const [unlocked, added] = await auditLines(page, 2);
  expect(unlocked).toContain('Opened staff mode');
  expect(added).toContain(STAFF.name);
  expect(added).toContain('Added a group');
  expect(added).toContain('Garden club · Every Tuesday and Thursday, 11:00 AM');
  expect(added).not.toContain('FREQ');
});

test('a monthly group on the last Friday meets only on that Friday', async ({ page }) => {
  await openScheduleAt(page, '2026-03-20T08:00:00');
  await page.getByRole('button', { name: 'New group' }).click();
  await fillGroup(page, { en: 'Birthday tea', es: 'Merienda de cumpleaños', facilitator: 'Maria', room: 'Kitchen' });
  await page.getByRole('radio', { name: 'Once a month' }).click();
  // Filled in from the start date: Friday 20 March is the third Friday.
  await expect(page.getByTestId('repeat-summary')).toHaveText('The third Friday of each month');
  await page.getByRole('radio', { name: 'Last' }).click();
  await expect(page.getByTestId('repeat-summary')).toHaveText('The last Friday of each month');
  await page.getByRole('button', { name: 'Add the group' }).click();
  await expect(page.getByTestId('groups-active').getByTestId('group-row')).toContainText('The last Friday of each month, 10:00 AM, 1 hour');

  await lockToWall(page);
  await expect(page.getByTestId('session')).toHaveCount(0);
  await page.clock.fastForward(7 * 24 * 3_600_000);
  await expect(wallCard(page, 'later', 'Birthday tea')).toContainText('10:00 – 11:00 AM');
});

test('a one-off group on a date chosen in the calendar shows on that day only', async ({ page }) => {
  await openScheduleAt(page, '2026-03-10T08:00:00');
  await page.getByRole('button', { name: 'New group' }).click();
  await fillGroup(page, { en: 'Museum trip', es: 'Visita al museo', facilitator: 'Luis', room: 'Front door' });
  await page.getByRole('radio', { name: 'Once', exact: true }).click();
  await page.getByRole('button', { name: 'Change date: On' }).click();
  await page.getByRole('button', { name: 'Thursday, March 12, 2026' }).click();
  await expect(page.getByTestId('valid-from-value')).toHaveText('Thursday, March 12, 2026');
  await expect(page.getByTestId('repeat-summary')).toHaveText('Once, on Thursday, March 12, 2026');
  await page.getByRole('button', { name: 'Add the group' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('Museum trip is on the schedule.');

  await lockToWall(page);
  await expect(page.getByTestId('session')).toHaveCount(0);
  await page.clock.fastForward('48:00:00');
  await expect(wallCard(page, 'later', 'Museum trip')).toBeVisible();
  await page.clock.fastForward('24:00:00');
  await expect(page.getByTestId('session')).toHaveCount(0);
});

test('a group with no title, no facilitator or no day is not saved, and the form says what is missing', async ({ page }) => {
  await openScheduleAt(page, '2026-03-10T09:00:00');
  await page.getByRole('button', { name: 'New group' }).click();
  await page.getByRole('button', { name: 'Tuesday' }).click();
  await page.getByRole('button', { name: 'Add the group' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('Not saved yet: please look at the marked fields.');
  await expect(page.getByText('Please give the group a title in English.')).toBeVisible();
  await expect(page.getByText('Please name the staff facilitator.')).toBeVisible();
  await expect(page.getByText('Please choose at least one day.')).toBeVisible();
  await expect(page.getByTestId('group-title-en')).toHaveAttribute('aria-invalid', 'true');

  // Tuesday was taken off: a change, so leaving asks first.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByText('No groups yet.', { exact: false })).toBeVisible();
  const [latest] = await auditLines(page, 1);
  expect(latest).toContain('Opened staff mode');
});

test('an edited group changes on the wall, a retired one leaves it, and both are in the audit log', async ({ page }) => {
  await openScheduleAt(page, '2026-03-10T09:00:00');
  await page.getByRole('button', { name: 'New group' }).click();
  await fillGroup(page, { en: 'Chess', es: 'Ajedrez', facilitator: 'Sam', room: 'Library' });
  await page.getByRole('button', { name: 'Add the group' }).click();
  await page.getByRole('button', { name: 'Edit: Chess' }).click();
  await page.getByTestId('group-title-en').fill('Chess and draughts');
  await setTime(page, 'Start time', '10:00 AM', '10:15 AM');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('Chess and draughts is saved.');
  await expect(page.getByTestId('group-row')).toContainText('Every Tuesday, 10:15 AM, 1 hour');

  await lockToWall(page);
  await expect(wallCard(page, 'later', 'Chess and draughts')).toContainText('10:15 – 11:15 AM');

  await backToStaff(page, STAFF, 'Schedule');
  await page.getByRole('button', { name: 'Retire: Chess and draughts' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Retire Chess and draughts?' });
  await expect(dialog).toContainText('Attendance records stay');
  await dialog.getByRole('button', { name: 'Retire' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('Chess and draughts is retired. It has left the wall.');
  await expect(page.getByTestId('groups-retired').getByTestId('group-row')).toContainText('Chess and draughts');
  await expect(page.getByTestId('groups-active')).toHaveCount(0);

  const lines = await auditLines(page, 3);
  expect(lines[0]).toContain('Retired a group');
  expect(lines[0]).toContain('Chess and draughts');
  expect(lines[2]).toContain('Changed a group');
  await lockToWall(page);
  await expect(page.getByTestId('session')).toHaveCount(0);
});

test('"Copy" opens a new group filled in from another, stored only when added, and logged as an added group', async ({ page }) => {
  await openScheduleAt(page, '2026-03-10T09:00:00');
  await page.getByRole('button', { name: 'New group' }).click();
  await fillGroup(page, { en: 'Chess', es: 'Ajedrez', facilitator: 'Sam', room: 'Library' });
  await page.getByRole('button', { name: 'Add the group' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('Chess is on the schedule.');

  // From the editor of the group: "Copy this group".
  await page.getByRole('button', { name: 'Edit: Chess' }).click();
  await page.getByRole('button', { name: 'Copy this group' }).click();
  await expect(page.getByRole('heading', { name: 'New group, copied from Chess' })).toBeVisible();
  await expect(page.getByTestId('group-title-en')).toHaveValue('Chess');
  await expect(page.getByTestId('group-title-es')).toHaveValue('Ajedrez');
  await expect(page.getByTestId('group-room')).toHaveValue('Library');
  await expect(page.getByTestId('group-facilitator')).toHaveValue('Sam');
  await expect(page.getByTestId('group-start-value')).toHaveText('10:00 AM');
  await expect(page.getByTestId('repeat-summary')).toHaveText('Every Tuesday');
  // Nothing is stored yet, and a copy left as it came asks nothing.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByTestId('groups-active').getByTestId('group-row')).toHaveCount(1);

  // From the list: the same group on Thursday evenings.
  await page.getByRole('button', { name: 'Copy: Chess' }).click();
  await page.getByRole('button', { name: 'Tuesday' }).click();
  await page.getByRole('button', { name: 'Thursday' }).click();
  await setTime(page, 'Start time', '6:00 PM', '6:30 PM');
  await page.getByRole('button', { name: 'Add the group' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('Chess is on the schedule.');
  const rows = page.getByTestId('groups-active').getByTestId('group-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Every Tuesday, 10:00 AM' })).toContainText('Library · with Sam');
  await expect(rows.filter({ hasText: 'Every Thursday, 6:30 PM' })).toContainText('Library · with Sam');

  const [copied, first] = await auditLines(page, 2);
  expect(copied).toContain('Added a group');
  expect(copied).toContain('Chess · Every Thursday, 6:30 PM');
  expect(first).toContain('Chess · Every Tuesday, 10:00 AM');
});
