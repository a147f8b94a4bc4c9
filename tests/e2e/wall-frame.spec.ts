import { test, expect } from './fixtures';
import { setupStaff, unlockStaffViaBridge } from './staff';

// Without a staff account the wall shows first-run setup; every test here looks at the wall.
test.beforeEach(async ({ page }) => {
  await setupStaff(page);
});

test('the wall shows the house name from settings, a live clock and the date', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T09:41:00') });
  await page.goto('/');
  await expect(page.getByTestId('house-name')).toHaveText('Our House');
  await expect(page.getByTestId('clock')).toHaveText('9:41 AM');
  await expect(page.getByTestId('date')).toHaveText('Tuesday, March 10');
  await page.clock.runFor(60_000);
  await expect(page.getByTestId('clock')).toHaveText('9:42 AM');
});

test('a house name changed in main reaches the wall through the bridge, once staff mode is unlocked', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(() => 'kiosk' in window);
  expect(result).toBe(false);
  const updateFromPage = () =>
    page.evaluate(async () => {
      const response = await fetch('/kiosk/settings/update', {
        method: 'POST',
        body: JSON.stringify({ patch: { houseName: 'Maple House' } }),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string } };
    });
  expect(await updateFromPage()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await unlockStaffViaBridge(page);
  expect((await updateFromPage()).ok).toBe(true);
  await page.reload();
  await expect(page.getByTestId('house-name')).toHaveText('Maple House');
});

test('the language switch turns the wall to Spanish and back', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T15:05:00') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('date')).toHaveText('martes, 10 de marzo');
  await expect(page.getByTestId('clock')).toHaveText('15:05');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('date')).toHaveText('Tuesday, March 10');
});

test('a bridge call from another origin is refused', async ({ page, preview }) => {
  const response = await page.request.post(`${preview.url}/kiosk/settings/get`, {
    headers: { Origin: 'http://evil.example' },
  });
  expect(response.status()).toBe(403);
});
