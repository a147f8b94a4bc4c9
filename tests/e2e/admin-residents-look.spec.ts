import { SCREENS, checkScreen } from './a11y';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/** The residents area on a landscape wall and a portrait one: the list, the editor, the code pad. */
test.use({ previewOptions: { demo: true } });

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('the residents list, the editor and the code pad read well', async ({ page }, testInfo) => {
      test.slow();
      await page.goto('/');
      await unlockStaff(page, DEMO_STAFF);
      await openStaffArea(page, 'Residents');
      await expect(page.getByTestId('resident-list').locator('tbody tr')).toHaveCount(9);
      await checkScreen(page, testInfo, `${screen.name}-residents-list`);

      await page.getByRole('button', { name: 'Edit: Priya Natarajan' }).click();
      await checkScreen(page, testInfo, `${screen.name}-residents-editor`);
      await page.getByRole('button', { name: 'Set a new code' }).click();
      for (const digit of '12') await page.getByRole('button', { name: digit, exact: true }).click();
      await checkScreen(page, testInfo, `${screen.name}-residents-code-pad`);
      await page.getByTestId('resident-name').click();
      await expect(page.getByRole('group', { name: 'Keyboard' })).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-residents-keyboard`);
      await page.getByRole('button', { name: 'Done' }).click();
      // A code half typed is a change: leaving asks first.
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();

      await page.getByRole('button', { name: 'Add a resident' }).click();
      await page.getByRole('button', { name: 'Add the resident' }).click();
      await expect(page.getByTestId('residents-notice')).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-residents-new-with-problems`);

      // The sun is Marisol's in blue: its colours show which are free, and the blue sun is refused.
      await page.getByRole('radio', { name: 'Sun', exact: true }).click();
      await expect(page.getByText('Another resident already has this picture: Blue sun.', { exact: false })).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-residents-picture-taken`);
      await page.getByRole('group', { name: 'Symbol' }).screenshot({ path: testInfo.outputPath(`${screen.name}-residents-colours.png`) });
    });

    test('the residents area reads well in Spanish too', async ({ page }, testInfo) => {
      test.slow();
      await page.goto('/');
      await unlockStaff(page, DEMO_STAFF);
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('navigation', { name: 'Secciones del personal' }).getByRole('button', { name: 'Residentes' }).click();
      await checkScreen(page, testInfo, `${screen.name}-residents-es`);
      await page.getByRole('button', { name: 'Añadir un residente' }).click();
      await checkScreen(page, testInfo, `${screen.name}-residents-editor-es`);
      await page.getByRole('radio', { name: 'Sol', exact: true }).click();
      await expect(page.getByText('Otro residente ya tiene este dibujo: Sol azul.', { exact: false })).toBeVisible();
      await checkScreen(page, testInfo, `${screen.name}-residents-picture-taken-es`);
      await page.getByRole('group', { name: 'Símbolo' }).screenshot({ path: testInfo.outputPath(`${screen.name}-residents-colours-es.png`) });
    });
  });
}
