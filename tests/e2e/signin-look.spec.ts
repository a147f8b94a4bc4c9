import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { SCREENS, sizeProblems } from './a11y';
import { test, expect } from './fixtures';
import { openWalkingDayAt, tapJoin } from './reliability-helpers';
import { DEMO_STAFF, bridgeCall, unlockStaffViaBridge } from './staff';

/** The tap-in screens and "What this screen keeps", on a landscape wall and a portrait one. */

test.use({ previewOptions: { demo: true } });

/** What a resident needs on every screen: nothing cut off sideways, text ≥ 20px, targets ≥ 48px, no axe findings. */
async function expectComfortable(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const problems = await sizeProblems(page);
  expect(problems, name).toEqual([]);
  const scan = await whileClockTicks(
    page,
    // Legacy mode runs axe in this page only: the default opens a helper page, which the clock calls race with.
    new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).disableRules(['meta-viewport']).analyze(),
  );
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
}

/** axe waits on timers, and the page's clock is paused: move it a millisecond at a time until the work is done. */
async function whileClockTicks<T>(page: Page, work: Promise<T>): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  while (!done) await page.clock.runFor(1);
  return result;
}

async function openWall(page: Page) {
  await openWalkingDayAt(page, new Date('2026-03-10T11:10:00'));
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('the symbol grid, the code pad and the confirmation fit and read well', async ({ page }, testInfo) => {
      await unlockStaffViaBridge(page, DEMO_STAFF);
      expect((await bridgeCall(page, 'settings', 'update', { patch: { signInMode: 'symbol+code' } })).ok).toBe(true);
      await openWall(page);
      await tapJoin(page);
      await expect(page.getByRole('heading', { name: 'Tap your symbol' })).toBeVisible();
      await expectComfortable(page, testInfo, 'sign-in-grid');

      await page.getByRole('button', { name: 'Fish' }).click();
      for (const digit of '1111') await page.getByRole('button', { name: digit, exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectComfortable(page, testInfo, 'sign-in-code-wrong');
      await page.getByRole('button', { name: '2', exact: true }).click();
      await expectComfortable(page, testInfo, 'sign-in-code-pad');
      for (const key of await page.locator('.keys button').all()) {
        const box = await key.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(64);
        expect(box?.height).toBeGreaterThanOrEqual(64);
      }

      for (const digit of '468') await page.getByRole('button', { name: digit, exact: true }).click();
      await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
      await expectComfortable(page, testInfo, 'sign-in-confirmation');

      // Comfort mode: large text, high contrast.
      await page.getByRole('button', { name: 'Done' }).click();
      await page.evaluate(() => document.querySelector('.wall')?.classList.add('comfort'));
      await tapJoin(page);
      await expectComfortable(page, testInfo, 'sign-in-grid-comfort');
    });

    test('the number pad resting after too many wrong codes reads well, in both languages', async ({ page }, testInfo) => {
      await unlockStaffViaBridge(page, DEMO_STAFF);
      expect((await bridgeCall(page, 'settings', 'update', { patch: { signInMode: 'symbol+code' } })).ok).toBe(true);
      await openWall(page);
      await tapJoin(page);
      await page.getByRole('button', { name: 'Tree' }).click();
      for (let i = 0; i < 5; i++) {
        for (const digit of '1111') await page.getByRole('button', { name: digit, exact: true }).click();
        // Each code is checked before the next: digits pressed while it is checked would not count.
        await expect(page.getByText('0 of 4 numbers entered')).toBeAttached();
        await expect(page.getByRole('alert')).toBeVisible();
      }
      await expect(page.getByRole('alert')).toHaveText('Too many tries. The numbers will work again in a minute. A staff member can help.');
      await expectComfortable(page, testInfo, 'sign-in-code-resting');

      // Home, Spanish, and back to the same symbol: the pad is still resting.
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('button', { name: 'Español' }).click();
      await tapJoin(page, 'Toca para unirte');
      await page.getByRole('button', { name: 'Árbol' }).click();
      await expect(page.getByRole('alert')).toHaveText(
        'Demasiados intentos. Los números volverán a funcionar en un minuto. Alguien del personal puede ayudarte.',
      );
      await expectComfortable(page, testInfo, 'sign-in-code-resting-es');
    });

    test('headcount mode and a finished session fit and read well', async ({ page }, testInfo) => {
      await unlockStaffViaBridge(page, DEMO_STAFF);
      expect((await bridgeCall(page, 'settings', 'update', { patch: { signInMode: 'headcount' } })).ok).toBe(true);
      await openWall(page);
      await tapJoin(page);
      await expect(page.getByRole('button', { name: "I'm here" })).toBeVisible();
      await expectComfortable(page, testInfo, 'sign-in-headcount');

      await page.clock.setSystemTime(new Date('2026-03-10T12:00:00'));
      await page.clock.runFor(1_000);
      await expect(page.getByRole('heading', { name: 'This group has finished' })).toBeVisible();
      await expectComfortable(page, testInfo, 'sign-in-over');
    });

    test('"What this screen keeps" fits and reads well in both languages', async ({ page }, testInfo) => {
      await openWall(page);
      await page.getByRole('button', { name: 'What this screen keeps' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'What this screen keeps' })).toBeVisible();
      await expectComfortable(page, testInfo, 'privacy');
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('button', { name: 'Lo que guarda esta pantalla' }).click();
      await expectComfortable(page, testInfo, 'privacy-es');
    });
  });
}
