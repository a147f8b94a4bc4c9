import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openBoard, typeOnScreen } from './boards-helpers';
import { lastTouchNow, readAll, type RawShare } from './reliability-helpers';
import { DEMO_STAFF, bridgeCall, unlockStaff } from './staff';

/*
 * The idle reset, on Playwright's clock. After the house's idle timeout (90 s by default) with no
 * touch, "Still there?" appears; 20 s later the visit ends: drafts are gone, this visit's relates
 * are forgotten (the stored counts stay), staff mode is locked and the wall is home. Answering
 * "I'm still here" keeps everything as it was. In staff mode it asks nothing: staff mode's own
 * relock applies there.
 */

test.use({ previewOptions: { demo: true } });

const IDLE_MS = 90_000;
const STILL_THERE_MS = 20_000;
/** Staff mode's own relock, which applies in staff mode instead of the idle reset. */
const STAFF_RELOCK_MS = 120_000;
const WALK = 'A short walk after lunch cleared my head.';

const stillThere = (page: Page) => page.getByRole('alertdialog', { name: 'Still there?' });
const walkCard = (page: Page) => page.getByTestId('share').filter({ hasText: WALK });

/** A resident on the "What helped" board who has related to one share and is writing another. */
async function residentMidVisit(page: Page) {
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await page.goto('/');
  await openBoard(page, 'What helped');
  await walkCard(page).getByRole('button', { name: 'I relate' }).click();
  await expect(walkCard(page).getByTestId('relate-count')).toHaveText('4 people relate');
  await page.getByRole('button', { name: 'Write a share' }).click();
  await typeOnScreen(page, 'private words');
  await expect(page.getByTestId('draft')).toHaveText('private words');
  await lastTouchNow(page);
}

test('"Still there?" appears at the idle timeout, not before', async ({ page }) => {
  await residentMidVisit(page);
  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(stillThere(page)).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(stillThere(page)).toBeVisible();
  await expect(stillThere(page)).toContainText('The screen will go back to the start in 20 seconds.');
});

test('20 seconds after "Still there?" the draft is gone, this visit\'s relates are forgotten and the wall is home', async ({ page }) => {
  await residentMidVisit(page);
  await page.clock.runFor(IDLE_MS);
  await expect(stillThere(page)).toBeVisible();
  await page.clock.runFor(STILL_THERE_MS - 1_000);
  await expect(stillThere(page)).toContainText('in 1 second');
  await expect(page.getByTestId('draft')).toHaveText('private words');
  await page.clock.runFor(1_000);

  await expect(stillThere(page)).toHaveCount(0);
  await expect(page.locator('.wall')).toHaveAttribute('data-screen', 'home');
  await expect(page.getByText('private words')).toHaveCount(0);
  // The wall reads the database again: let its timers run.
  await page.clock.resume();
  await openBoard(page, 'What helped');
  await expect(walkCard(page).getByRole('button', { name: 'I relate' })).toHaveAttribute('aria-pressed', 'false');
  // The relate itself was stored: only this visit's memory of it is gone.
  await expect(walkCard(page).getByTestId('relate-count')).toHaveText('4 people relate');
  expect((await readAll<RawShare>(page, 'shares')).find((s) => s.text === WALK)?.relates).toBe(4);
  await page.getByRole('button', { name: 'Write a share' }).click();
  await expect(page.getByTestId('counter')).toHaveText('0 of 280 letters');
  await expect(page.getByTestId('draft')).toHaveText('Type with the keys below.');
});

test('"I\'m still here" keeps the draft, the relate and the screen', async ({ page }) => {
  await residentMidVisit(page);
  await page.clock.runFor(IDLE_MS);
  await page.getByRole('button', { name: "I'm still here" }).click();
  await expect(stillThere(page)).toHaveCount(0);
  await page.clock.runFor(STILL_THERE_MS + 5_000);
  await expect(stillThere(page)).toHaveCount(0);
  await expect(page.getByTestId('draft')).toHaveText('private words');
  await page.clock.resume();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(walkCard(page).getByRole('button', { name: 'I relate' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.wall')).toHaveAttribute('data-screen', 'board');
  // The next idle timeout asks again: the watch goes on after an answer.
  await page.clock.runFor(IDLE_MS);
  await expect(stillThere(page)).toBeVisible();
});

test('staff mode left untouched locks, in the wall and in main, at its own relock time and not at the idle reset', async ({ page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await page.clock.runFor(IDLE_MS);
  await expect(stillThere(page)).toHaveCount(0);
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  await page.clock.runFor(STAFF_RELOCK_MS - IDLE_MS);

  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  await expect(page.locator('.wall')).toHaveAttribute('data-screen', 'home');
  await expect.poll(async () => {
    const status = await bridgeCall<{ session: unknown }>(page, 'staff', 'status');
    return status.ok ? status.value.session : 'no answer';
  }).toBeNull();
  expect(await bridgeCall(page, 'settings', 'update', { patch: { houseName: 'Anyone House' } })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
});

test('"Keep working" in staff mode keeps it open past the idle reset and the relock time', async ({ page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await page.clock.runFor(STAFF_RELOCK_MS - 10_000);
  await expect(stillThere(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Keep working' }).click();
  await page.clock.runFor(STILL_THERE_MS + 1_000);
  await expect(page.getByTestId('staff-shell')).toBeVisible();
  expect(await bridgeCall(page, 'staff', 'status')).toMatchObject({ ok: true, value: { session: { name: DEMO_STAFF.name } } });
});
