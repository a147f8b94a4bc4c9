import { heldShare, putRows, waitForExampleHouse } from './admin-records';
import { SCREENS, checkScreen } from './a11y';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/** The review queue and quiet requests, full and empty, with their dialogs, on a landscape and a portrait wall. */
test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T15:00:00');

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('the review queue and quiet requests read well, full and empty', async ({ page }, testInfo) => {
      test.slow();
      await page.clock.install({ time: NOW });
      await page.goto('/');
      await waitForExampleHouse(page);
      const now = NOW.getTime();
      const shares = [
        heldShare({ id: 'c', boardId: 'board-hard', text: 'I keep thinking about ending it. I do not know who to tell.', reasons: ['crisis'], priority: 0, now }),
        heldShare({ id: 'p', boardId: 'board-helped', text: 'Call me on 555 123 4567 if you want to walk together!', reasons: ['personal-data'], priority: 2, now: now - 3 * 86_400_000 }),
        heldShare({ id: 'f', boardId: 'board-grateful', text: 'Grateful for nothing, as usual.', reasons: ['flagged'], priority: 3, now, status: 'published', flags: 1 }),
      ];
      await putRows(page, {
        shares: shares.map((s) => s.share),
        reviewItems: [
          ...shares.map((s) => s.item),
          { id: 'q1', kind: 'quiet-request', priority: 0, shareId: 'c', state: 'open', createdAt: now - 240_000 },
          { id: 'q2', kind: 'quiet-request', priority: 1, state: 'open', createdAt: now - 2 * 3_600_000 },
        ],
      });
      await unlockStaff(page, DEMO_STAFF);
      await openStaffArea(page, 'Review queue');
      await expect(page.getByTestId('review-item')).toHaveCount(3);
      await checkScreen(page, testInfo, `${screen.name}-review-queue`);
      await page.getByTestId('review-item').first().getByRole('button', { name: 'Publish' }).click();
      await expect(page.getByRole('alertdialog')).toContainText('It has crisis words.');
      await checkScreen(page, testInfo, `${screen.name}-review-publish-crisis`);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

      await openStaffArea(page, 'Quiet requests');
      await expect(page.getByTestId('quiet-request')).toHaveCount(2);
      await checkScreen(page, testInfo, `${screen.name}-quiet-requests`);
      for (let i = 0; i < 2; i += 1) await page.getByTestId('quiet-request').first().getByRole('button', { name: 'I am on my way' }).click();
      await expect(page.getByTestId('quiet-empty')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-quiet-empty`);

      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('button', { name: 'Por revisar' }).click();
      await expect(page.getByTestId('review-item').first()).toContainText('Palabras de crisis');
      await checkScreen(page, testInfo, `${screen.name}-review-queue-es`);
    });
  });
}
