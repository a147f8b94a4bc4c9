import type { Page } from '@playwright/test';
import { makeGroup } from '../unit/shared/scheduleFixtures';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/**
 * A large .ics file or backup must not freeze the wall. Reproduction of the problem this guards
 * against: import a calendar of thousands of daily events in staff mode, press Lock, then tap a
 * card on the wall; each step used to hold the page for seconds to minutes, because the file was
 * read on the page itself and every card of the day was built in one go. Now a file is read in a
 * Web Worker, an import or restore brings at most 500 groups, and the wall draws a long day a
 * screenful at a time.
 */

// One after another in one worker: the long-task measurement must not share the CPU with another test.
test.describe.configure({ mode: 'default' });

// Playwright's trace takes a copy of the whole page inside it before each step: with hundreds of
// cards that copy would count as the page's own long task.
test.use({ previewOptions: { demo: true }, trace: 'off' });

const MAX_GROUPS = 500;
const LONG_TASK_MS = 50;

/** A calendar of `count` daily groups, all starting later in the morning than the test's clock. */
function dailyCalendar(count: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Large import test//EN'];
  for (let i = 0; i < count; i++) {
    const hour = String(10 + (i % 10)).padStart(2, '0');
    const minute = String((i * 5) % 60).padStart(2, '0');
    lines.push(
      'BEGIN:VEVENT',
      `UID:daily-${i}`,
      'DTSTAMP:20260301T000000Z',
      `DTSTART:20260301T${hour}${minute}00`,
      'DURATION:PT45M',
      'RRULE:FREQ=DAILY',
      `SUMMARY:Daily group ${i}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** Starts recording every task of over 50 ms the page runs (the browser's own long-task entries). */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

/** The long tasks seen since the last call. */
async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
}

async function openSchedule(page: Page, fakeClock = true) {
  if (fakeClock) await page.clock.install({ time: new Date('2026-03-10T09:41:00') });
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Schedule');
}

async function chooseCalendar(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a calendar file (.ics)' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
}

test('a calendar with more groups than one import may bring is refused with a clear message, and nothing changes', async ({ page }) => {
  test.slow();
  await openSchedule(page);
  const rowsBefore = await page.getByTestId('group-row').count();

  await chooseCalendar(page, 'too-big.ics', dailyCalendar(MAX_GROUPS + 1));

  await expect(page.getByTestId('schedule-notice')).toHaveText(
    'This file has more than 500 groups. Hearth imports up to 500 at a time, so the wall stays easy to read. Nothing was changed.',
  );
  await expect(page.getByTestId('ics-preview')).toHaveCount(0);
  await expect(page.getByTestId('group-row')).toHaveCount(rowsBefore);
});

/**
 * The wall runs on its real clock here: a fake clock hands the page's animation frames over as
 * timers, several at once when they fall due together, which would make frames the page never
 * has. The browser's zone is chosen so that it is about 8 in the morning there now, and all the
 * day's groups (10:00 to 19:55) are still to come.
 */
function zoneWhereItIsEight(): string {
  const offset = ((((8 - new Date().getUTCHours()) % 24) + 36) % 24) - 12;
  // Etc/GMT zones count the other way round: Etc/GMT-5 is five hours ahead of UTC.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

test.describe('on the wall at eight in the morning', () => {
  test.use({ timezoneId: zoneWhereItIsEight() });

  test('after the largest import Hearth accepts, no task on the wall takes over 50 ms', async ({ page }) => {
    test.setTimeout(240_000);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const problems: string[] = [];
    page.on('console', (message) => {
      // The reader's own complaint, or the browser refusing the worker under the Content Security Policy.
      if (message.type() === 'error' && /calendar reader|Content Security Policy/.test(message.text())) problems.push(message.text());
    });
    // The page's clock runs at its real pace from the real time; the test moves it a minute on below.
    await page.clock.install();
    await openSchedule(page, false);
    await watchLongTasks(page);

    // The file is read in a worker, which the app:// Content Security Policy allows.
    let startedAt = Date.now();
    await chooseCalendar(page, 'largest.ics', dailyCalendar(MAX_GROUPS));
    await expect(page.getByTestId('ics-preview')).toContainText('New: 500 groups', { timeout: 60_000 });
    const previewMs = Date.now() - startedAt;
    expect(workers.some((url) => /ics\.worker/.test(url))).toBe(true);
    const readTasks = await takeLongTasks(page);

    startedAt = Date.now();
    await page.getByRole('button', { name: `Import ${MAX_GROUPS} groups` }).click();
    await expect(page.getByTestId('schedule-notice')).toHaveText('500 groups from the file are on the schedule.', { timeout: 60_000 });
    const importMs = Date.now() - startedAt;
    const importTasks = await takeLongTasks(page);

    // Lock: staff mode's screens go, the wall comes back.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.locator('[data-screen="home"]')).toBeVisible();
    const lockTasks = await takeLongTasks(page);

    // The wall from here on: the whole long day drawn, a minute passing, a tap on a card and back.
    // The page is queried with plain selectors only, so the test's own look-ups stay light. The
    // test waits with locator.waitFor rather than a web-first assertion: each failed poll of an
    // assertion takes an ARIA snapshot of the whole page for its message, and measuring the box of
    // every one of 500 cards lays each out on its own, a task of seconds that is the test's, not the
    // wall's. A tap's screen shows a frame after the tap, so the first poll often fails.
    const later = page.locator('[data-testid="later"] [data-testid="session"]');
    await expect.poll(() => later.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(MAX_GROUPS);
    await page.locator('[data-testid="later"] [data-key^="daily-499@"]').waitFor({ state: 'attached' });
    const drawTasks = await takeLongTasks(page);
    // A minute passes on the wall's own clock: the day is sorted again.
    const minute = await page.evaluate(() => Math.floor(Date.now() / 60_000));
    await page.clock.fastForward(60_000);
    expect(await page.evaluate(() => Math.floor(Date.now() / 60_000))).toBeGreaterThan(minute);
    await page.waitForTimeout(1_000);
    const minuteTasks = await takeLongTasks(page);
    await page.locator('[data-key^="daily-7@"] button.open').click();
    await page.locator('[data-screen="session"]').waitFor();
    const tapTasks = await takeLongTasks(page);
    await page.getByTestId('wall-back').click();
    await page.locator('[data-screen="home"]').waitFor();
    await page.waitForTimeout(1_000);
    const backTasks = await takeLongTasks(page);
    const wallTasks = [...drawTasks, ...minuteTasks, ...tapTasks, ...backTasks];

    test.info().annotations.push({
      type: 'measured',
      description: `read and preview ${previewMs} ms (long tasks ${JSON.stringify(readTasks)}); import ${importMs} ms (long tasks ${JSON.stringify(importTasks)}); lock (long tasks ${JSON.stringify(lockTasks)}); on the wall, long tasks while drawing the day ${JSON.stringify(drawTasks)}, at the minute ${JSON.stringify(minuteTasks)}, on a tap ${JSON.stringify(tapTasks)}, going back ${JSON.stringify(backTasks)}`,
    });
    console.log(test.info().annotations.at(-1)?.description);
    expect(problems).toEqual([]);
    expect(Math.max(0, ...wallTasks)).toBeLessThanOrEqual(LONG_TASK_MS);
  });
});

/** A group as a backup file holds it: a daily one from 1 March 2026. */
function backupGroup(i: number) {
  return makeGroup({
    id: `g-${i}`,
    title: { en: `Group ${i}`, es: `Grupo ${i}` },
    durationMinutes: 45,
    rrule: 'FREQ=DAILY',
    validFrom: '2026-03-01',
  });
}

/** A backup file's text with `groups` groups and `attendance` tap-ins, one a day per group. */
function backupFile(groups: number, attendance = 0): string {
  return JSON.stringify({
    format: 'hearth-backup',
    schemaVersion: 1,
    createdAt: '2026-03-01T12:00:00.000Z',
    tables: {
      groups: Array.from({ length: groups }, (_, i) => backupGroup(i)),
      exceptions: [],
      residents: [],
      attendance: Array.from({ length: attendance }, (_, i) => {
        const date = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / groups) * 86_400_000).toISOString().slice(0, 10);
        return { id: `tap-${i}`, occurrenceKey: `g-${i % groups}@${date}`, groupId: `g-${i % groups}`, date, at: 1_735_725_600_000 + i, method: 'headcount' };
      }),
      boards: [],
      shares: [],
      reviewItems: [],
      auditLog: [],
    },
  });
}

async function chooseBackup(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

test('a large backup is checked in a worker: no task on the page takes over 50 ms while it is read', async ({ page }) => {
  test.slow();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Backup and restore');
  // From the moment the wall has the file: Playwright's own hand-over of a file to the page is one
  // long task of its own before that, which a real file chooser does not have.
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    let gotFileAt = Infinity;
    document.addEventListener('change', () => (gotFileAt = performance.now()), { capture: true, once: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= gotFileAt) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });

  // The largest number of groups a restore accepts, and a year of tap-ins for them.
  const startedAt = Date.now();
  await chooseBackup(page, 'large.json', backupFile(MAX_GROUPS, 20_000));
  await expect(page.getByTestId('backup-chosen').or(page.getByTestId('backup-notice'))).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('backup-notice')).toHaveCount(0);
  await expect(page.getByTestId('backup-chosen')).toContainText('20,000');
  const readMs = Date.now() - startedAt;
  const readTasks = await takeLongTasks(page);
  test.info().annotations.push({ type: 'measured', description: `read and checked in ${readMs} ms (long tasks ${JSON.stringify(readTasks)})` });
  console.log(test.info().annotations.at(-1)?.description);

  expect(workers.some((url) => /backup\.worker/.test(url))).toBe(true);
  expect(Math.max(0, ...readTasks)).toBeLessThanOrEqual(LONG_TASK_MS);
});

test('a backup with more groups than one restore may bring is refused with a clear message, and nothing changes', async ({ page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-03-10T09:41:00') });
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Backup and restore');
  await chooseBackup(page, 'too-big.json', backupFile(MAX_GROUPS + 1));

  await expect(page.getByTestId('backup-notice')).toHaveText('This backup has 501 groups. Hearth restores up to 500, so the wall stays easy to read. Nothing was changed.');
  await expect(page.getByTestId('backup-chosen')).toHaveCount(0);
});
