import { test, expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, unlockStaffViaBridge } from './staff';

test.use({ previewOptions: { demo: true } });

test('"What this screen keeps" tells residents what is kept and for how long, from the house settings', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'What this screen keeps' }).click();
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: 'What this screen keeps' })).toBeVisible();
  // The defaults: attendance 730 days, shares 14 days.
  await expect(main.getByRole('listitem').filter({ hasText: 'When you tap in to a group' })).toContainText(
    'It keeps that you came, and when. Staff can see this. The screen never shows it.' +
      "Anyone can tap any symbol, and the screen cannot stop it. That counts as the symbol's owner coming, until staff change it. Every “Undo” is noted for staff, without a name." +
      'Kept for 2 years, then deleted.',
  );
  await expect(main.getByRole('listitem').filter({ hasText: 'When you write on a sharing board' })).toContainText(
    'Kept for 14 days, then deleted.',
  );
  for (const heading of ['When you tap “I relate”', 'When you ask staff quietly', 'Where it is kept', 'Copies for safekeeping', 'Your records']) {
    await expect(main.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(main).toContainText('Everything stays on this machine, except a short alert when someone needs staff now.');
  await expect(main).toContainText("Nobody can open them without the house's secret phrase. Old copies are deleted.");
  await expect(main).toContainText('Ask a staff member to show you your records, or to delete them.');

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('"What this screen keeps" follows the house\'s own retention and sign-in settings, in Spanish too', async ({ page }) => {
  await unlockStaffViaBridge(page, DEMO_STAFF);
  const update = await bridgeCall(page, 'settings', 'update', {
    patch: { attendanceRetentionDays: 90, shareRetentionDays: 1, signInMode: 'headcount' },
  });
  expect(update.ok).toBe(true);
  await page.goto('/');
  await page.getByRole('button', { name: 'What this screen keeps' }).click();
  const main = page.getByRole('main');
  await expect(main).toContainText('It keeps only how many people came, never who.Kept for 90 days, then deleted.');
  await expect(main).toContainText('Kept for 1 day, then deleted.');

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Lo que guarda esta pantalla' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lo que guarda esta pantalla' })).toBeVisible();
  await expect(main).toContainText('Solo guarda cuántas personas vinieron, nunca quiénes.Se guarda 90 días y luego se borra.');
  await expect(main).toContainText('Se guardan 1 día y luego se borran.');
});
