import type { Page } from '@playwright/test';
import type { HouseSettingsPatch } from '../../shared/settings';
import { expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, unlockStaffViaBridge } from './staff';

/**
 * Helpers for the sharing-board browser tests. Text is typed only by tapping Hearth's own
 * on-screen keys, as a resident would: no page.keyboard, no fill().
 */

const keyboard = (page: Page) => page.getByTestId('on-screen-keyboard');
const cssString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const key = (page: Page, value: string) => keyboard(page).locator(`.hg-button[data-skbtn=${cssString(value)}]`);

const LETTERS = /\p{L}/u;
const CAPITALS = /\p{Lu}/u;

/** Taps the keys for `text`, switching to capitals or symbols when a character is not on the page shown. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  await expect(key(page, '{space}')).toBeVisible();
  for (const char of text) {
    const value = char === ' ' ? '{space}' : char;
    if ((await key(page, value).count()) === 0) {
      if (await key(page, '{abc}').count()) await key(page, '{abc}').click();
      if (CAPITALS.test(char)) await key(page, '{shift}').click();
      else if (!LETTERS.test(char) && (await key(page, value).count()) === 0) await key(page, '{symbols}').click();
    }
    await key(page, value).click();
  }
}

export async function openBoard(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole('button', { name: 'Write a share' })).toBeVisible();
}

/**
 * Opens "What helped" in English first (the boards list shows once the example house is in: start-up
 * has set the house language by then), goes back home, switches to Spanish and opens "Lo que ayudó".
 */
export async function openWhatHelpedInSpanish(page: Page): Promise<void> {
  await openBoard(page, 'What helped');
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Muros para compartir' }).click();
  await page.getByRole('button', { name: /^Lo que ayudó/ }).click();
}

/** Opens the composer, types `text` on the keys, previews it and posts it. */
export async function postShare(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Write a share' }).click();
  await typeOnScreen(page, text);
  await page.getByRole('button', { name: 'See how it looks' }).click();
  await expect(page.getByTestId('preview-text')).toHaveText(text);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
}

/** The cards on the board, as their text. */
export const shareTexts = (page: Page) => page.getByTestId('share').locator('.text');

/** Changes house settings as staff would (settings are staff-only), then reloads so the wall reads them. */
export async function changeHouseSettings(page: Page, patch: HouseSettingsPatch): Promise<void> {
  await unlockStaffViaBridge(page, DEMO_STAFF);
  const result = await bridgeCall(page, 'settings', 'update', { patch });
  expect(result.ok).toBe(true);
  await page.reload();
}

export interface StoredReviewItem {
  kind: 'share' | 'quiet-request';
  shareId?: string;
  priority: number;
  state: 'open' | 'done';
}

export interface StoredShare {
  id: string;
  text: string;
  status: string;
  holdReasons: string[];
  flags: number;
}
