import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEMO_STAFF, STAFF, openStaffArea, setupStaff, unlockStaff } from './staff';
import { SPRING_HOLIDAY, auditLines, icsCalendar, lockToWall, wallCard } from './admin-schedule-helpers';

/** The schedule as an .ics file: saved as a browser download in the web preview, read back as an upload. */

async function openSchedule(page: Page, staff: { name: string; pin: string }) {
  test.slow();
  await page.clock.install({ time: new Date('2026-03-10T09:41:00') });
  await page.goto('/');
  await unlockStaff(page, staff);
  await openStaffArea(page, 'Schedule');
}

/** Answers the preview's upload dialog with this file. */
async function importFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a calendar file (.ics)' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
}

test.describe('on the example house', () => {
  test.use({ previewOptions: { demo: true } });

  test('the schedule saved as .ics holds every group and change, and importing it puts an edited group back', async ({ page }) => {
    await openSchedule(page, DEMO_STAFF);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as a calendar file (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('hearth-schedule-2026-03-10.ics');
    const ics = readFileSync((await file.path()) as string, 'utf8');
    // Long lines are folded (RFC 5545); unfolded, each property reads whole.
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    await expect(page.getByTestId('schedule-notice')).toHaveText('The schedule is saved as a calendar file (10 groups).');

    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // One event per group, and one more for the example house's moved check-in tomorrow.
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(11);
    expect(ics.match(/^RECURRENCE-ID:/gm)).toHaveLength(1);
    expect(unfolded).toContain('\r\nUID:walking-group\r\n');
    expect(unfolded).toContain('\r\nSUMMARY:Walking group\r\n');
    expect(unfolded).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH,SA\r\n');
    expect(unfolded).toContain('\r\nX-HEARTH-TITLE-ES;VALUE=TEXT:Grupo de caminata\r\n');
    expect(unfolded).toContain('\r\nX-HEARTH-FACILITATOR;VALUE=TEXT:Luis\r\n');
    // The example house cancels tonight's wind-down: an EXDATE, with the note staff wrote.
    expect(unfolded).toContain('\r\nEXDATE:20260310T200000\r\n');
    expect(unfolded).toMatch(/\r\nX-HEARTH-CANCEL-NOTE-EN;[^:]*X-HEARTH-DATE=2026-03-10[^:]*:Jordan is away today\./);

    await page.getByRole('button', { name: 'Edit: Walking group' }).click();
    await page.getByTestId('group-title-en').fill('Walk');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('schedule-notice')).toHaveText('Walk is saved.');

    await importFile(page, 'hearth-schedule-2026-03-10.ics', ics);
    const preview = page.getByTestId('ics-preview');
    await expect(preview.getByRole('heading', { name: 'From hearth-schedule-2026-03-10.ics' })).toBeVisible();
    await expect(preview).toContainText('Already here: 10 groups');
    await expect(page.getByTestId('ics-replaced')).toContainText('Walking group Every Tuesday, Thursday, and Saturday, 11:00 AM, 1 hour');
    await expect(preview).toContainText('2 single sessions are cancelled or moved in the file.');
    await expect(page.getByTestId('ics-added')).toHaveCount(0);
    await expect(page.getByTestId('ics-skipped')).toHaveCount(0);
    // Nothing is written before staff choose Import.
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Edit: Walk', exact: true })).toBeVisible();

    await importFile(page, 'hearth-schedule-2026-03-10.ics', ics);
    await page.getByRole('button', { name: 'Import 10 groups' }).click();
    await expect(page.getByTestId('schedule-notice')).toHaveText('10 groups from the file are on the schedule.');
    await expect(page.getByRole('button', { name: 'Edit: Walking group' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit: Walk', exact: true })).toHaveCount(0);

    const lines = await auditLines(page, 3);
    expect(lines[0]).toContain('Imported a calendar file');
    expect(lines[0]).toContain('hearth-schedule-2026-03-10.ics: 0 added, 10 replaced, 0 left out');
    expect(lines[1]).toContain('Changed a group');
    expect(lines[2]).toContain('Saved the schedule as a calendar file');
    expect(lines[2]).toContain('10 groups');

    await lockToWall(page);
    await expect(wallCard(page, 'later', 'Evening wind-down').getByTestId('status')).toHaveText(/Cancelled\s+Jordan is away today\./);
    await expect(wallCard(page, 'later', 'Walking group')).toBeVisible();
  });
});

test.describe('on a new house', () => {
  test.beforeEach(async ({ page }) => {
    await setupStaff(page);
  });

  test('a calendar from elsewhere shows what it adds and what it leaves out, and why, before anything is added', async ({ page }) => {
    await openSchedule(page, STAFF);
    const calendar = icsCalendar(
      [
        [
          'UID:book-club@example.org',
          'DTSTAMP:20260301T120000Z',
          'DTSTART:20260310T160000',
          'DURATION:PT1H',
          'RRULE:FREQ=WEEKLY;BYDAY=TU',
          'SUMMARY:Book club',
          'LOCATION:Library',
        ],
        ['UID:holiday@example.org', 'DTSTAMP:20260301T120000Z', ...SPRING_HOLIDAY],
      ],
      '-//Somewhere else//EN',
    );
    await importFile(page, 'house.ics', calendar);
    await expect(page.getByTestId('ics-preview')).toContainText('New: 1 group');
    await expect(page.getByTestId('ics-added')).toHaveText('Book club Every Tuesday, 4:00 PM, 1 hour');
    await expect(page.getByTestId('ics-skipped')).toHaveText('Spring holiday An all-day event has no time to show on the wall.');
    await page.getByRole('button', { name: 'Import 1 group' }).click();
    await expect(page.getByTestId('schedule-notice')).toHaveText('1 group from the file is on the schedule.');
    await expect(page.getByTestId('group-row')).toContainText('Book club');

    const [latest] = await auditLines(page, 1);
    expect(latest).toContain('house.ics: 1 added, 0 replaced, 1 left out');
    await lockToWall(page);
    await expect(wallCard(page, 'later', 'Book club')).toContainText('4:00 – 5:00 PM');
  });

  test('a file that is no calendar is refused with a clear message, and nothing is added', async ({ page }) => {
    await openSchedule(page, STAFF);
    await importFile(page, 'shopping.ics', 'milk, eggs, bread');
    await expect(page.getByTestId('schedule-notice')).toHaveText('This is not a calendar file.');
    await expect(page.getByTestId('ics-preview')).toHaveCount(0);
    await expect(page.getByText('No groups yet.', { exact: false })).toBeVisible();

    await importFile(page, 'holidays.ics', icsCalendar([['UID:x', ...SPRING_HOLIDAY]]));
    await expect(page.getByTestId('ics-preview')).toContainText('Nothing in this file can become a group on the wall.');
    await expect(page.getByTestId('ics-skipped')).toContainText('Spring holiday');
    await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByText('No groups yet.', { exact: false })).toBeVisible();
  });
});
