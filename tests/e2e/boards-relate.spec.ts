import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { changeHouseSettings, openBoard, openWhatHelpedInSpanish, type StoredShare } from './boards-helpers';
import { readAll } from './reliability-helpers';

test.use({ previewOptions: { demo: true } });

/** The example house's newest share on "What helped", with three relates. */
const WALK = 'A short walk after lunch cleared my head.';

const card = (page: Page, text: string) => page.getByTestId('share').filter({ hasText: text });

test('"I relate" adds one, and a second tap takes it back', async ({ page }) => {
  await page.goto('/');
  await openBoard(page, 'What helped');
  const walk = card(page, WALK);
  const relate = walk.getByRole('button', { name: 'I relate' });
  await expect(walk.getByTestId('relate-count')).toHaveText('3 people relate');
  await expect(relate).toHaveAttribute('aria-pressed', 'false');

  await relate.click();
  await expect(relate).toHaveAttribute('aria-pressed', 'true');
  await expect(walk.getByTestId('relate-count')).toHaveText('4 people relate');
  await expect.poll(async () => (await readAll<StoredShare & { relates: number }>(page, 'shares')).find((s) => s.text === WALK)?.relates).toBe(4);

  await relate.click();
  await expect(relate).toHaveAttribute('aria-pressed', 'false');
  await expect(walk.getByTestId('relate-count')).toHaveText('3 people relate');
  await expect.poll(async () => (await readAll<StoredShare & { relates: number }>(page, 'shares')).find((s) => s.text === WALK)?.relates).toBe(3);
});

test('a relate is remembered within the visit, and the next visitor starts fresh after the idle reset', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await page.goto('/');
  await openBoard(page, 'What helped');
  await card(page, WALK).getByRole('button', { name: 'I relate' }).click();
  await expect(card(page, WALK).getByRole('button', { name: 'I relate' })).toHaveAttribute('aria-pressed', 'true');

  // Leaving the board and coming back is the same visit.
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('button', { name: /^What helped/ }).click();
  await expect(card(page, WALK).getByRole('button', { name: 'I relate' })).toHaveAttribute('aria-pressed', 'true');

  await page.clock.runFor(90_000);
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sharing boards' })).toBeVisible();

  await openBoard(page, 'What helped');
  const relate = card(page, WALK).getByRole('button', { name: 'I relate' });
  await expect(relate).toHaveAttribute('aria-pressed', 'false');
  // The relate itself stays counted; only who tapped is forgotten.
  await expect(card(page, WALK).getByTestId('relate-count')).toHaveText('4 people relate');
  await relate.click();
  await expect(card(page, WALK).getByTestId('relate-count')).toHaveText('5 people relate');
});

test('relate counts are hidden when the house turns them off, and nothing is sorted by them', async ({ page }) => {
  await page.goto('/');
  await changeHouseSettings(page, { showRelateCounts: false });
  await openBoard(page, 'What helped');
  await expect(page.getByTestId('relate-count')).toHaveCount(0);
  // Newest first, whatever the counts: the example shares are 2, 26, 30, 80 and 200 hours old.
  await expect(page.getByTestId('share').locator('.text')).toHaveText([
    WALK,
    'Music with headphones on when the room got loud.',
    'Me ayudó llamar a mi hermana. Hablamos una hora.',
    'Saying one thing out loud in group. Just one thing.',
    'Breathing slowly while the kettle boiled.',
  ]);
});

test('"This worries me" asks for a calm confirmation, takes the share off the board at once and tells staff', async ({ page }) => {
  await page.goto('/');
  await openBoard(page, 'What helped');
  await card(page, WALK).getByRole('button', { name: 'This worries me' }).click();
  const confirm = page.getByRole('dialog', { name: 'Tell a staff member?' });
  await expect(confirm).toContainText('Nobody will know it was you.');
  await confirm.getByRole('button', { name: 'Yes, tell them' }).click();
  await expect(page.getByTestId('worry-thanks')).toHaveText('Thanks — staff will look at it. It is off the board until they do.');
  await expect(card(page, WALK)).toHaveCount(0);
  expect((await readAll<StoredShare>(page, 'shares')).find((s) => s.text === WALK)).toMatchObject({ status: 'hidden', flags: 1 });
  const items = await readAll<{ kind: string; state: string; priority: number }>(page, 'reviewItems');
  expect(items).toEqual([expect.objectContaining({ kind: 'share', state: 'open', priority: 3 })]);

  // Nobody else sees it, from the first flag, until staff have read it.
  await page.reload();
  await openBoard(page, 'What helped');
  await expect(page.getByTestId('share').first()).toBeVisible();
  await expect(card(page, WALK)).toHaveCount(0);
});

test('"Esto me preocupa" thanks the visitor in Spanish', async ({ page }) => {
  await page.goto('/');
  await openWhatHelpedInSpanish(page);
  await page.getByTestId('share').first().getByRole('button', { name: 'Esto me preocupa' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sí, avisar' }).click();
  await expect(page.getByTestId('worry-thanks')).toHaveText('Gracias. El personal lo va a revisar. No se verá en el muro hasta entonces.');
});