import type { Page } from '@playwright/test';
import { houseSettingsAre } from './a11y-wall';
import { test, expect } from './fixtures';

/** Reduced motion: from the system's setting or from the house setting, nothing on the wall moves. */
test.use({ previewOptions: { demo: true } });

/** Every element that would slide, fade or animate, named by its tag and class. */
function moving(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const durations = [...style.transitionDuration.split(','), ...style.animationDuration.split(',')].map((d) => parseFloat(d));
        return durations.some((d) => d > 0) || style.animationName.split(',').some((name) => name.trim() !== 'none');
      })
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
  );
}

async function openWall(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('session').first()).toBeVisible();
}

/** From the home screen to the first board's composer, once its on-screen keys are drawn. */
async function openComposer(page: Page) {
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.locator('.board-card').first().click();
  await page.getByRole('button', { name: 'Write a share' }).click();
  await expect(page.getByTestId('on-screen-keyboard').locator('.hg-button').first()).toBeVisible();
}

test('normally, buttons fade their colour when pressed', async ({ page }) => {
  await openWall(page);
  expect((await moving(page)).filter((element) => element.startsWith('button.comfort-switch'))).toHaveLength(1);
  await expect(page.locator('.wall')).not.toHaveClass(/reduce-motion/);
});

test('when the system asks for reduced motion, nothing on the wall transitions or animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWall(page);
  expect(await moving(page)).toEqual([]);
  await openComposer(page);
  expect(await moving(page)).toEqual([]);
});

test('the house setting "reduced motion" stops every transition even when the system does not ask', async ({ page }) => {
  await houseSettingsAre(page, { reducedMotion: true });
  await openWall(page);
  await expect(page.locator('.wall')).toHaveClass(/reduce-motion/);
  expect(await moving(page)).toEqual([]);
  await openComposer(page);
  expect(await moving(page)).toEqual([]);
});
