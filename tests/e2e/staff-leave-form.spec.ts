import { checkScreen } from './a11y';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/** A half-filled form is never thrown away by a stray tap: Cancel, another area and Lock ask first. */
test.use({ previewOptions: { demo: true } });

test('leaving a changed group asks first; "Keep editing" keeps what was typed, "Leave without saving" lets it go', async ({ page }, testInfo) => {
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Schedule');
  await page.getByRole('button', { name: 'New group' }).click();
  const title = page.getByTestId('group-title-en');
  await title.fill('Tea and talk');
  const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });

  // Cancel asks; keeping on editing keeps the title.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(ask).toContainText('What you changed here is not saved yet.');
  await checkScreen(page, testInfo, 'leave-without-saving');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toHaveCount(0);
  await expect(title).toHaveValue('Tea and talk');

  // Another staff area asks too.
  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name: 'Residents' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(title).toHaveValue('Tea and talk');
  await expect(page.getByRole('main', { name: 'Schedule' })).toBeVisible();

  // And Lock.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByTestId('staff-shell')).toBeVisible();

  // Leaving without saving goes where staff meant to go, and nothing is saved.
  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name: 'Residents' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('main', { name: 'Residents' })).toBeVisible();
  await openStaffArea(page, 'Schedule');
  await expect(page.getByText('Tea and talk')).toHaveCount(0);
});

test('an editor with nothing changed closes at once, and the question speaks Spanish', async ({ page }, testInfo) => {
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Residents');
  await page.getByRole('button', { name: 'Edit: Priya Natarajan' }).click();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByTestId('resident-editor')).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Editar: Priya Natarajan' }).click();
  await page.getByRole('switch').first().click();
  await page.getByRole('button', { name: 'Cancelar', exact: true }).click();
  const ask = page.getByRole('alertdialog', { name: '¿Salir sin guardar?' });
  await expect(ask).toContainText('todavía no está guardado');
  await expect(ask.getByRole('button', { name: 'Seguir editando' })).toBeFocused();
  await checkScreen(page, testInfo, 'leave-without-saving-es');
  await ask.getByRole('button', { name: 'Salir sin guardar' }).click();
  await expect(page.getByTestId('resident-editor')).toHaveCount(0);
});

test('settings changed but not saved ask first too, and leaving keeps the saved ones', async ({ page }) => {
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Settings');
  const houseName = page.getByTestId('setting-houseName');
  const before = await houseName.inputValue();
  await houseName.fill('Maple House');
  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name: 'Audit log' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(houseName).toHaveValue('Maple House');

  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name: 'Audit log' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('main', { name: 'Audit log' })).toBeVisible();
  await openStaffArea(page, 'Settings');
  await expect(page.getByTestId('setting-houseName')).toHaveValue(before);
});
