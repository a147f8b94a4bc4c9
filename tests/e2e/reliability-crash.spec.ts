import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openBoard, postShare, typeOnScreen } from './boards-helpers';
import { readAll, tapToJoinWalking, WALKING_SESSION, type RawAttendance, type RawShare } from './reliability-helpers';
import { DEMO_STAFF, bridgeCall, unlockStaffViaBridge } from './staff';

/*
 * The renderer starts afresh in the middle of someone writing: a reload (what Electron does after
 * a crash or a hang) or a real renderer crash. Only the draft is lost: earlier shares, the relate
 * counts in the database and the attendance stay, and staff mode comes back locked.
 */

// Without the demo's attendance history: these tests count every record, or write their own at the demo's sessions.
test.use({ previewOptions: { demo: true, attendanceHistory: false } });

const WALK = 'A short walk after lunch cleared my head.';
const EARLIER = 'Tea helped me today';
const DRAFT = 'half a thought';

/** On 2026-03-10 at 11:10 (the walking group is on): a share posted, a relate, a tap-in, then a draft being written. */
async function busyVisitThenDraft(page: Page) {
  await page.clock.setFixedTime(new Date('2026-03-10T11:10:00'));
  await page.goto('/');
  await tapToJoinWalking(page, { pausedClock: false });
  await page.getByRole('button', { name: 'Fish' }).click();
  await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();

  await openBoard(page, 'What helped');
  await postShare(page, EARLIER);
  await expect(page.getByTestId('compose-result')).toContainText('Thank you for sharing.');
  await page.getByRole('button', { name: 'Back to the board' }).click();
  const walk = page.getByTestId('share').filter({ hasText: WALK });
  await walk.getByRole('button', { name: 'I relate' }).click();
  await expect(walk.getByTestId('relate-count')).toHaveText('4 people relate');

  await unlockStaffViaBridge(page, DEMO_STAFF);
  await page.getByRole('button', { name: 'Write a share' }).click();
  await typeOnScreen(page, DRAFT);
  await expect(page.getByTestId('draft')).toHaveText(DRAFT);
}

/** Everything the visit stored, and that the draft and staff mode did not survive. */
async function expectOnlyTheDraftLost(page: Page) {
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.locator('.wall')).toHaveAttribute('data-screen', 'home');
  await expect(page.getByText(DRAFT)).toHaveCount(0);

  const shares = await readAll<RawShare>(page, 'shares');
  expect(shares.filter((s) => s.text === EARLIER)).toHaveLength(1);
  expect(shares.filter((s) => s.text.includes(DRAFT))).toEqual([]);
  expect(shares.find((s) => s.text === WALK)?.relates).toBe(4);
  expect(await readAll<RawAttendance>(page, 'attendance')).toMatchObject([{ occurrenceKey: WALKING_SESSION, residentId: 'resident-3' }]);
  expect(await bridgeCall(page, 'staff', 'status')).toMatchObject({ ok: true, value: { session: null } });

  await openBoard(page, 'What helped');
  await expect(page.getByTestId('share').filter({ hasText: EARLIER })).toBeVisible();
  await page.getByRole('button', { name: 'Write a share' }).click();
  await expect(page.getByTestId('counter')).toHaveText('0 of 280 letters');
  await expect(page.getByTestId('draft')).toHaveText('Type with the keys below.');
}

test('a reload in the middle of writing loses only the draft', async ({ page }) => {
  await busyVisitThenDraft(page);
  await page.reload();
  await expectOnlyTheDraftLost(page);
});

test('a renderer crash in the middle of writing loses only the draft', async ({ page, context }) => {
  await busyVisitThenDraft(page);
  const crashed = page.waitForEvent('crash');
  // Chromium's own debug URL ends the page's renderer process at once.
  await page.goto('chrome://crash').catch(() => {});
  await crashed;

  // As Electron reloads the kiosk window: a new renderer on the same profile and origin (the
  // context keeps its fixed clock).
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await expectOnlyTheDraftLost(again);
});
