import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';
import { auditLines, lockToWall } from './admin-schedule-helpers';

/** The sharing boards area on the example house (What helped, Thankful for, Hard days) and the wall's boards list. */
test.use({ previewOptions: { demo: true } });

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Sharing boards');
});

const staffTitles = (page: Page) => page.getByTestId('board-list').getByTestId('board-row').locator('.title');

/** The wall's boards, as their buttons read, in order. */
async function wallBoards(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  const buttons = page.locator('.board-card');
  await expect(buttons.first()).toBeVisible();
  return (await buttons.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

test('a new board shows last on the wall, with its prompt, in English and Spanish', async ({ page }) => {
  await page.getByRole('button', { name: 'Add a board' }).click();
  await page.getByTestId('board-title-en').fill('Small wins');
  await page.getByTestId('board-title-es').fill('Pequeños logros');
  await page.getByTestId('board-prompt-en').fill('Something small that went well today');
  await page.getByTestId('board-prompt-es').fill('Algo pequeño que salió bien hoy');
  await page.getByRole('button', { name: 'Add the board' }).click();
  await expect(page.getByTestId('boards-notice')).toHaveText('Small wins is added.');
  await expect(staffTitles(page)).toHaveText(['What helped', 'Thankful for', 'Hard days', 'Small wins']);

  const [latest] = await auditLines(page, 1);
  expect(latest).toContain('Added a sharing board');
  expect(latest).toContain('Small wins');

  await lockToWall(page);
  const boards = await wallBoards(page);
  expect(boards).toHaveLength(4);
  expect(boards[3]).toContain('Small wins');
  expect(boards[3]).toContain('Something small that went well today');
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Muros para compartir' }).click();
  await expect(page.locator('.board-card').nth(3)).toContainText('Pequeños logros');
  await expect(page.locator('.board-card').nth(3)).toContainText('Algo pequeño que salió bien hoy');
});

test('moving a board up or down changes the order on the wall, and each move is in the audit log', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Move What helped up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move Hard days down' })).toBeDisabled();
  await page.getByRole('button', { name: 'Move Hard days up' }).click();
  await expect(page.getByTestId('boards-notice')).toHaveText('Hard days moved up.');
  await page.getByRole('button', { name: 'Move Hard days up' }).click();
  await expect(staffTitles(page)).toHaveText(['Hard days', 'What helped', 'Thankful for']);
  await page.getByRole('button', { name: 'Move What helped down' }).click();
  await expect(staffTitles(page)).toHaveText(['Hard days', 'Thankful for', 'What helped']);

  const lines = await auditLines(page, 3);
  expect(lines[0]).toContain('Moved a sharing board');
  expect(lines[0]).toContain('What helped ↓');
  expect(lines[2]).toContain('Hard days ↑');

  await lockToWall(page);
  const boards = await wallBoards(page);
  expect(boards.map((text) => text.split(' ').slice(0, 2).join(' '))).toEqual(['Hard days', 'Thankful for', 'What helped']);
});

test('a board switched off leaves the wall, an edit shows there, and a board needs a title and a prompt', async ({ page }) => {
  await page.getByRole('switch', { name: 'On the wall: Thankful for' }).click();
  await expect(page.getByTestId('boards-notice')).toHaveText('Thankful for is off the wall.');
  await expect(page.getByRole('switch', { name: 'On the wall: Thankful for' })).toHaveAttribute('aria-checked', 'false');

  await page.getByRole('button', { name: 'Edit: Hard days' }).click();
  await page.getByTestId('board-prompt-en').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Please write a prompt in English.')).toBeVisible();
  await page.getByTestId('board-prompt-en').fill('A hard moment, and what got me through');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('boards-notice')).toHaveText('Hard days is saved.');

  const lines = await auditLines(page, 2);
  expect(lines[0]).toContain('Changed a sharing board');
  expect(lines[1]).toContain('Took a sharing board off the wall');
  expect(lines[1]).toContain('Thankful for');

  await lockToWall(page);
  const boards = await wallBoards(page);
  expect(boards).toHaveLength(2);
  expect(boards.join(' | ')).not.toContain('Thankful for');
  expect(boards[1]).toContain('A hard moment, and what got me through');
});

test('a board written only in English says so on Spanish staff screens, and the wall still shows its words', async ({ page }) => {
  await page.getByRole('button', { name: 'Add a board' }).click();
  await page.getByTestId('board-title-en').fill('Small wins');
  await page.getByTestId('board-prompt-en').fill('Something small that went well today');
  await page.getByRole('button', { name: 'Add the board' }).click();
  await expect(page.getByTestId('boards-notice')).toHaveText('Small wins is added.');
  await expect(staffTitles(page).nth(3)).toHaveText('Small wins');

  await page.getByRole('button', { name: 'Español' }).click();
  const row = page.getByTestId('board-list').getByTestId('board-row').nth(3);
  await expect(row.locator('.title')).toHaveText('Small wins (solo en inglés)');
  await expect(row).toContainText('Something small that went well today (solo en inglés)');
  await expect(row.getByRole('button', { name: 'Editar: Small wins (solo en inglés)' })).toBeVisible();
  // A board written in both languages shows its Spanish title first, then the English one.
  await expect(staffTitles(page).first()).toHaveText('Lo que ayudó');
});
