import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectAccessible, expectComfortableSizes, keepScreenshot } from './a11y';
import { openBoard, postShare, typeOnScreen } from './boards-helpers';
import { sendAlertsTo, startMailServer, startWebhook } from './safety-receivers';

/**
 * The support card after urgent words, when a channel took the alert and when none did, in
 * English and Spanish, landscape and portrait; the ask dialog's "I need someone now"; and the
 * mark on the Staff button. Each passes axe (WCAG 2.2 AA) and the wall's sizes, and is kept as a
 * screenshot for a person to look at.
 */
test.use({ previewOptions: { demo: true } });

const SCREENS = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;

const OUTCOMES = ['delivered', 'not-delivered'] as const;

async function look(page: Page, testInfo: TestInfo, name: string) {
  await keepScreenshot(page, testInfo, name);
  await expectComfortableSizes(page, name);
  await expectAccessible(page, name);
}

for (const screen of SCREENS) {
  for (const outcome of OUTCOMES) {
    test(`the support card and the Staff button's mark read well when staff were ${outcome === 'delivered' ? 'told' : 'not reached'}, at ${screen.name}`, async ({ page }, testInfo) => {
      test.setTimeout(240_000);
      const [mail, webhook] = await Promise.all([startMailServer(), startWebhook()]);
      try {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        await page.goto('/');
        if (outcome === 'delivered') await sendAlertsTo(page, mail, webhook);

        await openBoard(page, 'Hard days');
        await postShare(page, 'tonight i am going to end my life');
        await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', outcome);
        await look(page, testInfo, `support-card-${outcome}-en-${screen.name}`);

        for (const name of ['Back to the board', 'All boards', 'Home']) await page.getByRole('button', { name, exact: true }).click();
        await expect(page.getByTestId('staff-waiting')).toBeVisible();
        await look(page, testInfo, `staff-mark-en-${screen.name}`);

        await page.getByRole('button', { name: 'Español' }).click();
        await page.getByRole('button', { name: 'Muros para compartir' }).click();
        await page.getByRole('button', { name: /^Días difíciles/ }).click();
        await page.getByRole('button', { name: 'Escribir algo' }).click();
        await typeOnScreen(page, 'quiero terminar con todo esta noche');
        await page.getByRole('button', { name: 'Ver cómo queda' }).click();
        await page.getByRole('button', { name: 'Publicar', exact: true }).click();
        await expect(page.getByTestId('staff-call')).toHaveAttribute('data-call', outcome);
        await look(page, testInfo, `support-card-${outcome}-es-${screen.name}`);
      } finally {
        await Promise.all([mail.close(), webhook.close()]);
      }
    });
  }
}

test('the support card for words of concern, and "I need someone now" in the ask dialog, read well', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await openBoard(page, 'Hard days');
  await postShare(page, 'I want to die');
  await expect(page.getByTestId('support-card')).toBeVisible();
  await look(page, testInfo, 'support-card-concern-en');

  await page.getByRole('button', { name: 'Back to the board' }).click();
  await page.locator('header').getByRole('button', { name: 'Ask staff quietly' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'I need someone now' })).toBeVisible();
  await look(page, testInfo, 'ask-dialog-en');
  await dialog.getByRole('button', { name: 'I need someone now' }).click();
  await expect(dialog.getByTestId('staff-call')).toHaveAttribute('data-call', 'not-delivered');
  await expect(dialog.getByRole('button', { name: 'OK', exact: true })).toBeFocused();
  await look(page, testInfo, 'ask-dialog-not-delivered-en');
});
