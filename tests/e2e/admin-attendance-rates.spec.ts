import { putRows, waitForExampleHouse } from './admin-records';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/**
 * The attendance figures say what they count: a resident's rate is over the groups they attend,
 * and only sessions that are over and were not cancelled count as held (a moved one at its new time).
 */
// Without the demo's attendance history: these tests count every record, or write their own at the demo's sessions.
test.use({ previewOptions: { demo: true, attendanceHistory: false } });

// A Tuesday afternoon: the recovery circle (14:00–15:00) is still going on.
const NOW = new Date('2026-03-10T14:30:00');

const tap = (id: string, groupId: string, date: string, at: string, residentId?: string) => ({
  id,
  occurrenceKey: `${groupId}@${date}`,
  groupId,
  date,
  at: Date.parse(at),
  method: residentId ? 'symbol' : 'headcount',
  ...(residentId ? { residentId } : {}),
});

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await waitForExampleHouse(page);
  const note = { en: 'A note', es: 'Una nota' };
  await putRows(page, {
    exceptions: [
      // Saturday's garden time was cancelled after Marisol and one other had tapped in.
      { id: 'cancel-garden', groupId: 'garden-time', date: '2026-03-07', kind: 'cancel', note, createdAt: Date.parse('2026-03-07T14:20:00') },
      // Sunday's music circle was moved to Monday, and has happened there.
      { id: 'move-music', groupId: 'music-circle', date: '2026-03-08', kind: 'move', newDate: '2026-03-09', note, createdAt: Date.parse('2026-03-06T10:00:00') },
    ],
    attendance: [
      tap('g1', 'garden-time', '2026-02-14', '2026-02-14T14:02:00', 'resident-1'),
      tap('g2', 'garden-time', '2026-02-28', '2026-02-28T14:03:00', 'resident-1'),
      tap('g3', 'garden-time', '2026-03-07', '2026-03-07T14:01:00', 'resident-1'),
      tap('g4', 'garden-time', '2026-03-07', '2026-03-07T14:04:00'),
      tap('m1', 'music-circle', '2026-03-01', '2026-03-01T15:01:00', 'resident-1'),
      tap('m2', 'music-circle', '2026-03-08', '2026-03-09T15:02:00', 'resident-1'),
      // The recovery circle now: she is there, but the session is not over yet.
      tap('r1', 'recovery-circle', '2026-03-10', '2026-03-10T14:05:00', 'resident-1'),
    ],
  });
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Attendance');
});

test('a resident’s rate is over the sessions held by the groups they attend, in English and in Spanish', async ({ page }) => {
  await page.getByRole('radio', { name: 'By resident' }).click();
  await page.getByRole('button', { name: 'Marisol Vega' }).click();
  const result = page.getByTestId('resident-result');
  // Garden time 2 of 3 (the cancelled one left out), music circle 2 of 4 (the moved one at its new time), recovery circle 0 of 7 (today's not over).
  await expect(page.getByTestId('resident-rate')).toHaveText('Came to 4 of 14 sessions of the groups they attend: 28.6%');
  await expect(result.locator('tbody tr')).toHaveText([/^Garden time\s*2\s*3\s*66\.7%$/, /^Music circle\s*2\s*4\s*50%$/, /^Recovery circle\s*0\s*7\s*0%$/]);

  await page.getByRole('button', { name: 'Desmond Okafor' }).click();
  await expect(result).toContainText('No sessions attended in these dates, so there is no rate.');
  await expect(page.getByTestId('resident-rate')).toHaveCount(0);

  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Marisol Vega' }).click();
  await expect(page.getByTestId('resident-rate')).toHaveText('Vino a 4 de 14 sesiones de los grupos a los que va: 28,6 %');
  await expect(result.locator('tbody tr')).toHaveText([/^Círculo de música\s*2\s*4\s*50\s%$/, /^Círculo de recuperación\s*0\s*7\s*0\s%$/, /^Tiempo en el jardín\s*2\s*3\s*66,7\s%$/]);
  await page.getByRole('button', { name: 'Desmond Okafor' }).click();
  await expect(result).toContainText('No vino a ninguna sesión en estas fechas, así que no hay tasa.');
});

test('the date-range report counts only sessions held and the tap-ins at them, and says what it left out', async ({ page }) => {
  await page.getByRole('radio', { name: 'For dates' }).click();
  const summary = page.getByTestId('range-summary');
  await expect(summary.getByRole('row', { name: /^Garden time/ })).toHaveText(/^Garden time\s*3\s*2\s*0\.7$/);
  await expect(summary.getByRole('row', { name: /^Music circle/ })).toHaveText(/^Music circle\s*4\s*2\s*0\.5$/);
  await expect(summary.getByRole('row', { name: /^Recovery circle/ })).toHaveText(/^Recovery circle\s*7\s*0\s*0$/);
  // Tonight's house meeting has not happened yet.
  await expect(summary.getByRole('row', { name: /^House meeting/ })).toHaveCount(0);
  // Four tap-ins over 103 sessions: an average above 0 is never shown as 0.
  await expect(summary.locator('tfoot tr')).toHaveText(/^All groups\s*103\s*4\s*under 0\.1$/);
  await expect(page.getByTestId('not-counted')).toHaveText('3 tap-ins were at sessions not over yet or cancelled: they are in the CSV file but not in these figures.');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(summary.locator('tfoot tr')).toHaveText(/^Todos los grupos\s*103\s*4\s*menos de 0,1$/);
  await expect(page.getByTestId('not-counted')).toHaveText('3 llegadas fueron a sesiones que aún no terminaron o se cancelaron: están en el archivo CSV, pero no en estas cifras.');
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 1080, height: 1920 }]) {
  test(`every date under the weekly chart is whole at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.getByRole('radio', { name: 'For dates' }).click();
    for (const range of ['Last 4 weeks', 'Last 3 months', 'Last 12 months']) {
      await page.getByRole('button', { name: range }).click();
      const chart = page.getByTestId('weekly-chart');
      await expect(chart.locator('text.label').first()).toBeVisible();
      const cut = await chart.evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text.label')]
          .filter((label) => {
            const box = label.getBoundingClientRect();
            return box.left < frame.left || box.right > frame.right;
          })
          .map((label) => label.textContent);
      });
      expect(cut, range).toEqual([]);
    }
  });
}
