import { test, expect } from './fixtures';
import { changeHouseSettings, openBoard, postShare, shareTexts, typeOnScreen, type StoredShare } from './boards-helpers';
import { readAll } from './reliability-helpers';

test.use({ previewOptions: { demo: true } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a share written on the on-screen keys alone is posted and shows first on the board', async ({ page }) => {
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'Write a share' }).click();
  await expect(page.getByTestId('counter')).toHaveText('0 of 280 letters');
  await typeOnScreen(page, 'Tea helped me, 2 times!');
  await expect(page.getByTestId('draft')).toHaveText('Tea helped me, 2 times!');
  await expect(page.getByTestId('counter')).toHaveText('23 of 280 letters');
  await page.getByRole('button', { name: 'See how it looks' }).click();
  await expect(page.getByTestId('preview-text')).toHaveText('Tea helped me, 2 times!');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByTestId('compose-result')).toContainText('Thank you for sharing.');
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(shareTexts(page).first()).toHaveText('Tea helped me, 2 times!');
  await expect(page.getByTestId('share').first().locator('.when')).toHaveText('Today');
});

test('a capital comes from one tap on shift, and the next letter is small again', async ({ page }) => {
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'Write a share' }).click();
  await page.getByRole('button', { name: 'Capital letter' }).click();
  await page.locator('.hg-button[data-skbtn="O"]').click();
  await page.locator('.hg-button[data-skbtn="k"]').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.locator('.hg-button[data-skbtn="h"]').click();
  await expect(page.getByTestId('draft')).toHaveText('Oh');
});

test('the Spanish keys type accents, ñ, ¿ and ¡', async ({ page }) => {
  // The boards list shows once the example house is in: start-up has set the house language by then.
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await expect(page.getByRole('button', { name: /^What helped/ })).toBeVisible();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Muros para compartir' }).click();
  await page.getByRole('button', { name: /^Lo que ayudó/ }).click();
  await page.getByRole('button', { name: 'Escribir algo' }).click();
  await typeOnScreen(page, '¿Qué tal? ¡Mañana será útil!');
  await page.getByRole('button', { name: 'Ver cómo queda' }).click();
  await page.getByRole('button', { name: 'Publicar' }).click();
  await expect(page.getByTestId('compose-result')).toContainText('Gracias por compartir.');
  await page.getByRole('button', { name: 'Volver al muro' }).click();
  await expect(shareTexts(page).first()).toHaveText('¿Qué tal? ¡Mañana será útil!');
  await expect(page.getByTestId('share').first().locator('.when')).toHaveText('Hoy');
});

test('nothing typed survives Cancel', async ({ page }) => {
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'Write a share' }).click();
  await typeOnScreen(page, 'private words');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('private words')).toHaveCount(0);
  await page.getByRole('button', { name: 'Write a share' }).click();
  await expect(page.getByTestId('counter')).toHaveText('0 of 280 letters');
  await expect(page.getByTestId('draft')).toHaveText('Type with the keys below.');
});

test('markup typed on the keys shows as literal text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const markup = '<script>alert(1)</script> <img src=x onerror=alert(1)>';
  await openBoard(page, 'What helped');
  await postShare(page, markup);
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(shareTexts(page).first()).toHaveText(markup);
  await expect(page.locator('main img, main script')).toHaveCount(0);
  const stored = await readAll<StoredShare>(page, 'shares');
  expect(stored.filter((s) => s.text === markup)).toHaveLength(1);
  expect(dialogs).toEqual([]);
});

test('the keys stop at the house limit and the counter says so', async ({ page }) => {
  await changeHouseSettings(page, { shareMaxLength: 40 });
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'Write a share' }).click();
  await typeOnScreen(page, 'a'.repeat(42));
  await expect(page.getByTestId('draft')).toHaveText('a'.repeat(40));
  await expect(page.getByTestId('counter')).toHaveText('40 of 40 letters');
});

test('nothing typed survives the idle reset', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await page.goto('/');
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'Write a share' }).click();
  await typeOnScreen(page, 'half a thought');
  await page.clock.runFor(110_000);
  await expect(page.getByRole('button', { name: 'Sharing boards' })).toBeVisible();
  await expect(page.getByText('half a thought')).toHaveCount(0);
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'Write a share' }).click();
  await expect(page.getByTestId('draft')).toHaveText('Type with the keys below.');
  await expect(page.getByTestId('counter')).toHaveText('0 of 280 letters');
});

test('the share check runs in its own worker, started when the composer opens: the page never reads its model', async ({ page }) => {
  const pageChunks: string[] = [];
  page.on('request', (request) => {
    if (request.frame() === page.mainFrame()) pageChunks.push(request.url());
  });
  await openBoard(page, 'What helped');
  expect(page.workers().some((worker) => worker.url().includes('shareCheck.worker'))).toBe(false);
  await page.getByRole('button', { name: 'Write a share' }).click();
  await expect.poll(() => page.workers().some((worker) => worker.url().includes('shareCheck.worker'))).toBe(true);
  await typeOnScreen(page, 'Tea helped');
  await page.getByRole('button', { name: 'See how it looks' }).click();
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByTestId('compose-result')).toContainText('Thank you for sharing.');
  expect(pageChunks.filter((url) => url.includes('shareCheckHere'))).toEqual([]);
});
