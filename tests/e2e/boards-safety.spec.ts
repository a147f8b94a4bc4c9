import { test, expect } from './fixtures';
import {
  changeHouseSettings,
  openBoard,
  postShare,
  shareTexts,
  typeOnScreen,
  type StoredReviewItem,
  type StoredShare,
} from './boards-helpers';
import { readAll } from './reliability-helpers';

test.use({ previewOptions: { demo: true } });

test('crisis words show the support card at once with the crisis line, ask staff quietly, and stay off the board', async ({ page }) => {
  await page.goto('/');
  await openBoard(page, 'Hard days');
  await postShare(page, 'I want to die');
  const card = page.getByTestId('support-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('You do not have to go through this alone.');
  await expect(card).toContainText('Your words are not on the board. Only staff will read them.');
  await expect(page.getByTestId('crisis-text')).toContainText('call or text 988');
  await expect.poll(async () => (await readAll<StoredReviewItem>(page, 'reviewItems')).map((i) => `${i.kind}:${i.priority}:${i.state}`).sort()).toEqual([
    'quiet-request:1:open',
    'share:2:open',
  ]);
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  await expect(shareTexts(page).filter({ hasText: 'I want to die' })).toHaveCount(0);
  const [held] = (await readAll<StoredShare>(page, 'shares')).filter((s) => s.text === 'I want to die');
  expect(held).toMatchObject({ status: 'held', holdReasons: ['crisis'] });
});

test('the support card shows the crisis line staff set for the house, in the wall\'s language', async ({ page }) => {
  await page.goto('/');
  await changeHouseSettings(page, { crisisText: { en: 'Call the house line: 555 0100.', es: 'Llama a la línea de la casa: 555 0100.' } });
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Muros para compartir' }).click();
  await page.getByRole('button', { name: /^Días difíciles/ }).click();
  await page.getByRole('button', { name: 'Escribir algo' }).click();
  await typeOnScreen(page, 'quiero morir');
  await page.getByRole('button', { name: 'Ver cómo queda' }).click();
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
  await expect(page.getByTestId('crisis-text')).toHaveText('Llama a la línea de la casa: 555 0100.');
});

test('a phone number is held for staff and does not show on the board', async ({ page }) => {
  await page.goto('/');
  await openBoard(page, 'What helped');
  await postShare(page, 'call me 555 123 4567');
  await expect(page.getByTestId('compose-result')).toContainText('A staff member will read it first, then it will appear.');
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  await expect(shareTexts(page).filter({ hasText: '555' })).toHaveCount(0);
  const [held] = (await readAll<StoredShare>(page, 'shares')).filter((s) => s.text === 'call me 555 123 4567');
  expect(held).toMatchObject({ status: 'held', holdReasons: ['personal-data'] });
});

test('when the house reads every share first, an everyday share waits for staff too', async ({ page }) => {
  await page.goto('/');
  await changeHouseSettings(page, { moderationMode: 'all' });
  await openBoard(page, 'Thankful for');
  await postShare(page, 'the sun this morning');
  await expect(page.getByTestId('compose-result')).toContainText('A staff member will read it first, then it will appear.');
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  await expect(shareTexts(page).filter({ hasText: 'the sun this morning' })).toHaveCount(0);
});

test('expired shares never show, even before the purge, and the purge at start deletes them', async ({ page }) => {
  const start = new Date('2026-03-10T10:00:00');
  await page.clock.install({ time: start });
  await page.goto('/');
  await openBoard(page, 'What helped');
  await expect(shareTexts(page).first()).toHaveText('A short walk after lunch cleared my head.');
  // The purge shortly after start has run while nothing had expired yet (it deletes nothing then);
  // from here on no timer fires unless page.clock moves time on.
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));
  const stored = (await readAll<StoredShare>(page, 'shares')).length;
  expect(stored).toBeGreaterThan(0);

  // Fifteen days on, past the default 14-day retention; the next purge is not due for a day.
  await page.clock.setSystemTime(new Date(start.getTime() + 15 * 86_400_000));
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('button', { name: /^What helped/ }).click();
  await expect(page.getByText('Nothing here yet. You could be the first.')).toBeVisible();
  await expect(page.getByTestId('share')).toHaveCount(0);
  expect(await readAll<StoredShare>(page, 'shares')).toHaveLength(stored);

  await page.reload();
  // The purge a moment after start deletes them.
  await expect
    .poll(async () => {
      await page.clock.runFor(500);
      return (await readAll<StoredShare>(page, 'shares')).length;
    })
    .toBe(0);
});

test('"Ask staff quietly" on the home screen records a request and says a staff member will come', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  await expect(page.getByRole('dialog')).toContainText('A staff member will come to you soon.');
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(async () => readAll<StoredReviewItem>(page, 'reviewItems')).toEqual([
    expect.objectContaining({ kind: 'quiet-request', priority: 1, state: 'open' }),
  ]);
});

test('"Ask staff quietly" is on every board screen, and asking twice in one visit sends one request', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  // Each screen before its own button: home and the boards list have one too.
  await expect(page.getByRole('heading', { name: 'Sharing boards', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await page.getByRole('button', { name: /^Thankful for/ }).click();
  await expect(page.getByRole('heading', { name: /^Thankful for/, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  await expect(page.getByRole('dialog')).toContainText('A staff member will come to you soon.');
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect.poll(async () => (await readAll<StoredReviewItem>(page, 'reviewItems')).length).toBe(1);
});
