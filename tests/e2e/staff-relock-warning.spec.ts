import type { Page } from '@playwright/test';
import { STAFF_MIN_TEXT_PX, axeFindings, sizeProblems } from './a11y';
import { test, expect } from './fixtures';
import { lastTouchNow } from './reliability-helpers';
import { bridgeCall, setupStaff, unlockStaff } from './staff';

/*
 * Staff mode and the wall's idle reset, on Playwright's clock. While staff mode is open the wall's
 * idle reset asks nothing; staff mode's own relock (two minutes by default) applies, with a warning
 * 20 seconds ahead that "Keep working" answers.
 */

const IDLE_MS = 90_000;
const RELOCK_MS = 120_000;
const WARNING_MS = 20_000;

const warning = (page: Page, title = 'Still working?') => page.getByRole('alertdialog', { name: title });
const stillThere = (page: Page) => page.getByRole('alertdialog', { name: 'Still there?' });
const settingsUpdate = (page: Page) => bridgeCall(page, 'settings', 'update', { patch: { houseName: 'Working House' } });

test.beforeEach(async ({ page }) => {
  // Every PIN check is a deliberately slow scrypt hash in main: staff tests get the longer timeout.
  test.slow();
  await setupStaff(page);
  await page.clock.install();
  await page.goto('/');
  await unlockStaff(page);
});

test('in staff mode the wall\'s idle time passes without "Still there?"', async ({ page }) => {
  await lastTouchNow(page);
  await page.clock.runFor(IDLE_MS + 1_000);
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  await expect(stillThere(page)).toHaveCount(0);
  await page.clock.runFor(RELOCK_MS - WARNING_MS - IDLE_MS - 2_000);
  await expect(stillThere(page)).toHaveCount(0);
  await expect(warning(page)).toHaveCount(0);
});

test('the warning shows 20 seconds before staff mode relocks, counting the seconds down, with "Keep working" focused', async ({ page }) => {
  await lastTouchNow(page);
  await page.clock.runFor(RELOCK_MS - WARNING_MS - 1_000);
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText('staff mode will lock in 20 seconds');
  await expect(page.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await page.clock.runFor(5_000);
  await expect(warning(page)).toContainText('staff mode will lock in 15 seconds');
  await page.clock.runFor(14_000);
  await expect(warning(page)).toContainText('staff mode will lock in 1 second.');
  await expect(page.getByTestId('staff-shell')).toBeVisible();
});

test('"Keep working" keeps staff mode open past the relock time, and main still accepts staff changes', async ({ page }) => {
  await lastTouchNow(page);
  await page.clock.runFor(RELOCK_MS - 10_000);
  // The warning passes axe and keeps its sizes; the scan moves the paused clock on a little.
  expect(await axeFindings(page, { pausedClock: true })).toEqual([]);
  expect(await sizeProblems(page, { minTextPx: STAFF_MIN_TEXT_PX })).toEqual([]);
  await expect(warning(page)).toBeVisible();
  await page.getByRole('button', { name: 'Keep working' }).click();
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  await expect(warning(page)).toHaveCount(0);
  expect((await settingsUpdate(page)).ok).toBe(true);
});

test('with no answer staff mode locks, the wall goes home and main refuses staff changes', async ({ page }) => {
  await page.getByRole('button', { name: 'Español' }).click();
  await lastTouchNow(page);
  await page.clock.runFor(RELOCK_MS - WARNING_MS);
  await expect(warning(page, '¿Sigues trabajando?')).toContainText('el modo del personal se bloqueará en 20 segundos');
  await page.clock.runFor(WARNING_MS);
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  await expect(warning(page, '¿Sigues trabajando?')).toHaveCount(0);
  await expect(page.getByTestId('house-name')).toBeVisible();
  expect(await settingsUpdate(page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('a tap beside the warning keeps staff mode open too, and so does Escape', async ({ page }) => {
  await lastTouchNow(page);
  await page.clock.runFor(RELOCK_MS - WARNING_MS);
  await expect(warning(page)).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(RELOCK_MS - WARNING_MS);
  await expect(warning(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(WARNING_MS + 1_000);
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  expect((await settingsUpdate(page)).ok).toBe(true);
});
