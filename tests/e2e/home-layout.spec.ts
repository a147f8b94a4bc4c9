import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expectFitsAndReadable } from './a11y';
import { test, expect } from './fixtures';

/**
 * The home screen and the session details at the wall's three screen shapes, with the example
 * house: nothing overflows, touch targets and text keep their minimum sizes, and axe finds no
 * WCAG 2.2 AA problem. Screenshots are kept with the test's results for a human look.
 */
test.use({ previewOptions: { demo: true } });

const SCREENS = [
  { name: 'landscape-1920x1080', width: 1920, height: 1080 },
  { name: 'laptop-1280x800', width: 1280, height: 800 },
  { name: 'portrait-1080x1920', width: 1080, height: 1920 },
] as const;

/** axe at WCAG 2.2 AA. The kiosk locks zoom on purpose (no pinch-zoom on a shared wall), so that one rule is off. */
function scan(page: Page) {
  return new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).disableRules(['meta-viewport']).analyze();
}

async function keep(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

for (const screen of SCREENS) {
  test(`the home screen fits and reads well at ${screen.name}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.clock.install({ time: new Date('2026-03-10T09:50:00') });
    await page.goto('/');
    await expect(page.getByTestId('now')).toContainText('Morning check-in');
    await expect(page.getByTestId('later')).toContainText('Cancelled');
    await expectFitsAndReadable(page);
    await expect(page.getByRole('button', { name: 'Sharing boards' })).toBeInViewport();
    await keep(page, testInfo, `home-${screen.name}`);

    await page.clock.setFixedTime(new Date('2026-03-10T20:45:00'));
    await expect(page.getByTestId('day-done')).toBeVisible();
    await expectFitsAndReadable(page);
    await keep(page, testInfo, `home-evening-${screen.name}`);

    await page.getByTestId('day-done').getByRole('button', { name: /Morning check-in/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Morning check-in' })).toBeVisible();
    await expectFitsAndReadable(page);
    await keep(page, testInfo, `details-${screen.name}`);
  });
}

for (const screen of [SCREENS[1], SCREENS[2]]) {
  test(`the home screen in Spanish fits at ${screen.name}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
    await page.goto('/');
    await expect(page.getByTestId('session').first()).toBeVisible();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByTestId('up-next')).toContainText('Empieza en 10 minutos');
    await expectFitsAndReadable(page);
    await keep(page, testInfo, `home-es-${screen.name}`);
  });
}

test('the home screen and the session details pass an accessibility scan', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
  await page.goto('/');
  await expect(page.getByTestId('up-next')).toContainText('Walking group');
  const home = await scan(page);
  expect(home.violations).toEqual([]);
  await page.getByTestId('up-next').getByRole('button', { name: /Walking group/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Walking group' })).toBeVisible();
  const details = await scan(page);
  expect(details.violations).toEqual([]);
});

test('comfort mode keeps the home screen readable', async ({ page }, testInfo) => {
  await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
  await page.goto('/');
  await page.evaluate(() => document.querySelector('.wall')?.classList.add('comfort'));
  await expect(page.getByTestId('up-next')).toBeVisible();
  await keep(page, testInfo, 'home-comfort');
  expect((await scan(page)).violations).toEqual([]);
});
