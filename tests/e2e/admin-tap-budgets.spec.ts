import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { auditLines, lockToWall, wallCard } from './admin-schedule-helpers';
import { putRows, waitForExampleHouse } from './admin-records';
import { test, expect } from './fixtures';
import { DEMO_STAFF } from './staff';

/**
 * How many taps the everyday staff tasks take, counted from the wall's home screen, unlock
 * included (the Staff button, the six PIN digits, Open). A tap is one press of a button or a
 * field. Letters typed on the staff keyboard are counted apart, as "letters", one for each
 * character (a space too): a title costs what it costs to spell, and the budgets are for the
 * taps around it.
 *
 * The example house, with its one staff account, on Wednesday 11 March 2026 at 3 pm in
 * America/Chicago: tonight Cooking together meets at 5:30, and last month is February.
 */
test.use({ previewOptions: { demo: true, attendanceHistory: false } });

const NOW = new Date('2026-03-11T15:00:00');

/** Presses and letters, counted. */
class Taps {
  taps = 0;
  letters = 0;
  readonly #page: Page;

  constructor(page: Page) {
    this.#page = page;
  }

  async tap(target: Locator) {
    await target.click();
    this.taps += 1;
  }

  /**
   * Types on the staff keyboard, one key per character, counted as letters. The keyboard offers a
   * capital at the start of a field by itself; text here has no other capitals.
   */
  async type(text: string) {
    const keyboard = this.#page.getByRole('group', { name: 'Keyboard' });
    for (const [i, character] of [...text].entries()) {
      const key = character === ' ' ? 'space' : character;
      if (i > 0 && character !== character.toLowerCase()) throw new Error(`No capital in the middle of "${text}": it would need the shift key`);
      await keyboard.getByRole('button', { name: key, exact: true }).click();
      this.letters += 1;
    }
  }
}

/** From the wall: the Staff button, the PIN on the PIN pad, Open. The only account needs no name. */
async function unlock(page: Page, count: Taps) {
  await count.tap(page.getByRole('button', { name: 'Staff mode' }));
  await expect(page.getByRole('heading', { name: `Hello, ${DEMO_STAFF.name}` })).toBeVisible();
  for (const digit of DEMO_STAFF.pin) await count.tap(page.getByRole('button', { name: digit, exact: true }));
  await count.tap(page.getByRole('button', { name: 'Open', exact: true }));
  await expect(page.getByTestId('staff-shell')).toBeVisible();
}

const area = (page: Page, name: string) => page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name });

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await waitForExampleHouse(page);
});

test('with one staff account, unlocking goes straight to the PIN pad, which says whose PIN it is: 8 taps', async ({ page }) => {
  const count = new Taps(page);
  await unlock(page, count);
  expect(count.taps).toBe(8);
  await lockToWall(page);
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await expect(page.getByRole('heading', { name: `Hello, ${DEMO_STAFF.name}` })).toBeVisible();
  await expect(page.getByText('Enter your PIN.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toHaveCount(0);
  // Nobody else to be.
  await expect(page.getByRole('button', { name: 'Choose another name' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Forgot your PIN?' })).toBeVisible();
});

test("cancelling tonight's group, with a note, takes at most 14 taps", async ({ page }) => {
  const count = new Taps(page);
  await unlock(page, count);
  await count.tap(area(page, 'Schedule'));
  await count.tap(page.getByRole('button', { name: 'Single sessions' }));
  await count.tap(page.getByRole('button', { name: 'Cancel session: Cooking together, 5:30 – 7:00 PM' }));
  await count.tap(page.getByTestId('session-note-en'));
  await count.type('Ana is ill');
  await count.tap(page.getByRole('button', { name: 'Cancel this session' }));
  await expect(page.getByTestId('schedule-notice')).toHaveText('That session of Cooking together is cancelled. The wall says so.');

  expect(count.taps).toBeLessThanOrEqual(14);
  expect(count.letters).toBe('Ana is ill'.length);
  test.info().annotations.push({ type: 'taps', description: `cancel tonight's group: ${count.taps} taps + ${count.letters} letters` });

  await lockToWall(page);
  await expect(wallCard(page, 'later', 'Cooking together').getByTestId('status')).toHaveText(/Cancelled\s+Ana is ill/);
});

test('adding a weekly group, Monday 7 pm in the Lounge with Sam, takes at most 20 taps and the letters typed', async ({ page }) => {
  const count = new Taps(page);
  await unlock(page, count);
  await count.tap(area(page, 'Schedule'));
  await count.tap(page.getByRole('button', { name: 'New group' }));
  await count.tap(page.getByTestId('group-title-en'));
  await count.type('Games night');
  await count.tap(page.getByTestId('group-room'));
  await count.type('Lounge');
  await count.tap(page.getByTestId('group-facilitator'));
  await count.type('Sam');
  const start = page.getByRole('group', { name: 'Start time', exact: true });
  await count.tap(start.getByRole('button', { name: 'Change time: Start time' }));
  await count.tap(start.getByRole('button', { name: '7:00 PM', exact: true }));
  await expect(start.getByText('Start time: choose the minutes')).toBeVisible();
  await count.tap(start.getByRole('button', { name: '7:00 PM', exact: true }));
  await expect(page.getByTestId('group-start-value')).toHaveText('7:00 PM');
  // A new group meets on today's weekday, a Wednesday: Monday instead.
  await count.tap(page.getByRole('button', { name: 'Monday' }));
  await count.tap(page.getByRole('button', { name: 'Wednesday' }));
  await expect(page.getByTestId('repeat-summary')).toHaveText('Every Monday');
  await count.tap(page.getByRole('button', { name: 'Add the group' }));
  await expect(page.getByTestId('schedule-notice')).toHaveText('Games night is on the schedule.');

  expect(count.taps).toBeLessThanOrEqual(20);
  expect(count.letters).toBe('Games night'.length + 'Lounge'.length + 'Sam'.length);
  test.info().annotations.push({ type: 'taps', description: `add a weekly group: ${count.taps} taps + ${count.letters} letters` });

  const row = page.getByTestId('groups-active').getByTestId('group-row').filter({ hasText: 'Games night' });
  await expect(row).toContainText('Every Monday, 7:00 PM, 1 hour');
  await expect(row).toContainText('Lounge · with Sam');
  const [added] = await auditLines(page, 1);
  expect(added).toContain('Added a group');
  expect(added).toContain('Games night · Every Monday, 7:00 PM');
});

test("saving last month's attendance as CSV takes at most 14 taps, and the file holds February and nothing else", async ({ page }) => {
  // Tap-ins on both sides of each end of February, and one today.
  const tapIn = (date: string, time: string, residentId: string) => ({
    id: `tap-${date}-${residentId}`,
    occurrenceKey: `morning-check-in@${date}`,
    groupId: 'morning-check-in',
    date,
    residentId,
    at: new Date(`${date}T${time}`).getTime(),
    method: 'symbol',
  });
  await putRows(page, {
    attendance: [
      tapIn('2026-01-31', '09:35:00', 'resident-1'),
      tapIn('2026-02-01', '09:31:00', 'resident-1'),
      tapIn('2026-02-14', '09:40:00', 'resident-2'),
      tapIn('2026-02-28', '09:45:00', 'resident-1'),
      tapIn('2026-03-01', '09:32:00', 'resident-2'),
      tapIn('2026-03-11', '09:33:00', 'resident-1'),
    ],
  });

  const count = new Taps(page);
  await unlock(page, count);
  await count.tap(area(page, 'Attendance'));
  await count.tap(page.getByRole('radio', { name: 'For dates' }));
  await count.tap(page.getByRole('button', { name: 'Last month' }));
  await expect(page.getByTestId('range-from-value')).toHaveText('Sun, Feb 1, 2026');
  await expect(page.getByTestId('range-to-value')).toHaveText('Sat, Feb 28, 2026');
  const download = page.waitForEvent('download');
  await count.tap(page.getByRole('button', { name: 'Save as CSV' }));
  const file = await download;
  await expect(page.getByTestId('csv-notice')).toHaveText('Saved 3 lines.');

  expect(count.taps).toBeLessThanOrEqual(14);
  expect(count.letters).toBe(0);
  test.info().annotations.push({ type: 'taps', description: `export last month: ${count.taps} taps` });

  expect(file.suggestedFilename()).toBe('hearth-attendance-2026-02-01-to-2026-02-28.csv');
  const text = readFileSync((await file.path()) as string, 'utf8');
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' }).data;
  expect(rows[0]?.[0]).toBe('Date');
  expect(rows.slice(1).map((row) => row[0])).toEqual(['2026-02-01', '2026-02-14', '2026-02-28']);
});

test('other dates take a few taps on the calendar: the first day, then the last, in either order', async ({ page }) => {
  const count = new Taps(page);
  await unlock(page, count);
  await count.tap(area(page, 'Attendance'));
  await count.tap(page.getByRole('radio', { name: 'For dates' }));
  await count.tap(page.getByRole('button', { name: 'Choose dates' }));
  await expect(page.getByTestId('range-hint')).toHaveText('Tap the first day, then the last day.');
  // Days after today cannot be chosen, nor a month after this one.
  await expect(page.getByRole('button', { name: 'Thursday, March 12, 2026' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Next month' })).toBeDisabled();
  await count.tap(page.getByRole('button', { name: 'Previous month' }));
  await count.tap(page.getByRole('button', { name: 'Friday, February 20, 2026' }));
  await expect(page.getByTestId('range-hint')).toHaveText('First day: Fri, Feb 20, 2026. Now tap the last day.');
  // Nothing changes until the second tap.
  await expect(page.getByTestId('range-from-value')).toHaveText('Thu, Feb 12, 2026');
  await count.tap(page.getByRole('button', { name: 'Tuesday, February 3, 2026' }));
  await expect(page.getByTestId('range-from-value')).toHaveText('Tue, Feb 3, 2026');
  await expect(page.getByTestId('range-to-value')).toHaveText('Fri, Feb 20, 2026');
  await expect(page.getByRole('button', { name: 'Choose dates' })).toHaveAttribute('aria-expanded', 'false');
  // No preset covers these days.
  await expect(page.getByRole('group', { name: 'Quick choices' }).getByRole('button', { pressed: true })).toHaveCount(0);
  expect(count.taps).toBe(8 + 6);

  await page.getByRole('button', { name: 'This week' }).click();
  await expect(page.getByTestId('range-from-value')).toHaveText('Mon, Mar 9, 2026');
  await expect(page.getByTestId('range-to-value')).toHaveText('Wed, Mar 11, 2026');
  await page.getByRole('button', { name: 'Last week' }).click();
  await expect(page.getByTestId('range-from-value')).toHaveText('Mon, Mar 2, 2026');
  await expect(page.getByTestId('range-to-value')).toHaveText('Sun, Mar 8, 2026');
  await expect(page.getByRole('button', { name: 'Last week' })).toHaveAttribute('aria-pressed', 'true');
});
