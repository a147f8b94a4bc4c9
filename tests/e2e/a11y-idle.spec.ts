import { test, expect } from './fixtures';
import { lastTouchNow } from './reliability-helpers';

/** The idle prompt gives at least 20 seconds to answer (WCAG 2.2.1), and is announced as an alert dialog. */
test.use({ previewOptions: { demo: true } });

test('"Still there?" gives 20 seconds: at 19 s it is still asking, at 21 s the wall is home', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await expect(page.locator('.board-card').first()).toBeVisible();
  // From here only page.clock moves time on: a busy machine cannot eat into the 20 seconds.
  await lastTouchNow(page);

  await page.clock.runFor(90_000);
  const prompt = page.getByRole('alertdialog', { name: 'Still there?' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toHaveAttribute('aria-modal', 'true');
  await expect(prompt).toHaveAccessibleDescription('The screen will go back to the start in 20 seconds.');

  await page.clock.runFor(19_000);
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('in 1 second.');
  await expect(page.locator('.board-card').first()).toBeVisible();

  await page.clock.runFor(2_000);
  await expect(prompt).toHaveCount(0);
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.locator('.board-card')).toHaveCount(0);
});

test('answering "I\'m still here" keeps the screen as it was', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await expect(page.locator('.board-card').first()).toBeVisible();
  await lastTouchNow(page);
  await page.clock.runFor(100_000);
  await page.getByRole('button', { name: "I'm still here" }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.runFor(30_000);
  await expect(page.locator('.board-card').first()).toBeVisible();
});

test('a wall nobody has touched asks nobody anything', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
  await page.goto('/');
  await expect(page.getByTestId('session').first()).toBeVisible();
  await page.clock.runFor(5 * 60_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
