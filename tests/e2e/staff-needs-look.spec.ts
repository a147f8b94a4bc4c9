import { heldShare, putRows, waitForExampleHouse } from './admin-records';
import { SCREENS, checkScreen } from './a11y';
import { test, expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, openStaffArea, unlockStaff } from './staff';

/**
 * "Needs you now" and the new settings sections (words to watch, telling staff, alerts), in
 * English and Spanish, on a landscape and a portrait wall: a screenshot of each, staff-sized
 * text and targets, and no axe findings.
 */
test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T15:00:00');

for (const screen of SCREENS) {
  for (const lang of ['en', 'es'] as const) {
    test.describe(`at ${screen.name} ${screen.width}×${screen.height}, in ${lang}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height } });

      test('"Needs you now" and the new settings read well', async ({ page }, testInfo) => {
        test.slow();
        await page.clock.install({ time: NOW });
        await page.goto('/');
        await waitForExampleHouse(page);
        // The page's own clock: the items' ages read as they would on the wall.
        const now = await page.evaluate(() => Date.now());
        const crisis = heldShare({ id: 'c', boardId: 'board-hard', text: 'I keep thinking about ending it tonight. I do not know who to tell.', reasons: ['crisis'], priority: 0, now: now - 14 * 60_000 });
        const flagged = heldShare({ id: 'f', boardId: 'board-grateful', text: 'Grateful for nothing, as usual.', reasons: ['flagged'], priority: 3, now: now - 95 * 60_000, status: 'hidden', flags: 1 });
        await putRows(page, {
          shares: [crisis.share, flagged.share],
          reviewItems: [
            crisis.item,
            flagged.item,
            { id: 'q1', kind: 'quiet-request', priority: 0, shareId: 'c', state: 'open', createdAt: now - 13 * 60_000 },
            { id: 'q2', kind: 'quiet-request', priority: 1, state: 'open', createdAt: now - 40 * 60_000 },
          ],
        });
        // An alert with no review item behind it, as main keeps one.
        expect((await bridgeCall(page, 'alerts', 'raise', { kind: 'urgent-request' })).ok).toBe(true);
        if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
        await page.getByRole('button', { name: lang === 'es' ? 'Modo del personal' : 'Staff mode' }).click();
        await expect(page.getByRole('heading', { name: lang === 'es' ? `Hola, ${DEMO_STAFF.name}` : `Hello, ${DEMO_STAFF.name}` })).toBeVisible();
        for (const digit of DEMO_STAFF.pin) await page.getByRole('button', { name: digit, exact: true }).click();
        await page.getByRole('button', { name: lang === 'es' ? 'Abrir' : 'Open', exact: true }).click();
        const needs = page.getByTestId('need');
        await expect(needs).toHaveCount(4);
        await checkScreen(page, testInfo, `${screen.name}-${lang}-needs`);

        await needs.first().getByRole('button').first().click();
        await expect(page.getByTestId('needs-notice')).toBeVisible();
        await checkScreen(page, testInfo, `${screen.name}-${lang}-needs-deciding`);

        await page.getByRole('navigation', { name: lang === 'es' ? 'Secciones del personal' : 'Staff areas' }).getByRole('button', { name: lang === 'es' ? 'Ajustes' : 'Settings' }).click();
        await expect(page.getByTestId('alert-settings').getByRole('switch').first()).toBeVisible();
        await page.getByTestId('alert-settings').getByRole('switch').first().click();
        await page.getByTestId('alert-settings').getByRole('switch').nth(1).click();
        await page.getByTestId('watch-word-new').fill('bluebird');
        await page.getByTestId('watch-words').getByRole('button').last().click();
        await page.getByTestId('alert-email-port').fill('0');
        await page.getByTestId('alert-settings').getByRole('button', { name: lang === 'es' ? 'Guardar los avisos' : 'Save alert settings' }).click();
        await expect(page.getByTestId('alerts-notice')).toBeVisible();
        await checkScreen(page, testInfo, `${screen.name}-${lang}-settings-new-sections`);
        // The page is long: each new section on its own too, to look at closely.
        for (const section of ['watch-words', 'telling-staff', 'alert-settings']) {
          await page.getByTestId(section).screenshot({ path: testInfo.outputPath(`${screen.name}-${lang}-${section}.png`) });
        }
      });
    });
  }
}

test('with nothing waiting, "Needs you now" says so calmly', async ({ page }, testInfo) => {
  test.slow();
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Needs you now');
  await expect(page.getByTestId('needs-empty')).toBeVisible();
  await checkScreen(page, testInfo, 'needs-empty');
});
