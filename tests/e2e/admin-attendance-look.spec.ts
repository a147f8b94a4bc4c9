import { waitForExampleHouse } from './admin-records';
import { SCREENS, checkScreen } from './a11y';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/**
 * The attendance area's three views, the add list and the remove dialog, on a landscape and a
 * portrait wall, with the example house's eight weeks of history behind them.
 */
test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T15:00:00');

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('attendance by session, by resident and for dates reads well', async ({ page }, testInfo) => {
      test.slow();
      await page.clock.install({ time: NOW });
      await page.goto('/');
      await waitForExampleHouse(page);
      await unlockStaff(page, DEMO_STAFF);
      await openStaffArea(page, 'Attendance');

      await page.getByTestId('day-session').filter({ hasText: 'Morning check-in' }).click();
      await expect(page.getByTestId('session-attendees').locator('.name').first()).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-attendance-session`);
      await page.getByRole('button', { name: 'Add a resident' }).click();
      await checkScreen(page, testInfo, `${screen.name}-attendance-session-add`);
      await page.getByTestId('session-attendees').getByRole('button', { name: /^Remove / }).first().click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-attendance-remove-dialog`);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('radio', { name: 'By resident' }).click();
      await page.getByRole('button', { name: 'Desmond Okafor' }).click();
      await expect(page.getByTestId('resident-result')).toBeVisible();
      // The demo has a history to show: Desmond comes to the recovery circle most weeks.
      await expect(page.getByTestId('resident-rate')).toHaveText(/^Came to [1-9]\d* of \d+ sessions/);
      await checkScreen(page, testInfo, `${screen.name}-attendance-resident`);

      await page.getByRole('radio', { name: 'For dates' }).click();
      await page.getByRole('button', { name: 'Last 3 months' }).click();
      await expect(page.getByTestId('weekly-chart').locator('rect')).toHaveCount(14);
      // Held, tap-ins, average: the recovery circle's regulars came.
      const circle = page.getByTestId('range-summary').getByRole('row', { name: /^Recovery circle/ }).getByRole('cell');
      await expect(circle.nth(1)).toHaveText(/^[1-9]\d*$/);
      await page.getByText('Show the same numbers as a table').click();
      await checkScreen(page, testInfo, `${screen.name}-attendance-range`);
    });
  });
}
