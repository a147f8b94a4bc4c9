import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

/** The on-screen keyboard of staff mode, pressed as a hand presses: not always quickly. */
test.use({ previewOptions: { demo: true } });

test('a slow press on a text field opens the keyboard and keeps it, though the field moves under the finger', async ({ page }) => {
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Residents');
  await page.getByRole('button', { name: 'Edit: Priya Natarajan' }).click();
  const name = page.getByTestId('resident-name');
  await name.evaluate((field) => field.scrollIntoView({ block: 'start' }));
  const box = await name.boundingBox();
  if (!box) throw new Error('the name field is not on the screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // The field is moved above the keyboard while the finger is still down.
  await expect.poll(async () => (await name.boundingBox())?.y ?? box.y).toBeGreaterThan(box.y + box.height);
  await page.mouse.up();

  const keyboard = page.getByRole('group', { name: 'Keyboard' });
  await expect(keyboard).toBeVisible();
  await expect(name).toBeFocused();
  await keyboard.getByRole('button', { name: 'space' }).click();
  await expect(name).toHaveValue('Priya Natarajan ');
});
