import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';
import { auditLines, backToStaff, lockToWall, setTime, wallCard } from './admin-schedule-helpers';

/**
 * Cancelling, moving and restoring one session from staff mode, on the example house. Tuesday
 * 10 March 2026, 9:41 in America/Chicago: the walking group meets at 11:00 today.
 */
test.use({ previewOptions: { demo: true } });

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-03-10T09:41:00') });
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Schedule');
  await page.getByRole('button', { name: 'Single sessions' }).click();
});

const sessionRow = (page: Page, title: string) => page.getByTestId('admin-sessions').getByTestId('admin-session').filter({ hasText: title });

test('one cancelled session says Cancelled with the note on the wall, in both languages, and restoring brings it back', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Cancel session: Walking group, 11:00 AM – 12:00 PM' }).click();
  await page.getByTestId('session-note-en').fill('Luis is unwell today.');
  await page.getByTestId('session-note-es').fill('Luis está enfermo hoy.');
  await page.getByRole('button', { name: 'Cancel this session' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('That session of Walking group is cancelled. The wall says so.');
  await expect(sessionRow(page, 'Walking group').getByTestId('admin-session-status')).toHaveText(/Cancelled\s+Luis is unwell today\./);

  await lockToWall(page);
  const walk = wallCard(page, 'later', 'Walking group');
  await expect(walk.getByTestId('status')).toHaveText(/Cancelled\s+Luis is unwell today\./);
  await expect(walk.getByRole('button', { name: 'Tap to join' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(wallCard(page, 'later', 'Grupo de caminata').getByTestId('status')).toHaveText(/Cancelado\s+Luis está enfermo hoy\./);
  await page.getByRole('button', { name: 'English' }).click();

  await backToStaff(page, DEMO_STAFF, 'Schedule');
  await page.getByRole('button', { name: 'Single sessions' }).click();
  await page.getByRole('button', { name: 'Restore: Walking group, 11:00 AM – 12:00 PM' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('That session of Walking group is back as usual.');
  await expect(sessionRow(page, 'Walking group').getByTestId('admin-session-status')).toHaveCount(0);

  const lines = await auditLines(page, 3);
  expect(lines[0]).toContain('Restored one session');
  expect(lines[0]).toContain('Walking group · 2026-03-10');
  expect(lines[2]).toContain('Cancelled one session');
  expect(lines[2]).toContain('Walking group · 2026-03-10 · Luis is unwell today.');

  await lockToWall(page);
  await expect(wallCard(page, 'later', 'Walking group').getByTestId('status')).toHaveCount(0);
});

test('a session moved to tomorrow afternoon leaves today and shows tomorrow at its new time with the note', async ({ page }) => {
  await page.getByRole('button', { name: 'Move: Walking group, 11:00 AM – 12:00 PM' }).click();
  await page.getByRole('button', { name: 'Change date: New date' }).click();
  await page.getByRole('button', { name: 'Wednesday, March 11, 2026' }).click();
  await expect(page.getByTestId('move-date-value')).toHaveText('Wednesday, March 11, 2026');
  await setTime(page, 'New start time', '3:00 PM', '3:00 PM');
  await expect(page.getByTestId('move-time-value')).toHaveText('3:00 PM');
  await page.getByTestId('session-note-en').fill('Moved: the park is closed today.');
  await page.getByRole('button', { name: 'Move this session' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('That session of Walking group is moved. The wall shows the new time.');
  await expect(sessionRow(page, 'Walking group')).toHaveCount(0);

  await page.getByRole('button', { name: 'Tomorrow' }).click();
  const moved = sessionRow(page, 'Walking group');
  await expect(moved).toContainText('3:00 – 4:00 PM');
  await expect(moved.getByTestId('admin-session-status')).toHaveText(/Moved\s+\(was Tue, Mar 10, 11:00 AM\)\s+Moved: the park is closed today\./);

  const [latest] = await auditLines(page, 1);
  expect(latest).toContain('Moved one session');
  expect(latest).toContain('Walking group · 2026-03-10 · → 2026-03-11 15:00');

  await lockToWall(page);
  await expect(page.getByTestId('session').filter({ hasText: 'Walking group' })).toHaveCount(0);
  await page.clock.fastForward('24:00:00');
  const tomorrow = wallCard(page, 'later', 'Walking group');
  await expect(tomorrow).toContainText('3:00 – 4:00 PM');
  // Spanish was left empty: the wall shows the English note.
  await expect(tomorrow.getByTestId('status')).toHaveText(/New time\s+Moved: the park is closed today\./);
});

test('a move to the same date and time is refused with a clear message, and nothing changes', async ({ page }) => {
  await page.getByRole('button', { name: 'Move: Walking group, 11:00 AM – 12:00 PM' }).click();
  await page.getByRole('button', { name: 'Move this session' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please choose a new date or time.');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(sessionRow(page, 'Walking group').getByTestId('admin-session-status')).toHaveCount(0);
});

test('a changed session shows in its group, and can be restored from there', async ({ page }) => {
  // The example house cancels this evening's wind-down.
  await page.getByRole('button', { name: 'Groups', exact: true }).click();
  await page.getByRole('button', { name: 'Edit: Evening wind-down' }).click();
  const changes = page.getByTestId('group-exceptions');
  await expect(changes).toContainText('Tue, Mar 10: cancelled');
  await expect(changes).toContainText('Jordan is away today.');
  await page.getByRole('button', { name: 'Restore: Tue, Mar 10' }).click();
  await expect(page.getByTestId('schedule-notice')).toHaveText('The session on Tue, Mar 10 is back as usual.');
  await expect(page.getByText('No sessions of this group are cancelled or moved.')).toBeVisible();
  const [latest] = await auditLines(page, 1);
  expect(latest).toContain('Restored one session');
  expect(latest).toContain('Evening wind-down · 2026-03-10');
});

test('a session that has ended says so, and can no longer be cancelled, moved or restored', async ({ page }) => {
  const checkIn = sessionRow(page, 'Morning check-in');
  await expect(checkIn.getByRole('button', { name: /^Cancel session/ })).toBeVisible();
  // The check-in ends at 10:00. A touch every minute keeps staff mode open meanwhile.
  for (let i = 0; i < 20; i++) {
    await page.clock.runFor(60_000);
    await page.getByRole('button', { name: 'Single sessions' }).click();
  }
  await expect(checkIn.getByTestId('admin-session-over')).toHaveText('Over');
  await expect(checkIn.getByRole('button')).toHaveCount(0);
  await expect(sessionRow(page, 'Walking group').getByRole('button', { name: /^Cancel session/ })).toBeVisible();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(sessionRow(page, 'Charla de la mañana').getByTestId('admin-session-over')).toHaveText('Terminada');
});

test('a note written only in Spanish reaches the English wall, and staff screens say which language it is in', async ({ page }) => {
  await page.getByRole('button', { name: 'Cancel session: Walking group, 11:00 AM – 12:00 PM' }).click();
  await page.getByTestId('session-note-es').fill('Luis está enfermo hoy.');
  await page.getByRole('button', { name: 'Cancel this session' }).click();
  await expect(sessionRow(page, 'Walking group').getByTestId('admin-session-status')).toHaveText(/Cancelled\s+Luis está enfermo hoy\. \(only in Spanish\)/);

  await lockToWall(page);
  const note = wallCard(page, 'later', 'Walking group').getByTestId('status').locator('.note');
  await expect(note).toHaveText('Luis está enfermo hoy.');
  await expect(note).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(wallCard(page, 'later', 'Grupo de caminata').getByTestId('status')).toHaveText(/Cancelado\s+Luis está enfermo hoy\./);
  await expect(wallCard(page, 'later', 'Grupo de caminata').getByTestId('status').locator('.note')).toHaveAttribute('lang', 'es');
});
