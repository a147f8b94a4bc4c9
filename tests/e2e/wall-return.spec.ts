import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openBoard } from './boards-helpers';

/**
 * Going back: the home screen stays built while another screen is up, and the boards list keeps
 * following the database from its first visit, so neither is built or read again on the way back.
 */
test.use({ previewOptions: { demo: true } });

/** Records, for every boards screen put on the page from now on, whether it came up still waiting. */
async function watchBoardsScreens(page: Page) {
  await page.evaluate(() => {
    const seen: (string | null)[] = ((window as unknown as { boardsBusy: (string | null)[] }).boardsBusy = []);
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const main = node.matches('main.boards') ? node : node.querySelector('main.boards');
          if (main) seen.push(main.getAttribute('aria-busy'));
        }
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { boardsBusy: (string | null)[] }).boardsBusy);
}

test('back home from another screen, the home screen is the one left there, out of sight and out of reach meanwhile', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T09:41:00') });
  await page.goto('/');
  const home = page.locator('main.home');
  await expect(home.getByRole('button', { name: 'Tap to join' })).toBeVisible();
  await home.evaluate((main) => main.setAttribute('data-left-here', ''));

  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await expect(page.getByRole('heading', { name: 'Sharing boards' })).toBeVisible();
  // Hidden, not just covered: one main landmark, and nothing of home can be tapped or tabbed to.
  await expect(home).toBeHidden();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Tap to join' })).toHaveCount(0);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main.home') ?? null)).toBeNull();

  await page.getByRole('button', { name: 'Home' }).click();
  await expect(home).toBeVisible();
  await expect(home).toHaveAttribute('data-left-here', '');
  await expect(home).toHaveAttribute('aria-busy', 'false');
  // It kept following the clock while it was out of sight.
  await page.clock.runFor(20 * 60_000);
  await expect(page.getByTestId('clock')).toContainText('10:01');
});

test('back at the boards list, the boards show at once: only the first visit waits for the database', async ({ page }) => {
  await page.goto('/');
  const busyOnArrival = await watchBoardsScreens(page);
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'All boards' }).click();
  await expect(page.getByRole('button', { name: /^What helped/ })).toBeVisible();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await expect(page.getByRole('button', { name: /^What helped/ })).toBeVisible();
  // The first visit waited for the database; every later one had the list at once.
  expect(await busyOnArrival()).toEqual(['true', 'false', 'false']);
});

test('the home screen is where its reader left it on the way back, and at its top for the next person', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.clock.install({ time: new Date('2026-03-10T09:41:00') });
  await page.goto('/');
  const home = page.locator('main.home');
  await expect(home.getByTestId('session').first()).toBeVisible();
  const scrolled = () => home.evaluate((main) => main.scrollTop);
  await home.hover();
  await page.mouse.wheel(0, 200);
  await expect.poll(scrolled).toBeGreaterThan(100);
  const left = await scrolled();

  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(home).toBeVisible();
  expect(await scrolled()).toBe(left);

  // Nobody answers "Still there?": the visit ends and the wall goes home, scrolled to the top.
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.clock.runFor(90_000);
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await page.clock.runFor(21_000);
  await expect(home).toBeVisible();
  await expect.poll(scrolled).toBe(0);
});
