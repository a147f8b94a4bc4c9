import type { Page } from '@playwright/test';
import { SCREENS, checkScreen } from './a11y';
import { LOOKS, openWallAs, say } from './a11y-wall';
import { test, expect } from './fixtures';
import { DEMO_STAFF, tapPin } from './staff';

/**
 * The quicker staff controls on a landscape wall and a portrait one, in English and Spanish: the
 * PIN pad that comes first for the one staff account, the time picker's hours and minutes, a copied
 * group, the date range's presets and calendar half way through a choice, and night hours. axe finds nothing;
 * sizes hold; screenshots kept.
 */
test.use({ previewOptions: { demo: true } });

const area = (page: Page, lang: 'en' | 'es', key: string) =>
  page.getByRole('navigation', { name: say(lang, 'staff:shell.areas') }).getByRole('button', { name: say(lang, key), exact: true });

for (const screen of SCREENS) {
  for (const look of LOOKS.filter((l) => !l.comfort)) {
    test.describe(`at ${screen.name} ${screen.width}×${screen.height}, in ${look.name}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height } });

      test('the PIN pad first, the time picker, a copied group and the date calendar read well', async ({ page }, testInfo) => {
        test.slow();
        const { lang } = look;
        const shot = (name: string) => checkScreen(page, testInfo, `${screen.name}-${lang}-${name}`);
        await openWallAs(page, look, '2026-03-11T15:00:00');

        await page.getByRole('button', { name: say(lang, 'footer.staff'), exact: true }).click();
        await expect(page.getByRole('heading', { name: say(lang, 'staff:unlock.hello', { name: DEMO_STAFF.name }) })).toBeVisible();
        await shot('unlock-pin-first');
        await tapPin(page, DEMO_STAFF.pin, say(lang, 'staff:unlock.open'));
        await expect(page.getByTestId('staff-shell')).toBeVisible();

        await area(page, lang, 'admin:areas.schedule').click();
        await expect(page.getByTestId('groups-active').getByTestId('group-row').first()).toBeVisible();
        await shot('group-list');
        // Staff screens name a group in the staff member's language.
        const artTogether = lang === 'en' ? 'Art together' : 'Arte juntos';
        await page
          .getByRole('button', { name: say(lang, 'admin:named', { action: say(lang, 'admin:group.copy'), name: artTogether }) })
          .click();
        await expect(page.getByRole('heading', { name: say(lang, 'admin:group.copyTitle', { title: artTogether }) })).toBeVisible();
        await shot('group-copy');
        const startLabel = say(lang, 'admin:group.startTime');
        const picker = page.getByRole('group', { name: startLabel, exact: true });
        await picker.getByRole('button', { name: say(lang, 'admin:named', { action: say(lang, 'staff:time.change'), name: startLabel }) }).click();
        await expect(picker.getByText(say(lang, 'staff:time.chooseHour', { what: startLabel }))).toBeVisible();
        // The current hour has the focus, for a keyboard or a screen reader.
        await expect(picker.locator('.grid button:focus')).toHaveAttribute('aria-pressed', 'true');
        await picker.scrollIntoViewIfNeeded();
        await shot('time-hours');
        await picker.locator('.grid button').nth(19).click();
        await expect(picker.getByText(say(lang, 'staff:time.chooseMinutes', { what: startLabel }))).toBeVisible();
        await shot('time-minutes');
        await picker.locator('.grid button').nth(6).click();
        await expect(page.getByTestId('group-start-value')).toHaveText(lang === 'en' ? '7:30 PM' : '19:30');
        await page.getByRole('button', { name: say(lang, 'staff:cancel'), exact: true }).click();
        await page.getByRole('alertdialog').getByRole('button', { name: say(lang, 'admin:leave.discard') }).click();

        await area(page, lang, 'records:areas.attendance').click();
        await page.getByRole('radio', { name: say(lang, 'records:attendance.views.range') }).click();
        await page.getByRole('button', { name: say(lang, 'records:dates.presets.lastMonth') }).click();
        await page.getByRole('button', { name: say(lang, 'records:dates.chooseDates') }).click();
        await page.locator('.calendar .day').nth(2).click();
        await expect(page.getByTestId('range-hint')).toBeVisible();
        await shot('range-calendar');

        // Night hours in Settings take the same picker.
        await area(page, lang, 'staff:areas.settings').click();
        const night = page.getByRole('switch', { name: say(lang, 'staff:settings.nightHours') });
        if ((await night.getAttribute('aria-checked')) !== 'true') await night.click();
        const fromLabel = say(lang, 'staff:settings.nightStart');
        const from = page.getByRole('group', { name: fromLabel, exact: true });
        await from.getByRole('button', { name: say(lang, 'admin:named', { action: say(lang, 'staff:time.change'), name: fromLabel }) }).click();
        await expect(from.getByText(say(lang, 'staff:time.chooseHour', { what: fromLabel }))).toBeVisible();
        await shot('settings-night-hours');
      });
    });
  }
}
