import { auditRows, dumpTables } from './admin-records';
import { openBoard, postShare, shareTexts } from './boards-helpers';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

test.use({ previewOptions: { demo: true } });

test('a word added to the words to watch holds a share that uses it; a bad word is refused and changes nothing', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Settings');
  const words = page.getByTestId('watch-words');
  await expect(words).toContainText('No words yet.');

  await page.getByTestId('watch-word-new').fill('z');
  await words.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(words).toContainText('A word to watch needs 2 to 60 letters.');
  await expect(words.getByTestId('watch-word')).toHaveCount(0);

  await page.getByTestId('watch-word-new').fill('  bluebird  ');
  await words.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(words.getByTestId('watch-word')).toHaveText(['bluebird Remove']);
  await expect(page.getByTestId('watch-word-new')).toHaveValue('');
  await page.getByTestId('watch-word-new').fill('Bluebird');
  await words.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(words).toContainText('That word is already on the list.');
  await expect(words.getByTestId('watch-word')).toHaveCount(1);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('settings-notice')).toHaveText('Saved. The wall uses the new settings now.');
  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).first()).toContainText('Words to watch: added “bluebird”');

  await page.getByRole('button', { name: 'Lock' }).click();
  await openBoard(page, 'What helped');
  await postShare(page, 'saw the bluebird man again');
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  await expect(shareTexts(page).filter({ hasText: 'bluebird' })).toHaveCount(0);
  const stored = await dumpTables(page);
  const held = stored.shares.find((s) => s.text === 'saw the bluebird man again');
  expect(held).toMatchObject({ status: 'held' });
  expect(stored.reviewItems.filter((i) => i.shareId === held?.id && i.kind === 'share')).toMatchObject([{ state: 'open' }]);
});
