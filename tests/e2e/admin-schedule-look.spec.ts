import { SCREENS, checkScreen } from './a11y';
import { SPRING_HOLIDAY, icsCalendar } from './admin-schedule-helpers';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/**
 * The schedule area on a landscape wall and a portrait one, on the example house: the group list,
 * the group editor with each way of repeating, the single-session view and its cancel and move
 * forms, the import preview and the retire dialog. axe finds nothing; sizes hold; screenshots kept.
 */
test.use({ previewOptions: { demo: true } });

/** One new group, one already in the house, one left out: every part of the import preview. */
const MIXED_CALENDAR = icsCalendar(
  [
    [
      'UID:book-club',
      'DTSTART:20260310T160000',
      'DURATION:PT1H',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
      'SUMMARY:Book club',
    ],
    [
      'UID:walking-group',
      'DTSTART:20260310T110000',
      'DURATION:PT1H',
      'RRULE:FREQ=WEEKLY;BYDAY=TU,TH',
      'SUMMARY:Walking group',
    ],
    ['UID:holiday', ...SPRING_HOLIDAY],
  ],
  '-//Elsewhere//EN',
);

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('the schedule area, its editor, its session forms and its dialogs read well', async ({ page }, testInfo) => {
      test.slow();
      await page.clock.install({ time: new Date('2026-03-10T09:00:00') });
      await page.goto('/');
      await unlockStaff(page, DEMO_STAFF);
      await openStaffArea(page, 'Schedule');
      await expect(page.getByTestId('groups-active').getByTestId('group-row').first()).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-groups`);

      await page.getByRole('button', { name: 'Edit: Walking group' }).click();
      await expect(page.getByTestId('group-editor')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-editor-weekly`);
      await page.getByRole('radio', { name: 'Once a month' }).click();
      await page.getByRole('button', { name: 'Change date: Starts on' }).click();
      await checkScreen(page, testInfo, `${screen.name}-schedule-editor-monthly-calendar`);
      await page.getByRole('radio', { name: 'Once', exact: true }).click();
      await page.getByTestId('group-title-en').click();
      await expect(page.getByRole('group', { name: 'Keyboard' })).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-editor-keyboard`);
      await page.getByRole('button', { name: 'Done' }).click();
      // The repeat was changed: leaving asks first.
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
      await expect(leave).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-leave-dialog`);
      await leave.getByRole('button', { name: 'Leave without saving' }).click();

      await page.getByRole('button', { name: 'Retire: Art together' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-retire-dialog`);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Single sessions' }).click();
      await expect(page.getByTestId('admin-sessions').getByTestId('admin-session').first()).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-sessions`);
      await page.getByRole('button', { name: /^Cancel session: Walking group/ }).click();
      await checkScreen(page, testInfo, `${screen.name}-schedule-cancel-form`);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('button', { name: /^Move: Walking group/ }).click();
      await page.getByRole('button', { name: 'Change date: New date' }).click();
      await checkScreen(page, testInfo, `${screen.name}-schedule-move-form`);
      await page.getByRole('button', { name: 'Back', exact: true }).click();

      await page.getByRole('button', { name: 'Groups', exact: true }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import a calendar file (.ics)' }).click();
      await (await chooser).setFiles({ name: 'mixed.ics', mimeType: 'text/calendar', buffer: Buffer.from(MIXED_CALENDAR, 'utf8') });
      await expect(page.getByTestId('ics-preview')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-import-preview`);
    });

    test('the schedule area reads well in Spanish too', async ({ page }, testInfo) => {
      test.slow();
      await page.clock.install({ time: new Date('2026-03-10T09:00:00') });
      await page.goto('/');
      await unlockStaff(page, DEMO_STAFF);
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('navigation', { name: 'Secciones del personal' }).getByRole('button', { name: 'Horario' }).click();
      await expect(page.getByTestId('groups-active').getByTestId('group-row').first()).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-schedule-es`);
      await page.getByRole('button', { name: 'Editar: Reunión de la casa' }).click();
      await checkScreen(page, testInfo, `${screen.name}-schedule-editor-es`);
      await page.getByRole('button', { name: 'Cancelar', exact: true }).click();
      await page.getByRole('button', { name: 'Sesiones sueltas' }).click();
      await checkScreen(page, testInfo, `${screen.name}-schedule-sessions-es`);
    });
  });
}
