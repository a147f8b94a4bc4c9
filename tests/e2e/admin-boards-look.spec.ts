import { SCREENS, checkScreen } from './a11y';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/** The sharing boards area on a landscape wall and a portrait one: the list and the editor. */
test.use({ previewOptions: { demo: true } });

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('the boards list and the board editor read well', async ({ page }, testInfo) => {
      test.slow();
      await page.goto('/');
      await unlockStaff(page, DEMO_STAFF);
      await openStaffArea(page, 'Sharing boards');
      await page.getByRole('switch', { name: 'On the wall: Hard days' }).click();
      await expect(page.getByTestId('boards-notice')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-boards-list`);

      await page.getByRole('button', { name: 'Edit: What helped' }).click();
      await page.getByTestId('board-title-en').fill('');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText('Please give the board a title in English.')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-boards-editor`);
      await page.getByTestId('board-prompt-es').click();
      await expect(page.getByRole('group', { name: 'Keyboard' })).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-boards-keyboard`);
    });

    test('the areas read well in Spanish too', async ({ page }, testInfo) => {
      test.slow();
      await page.goto('/');
      await unlockStaff(page, DEMO_STAFF);
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('navigation', { name: 'Secciones del personal' }).getByRole('button', { name: 'Muros para compartir' }).click();
      await checkScreen(page, testInfo, `${screen.name}-boards-es`);
      await page.getByRole('button', { name: 'Añadir un muro' }).click();
      await checkScreen(page, testInfo, `${screen.name}-boards-editor-es`);
    });
  });
}
