import { putRows, waitForExampleHouse } from './admin-records';
import { SCREENS, checkScreen } from './a11y';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/** The attendance area's three views, the add list and the remove dialog, on a landscape and a portrait wall. */
test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T15:00:00');

/** Six weeks of tap-ins at the morning check-in and the walking group, so the chart has bars to draw. */
function history() {
  const rows = [];
  for (let day = 0; day < 42; day += 1) {
    const date = new Date(Date.UTC(2026, 2, 10 - day)).toISOString().slice(0, 10);
    for (let r = 1; r <= 1 + (day % 4); r += 1) {
      rows.push({ id: `h-${day}-${r}`, occurrenceKey: `morning-check-in@${date}`, groupId: 'morning-check-in', date, residentId: `resident-${r}`, at: Date.parse(`${date}T09:35:00`), method: 'symbol' });
    }
    rows.push({ id: `h-${day}-count`, occurrenceKey: `morning-check-in@${date}`, groupId: 'morning-check-in', date, at: Date.parse(`${date}T09:36:00`), method: 'headcount' });
  }
  return rows;
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('attendance by session, by resident and for dates reads well', async ({ page }, testInfo) => {
      test.slow();
      await page.clock.install({ time: NOW });
      await page.goto('/');
      await waitForExampleHouse(page);
      await putRows(page, { attendance: history() });
      await unlockStaff(page, DEMO_STAFF);
      await openStaffArea(page, 'Attendance');

      await page.getByTestId('day-session').filter({ hasText: 'Morning check-in' }).click();
      await expect(page.getByTestId('session-attendees')).toContainText('Marisol Vega');
      await checkScreen(page, testInfo, `${screen.name}-attendance-session`);
      await page.getByRole('button', { name: 'Add a resident' }).click();
      await checkScreen(page, testInfo, `${screen.name}-attendance-session-add`);
      await page.getByRole('button', { name: 'Remove Marisol Vega' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-attendance-remove-dialog`);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('radio', { name: 'By resident' }).click();
      await page.getByRole('button', { name: 'Desmond Okafor' }).click();
      await expect(page.getByTestId('resident-result')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-attendance-resident`);

      await page.getByRole('radio', { name: 'For dates' }).click();
      await page.getByRole('button', { name: 'Last 3 months' }).click();
      await expect(page.getByTestId('weekly-chart').locator('rect')).toHaveCount(14);
      await page.getByText('Show the same numbers as a table').click();
      await checkScreen(page, testInfo, `${screen.name}-attendance-range`);
    });
  });
}
