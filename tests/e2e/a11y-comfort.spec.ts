import type { Locator } from '@playwright/test';
import { LOOKS, openWallAs, say } from './a11y-wall';
import { test, expect } from './fixtures';

/** Comfort mode: large text and high contrast for one visit, one tap away on the wall. */
test.use({ previewOptions: { demo: true } });

const english = LOOKS[0]!;
const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);

test('one tap on "Larger text" makes the text larger and the colours high contrast, and a second tap turns it off', async ({ page }) => {
  await openWallAs(page, english);
  const comfort = page.getByRole('button', { name: 'Larger text' });
  const title = page.getByTestId('session').first().locator('.title');
  await expect(comfort).toHaveAttribute('aria-pressed', 'false');
  const normalTitle = await fontSize(title);
  const normalClock = await fontSize(page.getByTestId('clock'));
  expect(await background(page.locator('.wall'))).toBe('rgb(247, 243, 236)');

  await comfort.click();
  await expect(comfort).toHaveAttribute('aria-pressed', 'true');
  expect(await fontSize(title)).toBeGreaterThanOrEqual(normalTitle * 1.15);
  expect(await fontSize(page.getByTestId('clock'))).toBeGreaterThan(normalClock);
  expect(await background(page.locator('.wall'))).toBe('rgb(0, 0, 0)');
  expect(await title.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 255, 255)');

  await comfort.click();
  await expect(comfort).toHaveAttribute('aria-pressed', 'false');
  expect(await fontSize(title)).toBe(normalTitle);
});

test('the switch speaks the wall’s language: "Letra más grande" in Spanish', async ({ page }) => {
  await openWallAs(page, LOOKS[1]!);
  await expect(page.getByRole('button', { name: say('es', 'comfort.switch') })).toHaveText(/Letra más grande/);
  await page.getByRole('button', { name: 'Letra más grande' }).click();
  await expect(page.locator('.wall')).toHaveClass(/comfort/);
});

test('comfort mode stays on through the visit and the idle reset turns it off for the next person', async ({ page }) => {
  await openWallAs(page, LOOKS[2]!);
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await expect(page.locator('.board-card').first()).toBeVisible();
  await expect(page.locator('.wall')).toHaveClass(/comfort/);
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'true');

  await page.clock.runFor(90_000);
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.locator('.wall')).not.toHaveClass(/comfort/);
  await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'false');
});
