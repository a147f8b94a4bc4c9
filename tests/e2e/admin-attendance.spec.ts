import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { auditRows, dumpTables, putRows, waitForExampleHouse } from './admin-records';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

// Without the demo's attendance history: these tests count every record, or write their own at the demo's sessions.
test.use({ previewOptions: { demo: true, attendanceHistory: false } });

const NOW = new Date('2026-03-10T15:00:00');
const FORMULA_NAMES = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'];

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await waitForExampleHouse(page);
  await putRows(page, {
    residents: FORMULA_NAMES.map((name, i) => ({ id: `formula-${i}`, symbol: `formula-${i}`, name, active: true, createdAt: NOW.getTime() })),
    attendance: [
      // A headcount tap this morning, and Marisol at last Thursday's walk.
      { id: 'tap-headcount', occurrenceKey: 'morning-check-in@2026-03-10', groupId: 'morning-check-in', date: '2026-03-10', at: NOW.getTime() - 5 * 3_600_000, method: 'headcount' },
      { id: 'tap-walk', occurrenceKey: 'walking-group@2026-03-05', groupId: 'walking-group', date: '2026-03-05', residentId: 'resident-1', at: Date.parse('2026-03-05T11:02:00'), method: 'symbol' },
    ],
  });
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Attendance');
});

test('staff add and remove attendance for a session, and each change is in the audit log', async ({ page }) => {
  await expect(page.getByTestId('session-day-value')).toHaveText('Tue, Mar 10, 2026');
  const sessions = page.getByTestId('day-session');
  await expect(sessions.filter({ hasText: 'Evening wind-down' })).toContainText('Cancelled');
  await sessions.filter({ hasText: 'Morning check-in' }).click();
  const attendees = page.getByTestId('session-attendees');
  await expect(attendees).toContainText('And 1 tap-in without a name (headcount).');

  await attendees.getByRole('button', { name: 'Add a resident' }).click();
  for (const name of ['Marisol Vega', ...FORMULA_NAMES]) {
    await attendees.getByRole('button', { name, exact: true }).click();
    await expect(page.getByTestId('attendance-notice')).toHaveText(`${name} is now in.`);
  }
  await attendees.getByRole('button', { name: 'Done' }).click();
  await expect(attendees.locator('.name')).toHaveText(['-2', '+1', '@SUM(A1)', '=HYPERLINK("x")', 'Marisol Vega'].sort((a, b) => a.localeCompare(b)));

  await attendees.getByRole('button', { name: 'Remove -2' }).click();
  await page.getByRole('alertdialog', { name: 'Remove -2 from this session?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('attendance-notice')).toHaveText('-2 was removed.');
  await expect(attendees.locator('.name')).toHaveCount(4);
  await expect(sessions.filter({ hasText: 'Morning check-in' })).toContainText('5 came');

  const stored = (await dumpTables(page)).attendance.filter((a) => a.occurrenceKey === 'morning-check-in@2026-03-10');
  expect(stored.filter((a) => a.method === 'staff').map((a) => a.residentId).sort()).toEqual(['formula-0', 'formula-1', 'formula-3', 'resident-1']);

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).first()).toContainText(/Removed an attendance\s*Symbol: Symbol · Morning check-in · 2026-03-10/);
  // The log never names a resident.
  await expect(page.getByTestId('audit-log')).not.toContainText('Marisol');
  await expect(auditRows(page).filter({ hasText: 'Added an attendance' })).toHaveCount(5);
});

test('the date-range report counts each group, charts each week, and exports a CSV whose formula-like names are inert', async ({ page }) => {
  await page.getByTestId('day-session').filter({ hasText: 'Morning check-in' }).click();
  await page.getByRole('button', { name: 'Add a resident' }).click();
  for (const name of FORMULA_NAMES) await page.getByTestId('session-attendees').getByRole('button', { name, exact: true }).click();
  await expect(page.getByTestId('day-session').filter({ hasText: 'Morning check-in' })).toContainText('5 came');

  await page.getByRole('radio', { name: 'For dates' }).click();
  await expect(page.getByRole('button', { name: 'Last 4 weeks' })).toHaveAttribute('aria-pressed', 'true');
  const summary = page.getByTestId('range-summary');
  await expect(summary.getByRole('row', { name: /^Morning check-in/ })).toHaveText(/Morning check-in\s*28\s*5\s*0\.2/);
  await expect(summary.getByRole('row', { name: /^Walking group/ })).toContainText('1');
  // Groups by name, never by how many came.
  const groupNames = await summary.locator('tbody th').allTextContents();
  expect(groupNames).toEqual([...groupNames].sort((a, b) => a.localeCompare(b)));

  await expect(page.getByTestId('weekly-chart').locator('rect')).toHaveCount(5);
  await page.getByText('Show the same numbers as a table').click();
  await expect(page.getByTestId('weekly-table').getByRole('row', { name: /Week of Mon, Mar 9, 2026/ })).toContainText('5');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hearth-attendance-2026-02-11-to-2026-03-10.csv');
  const text = readFileSync((await file.path()) as string, 'utf8');
  await expect(page.getByTestId('csv-notice')).toHaveText('Saved 6 lines.');

  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' }).data;
  expect(rows[0]).toEqual(['Date', 'Group', 'Resident', 'Tapped in at', 'How']);
  expect(rows.slice(1)).toEqual([
    ['2026-03-05', 'Walking group', 'Marisol Vega', '11:02 AM', 'Symbol'],
    ['2026-03-10', 'Morning check-in', "'-2", '3:00 PM', 'Added by staff'],
    ['2026-03-10', 'Morning check-in', "'@SUM(A1)", '3:00 PM', 'Added by staff'],
    ['2026-03-10', 'Morning check-in', "'+1", '3:00 PM', 'Added by staff'],
    ['2026-03-10', 'Morning check-in', "'=HYPERLINK(\"x\")", '3:00 PM', 'Added by staff'],
    ['2026-03-10', 'Morning check-in', '(headcount, no name)', '10:00 AM', 'Headcount'],
  ]);
  // No cell of the file starts a formula.
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).first()).toContainText(/Saved attendance as CSV\s*2026-02-11 – 2026-03-10 · 6 records/);
});

test('by resident: the sessions one resident came to and their attendance rate, per group', async ({ page }) => {
  await page.getByRole('radio', { name: 'By resident' }).click();
  await page.getByRole('button', { name: 'Marisol Vega' }).click();
  const result = page.getByTestId('resident-result');
  await expect(result).toContainText('Marisol Vega, Wed, Feb 11, 2026 to Tue, Mar 10, 2026');
  await expect(page.getByTestId('resident-rate')).toHaveText('Came to 1 of 12 sessions of the groups they attend: 8.3%');
  await expect(result.getByRole('row', { name: /^Walking group/ })).toHaveText(/Walking group\s*1\s*12\s*8\.3%/);
  await expect(result.getByRole('listitem')).toHaveText(['Thu, Mar 5, 2026 Walking group']);
});
