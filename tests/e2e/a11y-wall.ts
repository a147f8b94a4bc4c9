import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { HouseSettingsPatch } from '../../shared/settings';
import { expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, unlockStaffViaBridge } from './staff';

/**
 * Walks a resident's way through every wall screen and dialog of the example house, in one
 * "look" (a language, with or without comfort mode), and hands each screen to a check. Buttons
 * are found by their text in the look's language, read from the app's own locale files.
 */

export type Lang = 'en' | 'es';

export interface Look {
  name: string;
  lang: Lang;
  comfort: boolean;
}

export const LOOKS: readonly Look[] = [
  { name: 'English', lang: 'en', comfort: false },
  { name: 'Spanish', lang: 'es', comfort: false },
  { name: 'comfort mode', lang: 'en', comfort: true },
];

/** 10:50 on a Tuesday: the walking group (11:00) is up next and open for tap-in. */
export const WALL_TIME = '2026-03-10T10:50:00';
export const WALKING_GROUP = 'walking-group@2026-03-10';

const locales = new Map<string, Record<string, unknown>>();

/** The app's own text for `ns:key` (or a common key) in `lang`, with {{values}} filled in. */
export function say(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  const file = `${lang}/${ns}`;
  if (!locales.has(file)) {
    locales.set(file, JSON.parse(readFileSync(join(process.cwd(), 'renderer', 'src', 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>);
  }
  let node: unknown = locales.get(file);
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No text for ${lang} ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Changes house settings through the bridge, as staff would; call before page.goto. */
export async function houseSettingsAre(page: Page, patch: HouseSettingsPatch): Promise<void> {
  await unlockStaffViaBridge(page, DEMO_STAFF);
  expect((await bridgeCall(page, 'settings', 'update', { patch })).ok).toBe(true);
  // Main's staff session stays open only for the bridge call; the page starts locked anyway.
  await bridgeCall(page, 'staff', 'lock');
}

/** Opens the wall at `time` with the clock running, and puts on the look. */
export async function openWallAs(page: Page, look: Look, time = WALL_TIME): Promise<void> {
  await page.clock.install({ time: new Date(time) });
  await page.goto('/');
  await expect(page.getByTestId('session').first()).toBeVisible();
  await putOn(page, look);
}

/** Switches language and comfort mode with the wall's own buttons on the home screen. */
export async function putOn(page: Page, look: Look): Promise<void> {
  if (look.lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
  if (look.comfort) await page.getByRole('button', { name: say(look.lang, 'comfort.switch') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', look.lang);
  await expect(page.locator('.wall')).toHaveClass(look.comfort ? /comfort/ : /^(?!.*comfort)/);
}

export type Check = (screen: string) => Promise<void>;

const button = (page: Page, lang: Lang, key: string, exact = true) => page.getByRole('button', { name: say(lang, key), exact });

/** Home, session details, tap-in by symbol, the confirmation, privacy, and back home. */
export async function walkScheduleAndTapIn(page: Page, look: Look, check: Check): Promise<void> {
  const { lang } = look;
  await check('home');
  const walk = page.locator(`[data-testid="session"][data-key="${WALKING_GROUP}"]`);
  await walk.locator('button.open').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('session details');
  await button(page, lang, 'home:tapToJoin').click();
  await expect(page.getByRole('heading', { name: say(lang, 'signin:choose.title') })).toBeVisible();
  await check('symbol grid');
  await button(page, lang, 'signin:symbols.sun').click();
  await expect(button(page, lang, 'signin:done.finish')).toBeVisible();
  await check('tap-in confirmation');
  await button(page, lang, 'signin:done.finish').click();
  await button(page, lang, 'footer.privacy').click();
  await expect(page.getByRole('heading', { level: 1, name: say(lang, 'signin:privacy.title') })).toBeVisible();
  await check('privacy');
  await button(page, lang, 'signin:back').click();
  await expect(page.getByTestId('house-name')).toBeVisible();
}

/** The code pad (house setting "symbol + code"): Fish has a code in the example house. */
export async function walkCodePad(page: Page, look: Look, check: Check): Promise<void> {
  const { lang } = look;
  await page.locator(`[data-testid="session"][data-key="${WALKING_GROUP}"]`).getByRole('button', { name: say(lang, 'home:tapToJoin') }).click();
  await button(page, lang, 'signin:symbols.fish').click();
  await expect(page.getByRole('heading', { name: say(lang, 'signin:code.title') })).toBeVisible();
  await page.getByRole('button', { name: '1', exact: true }).click();
  await check('code pad');
  for (const digit of '111') await page.getByRole('button', { name: digit, exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await check('code pad, wrong code');
}

/** Headcount mode (house setting): one big button. */
export async function walkHeadcount(page: Page, look: Look, check: Check): Promise<void> {
  const { lang } = look;
  await page.locator(`[data-testid="session"][data-key="${WALKING_GROUP}"]`).getByRole('button', { name: say(lang, 'home:tapToJoin') }).click();
  await expect(button(page, lang, 'signin:headcount.button')).toBeVisible();
  await check('headcount');
}

/** Sharing boards, in two walks. The first: the boards list, a board, and the board's two dialogs. */
export async function walkBoardDialogs(page: Page, look: Look, check: Check): Promise<void> {
  const { lang } = look;
  await button(page, lang, 'footer.boards').click();
  await expect(page.locator('.board-card').first()).toBeVisible();
  await check('boards');
  await page.locator('.board-card').first().click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  await check('board');

  await page.getByTestId('share').first().getByRole('button', { name: say(lang, 'boards:worry') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('worry dialog');
  await button(page, lang, 'boards:worryConfirm.no').click();

  await page.locator('header').getByRole('button', { name: say(lang, 'boards:ask.button') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('ask staff dialog');
  await button(page, lang, 'boards:ask.ok').click();
}

/** The composer with its letter and number keys, the preview, and the support card a crisis share leads to. */
export async function walkComposer(page: Page, look: Look, check: Check): Promise<void> {
  const { lang } = look;
  await button(page, lang, 'footer.boards').click();
  await page.locator('.board-card').first().click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  await button(page, lang, 'boards:write').click();
  const keys = page.getByTestId('on-screen-keyboard');
  await expect(keys.locator('.hg-button').first()).toBeVisible();
  // Crisis words, so the walk ends at the support card.
  for (const letter of 'want to die') await keys.locator(`.hg-button[data-skbtn="${letter === ' ' ? '{space}' : letter}"]`).click();
  await check('composer with keys');
  await keys.locator('.hg-button[data-skbtn="{symbols}"]').click();
  await check('composer, number keys');
  await keys.locator('.hg-button[data-skbtn="{abc}"]').click();

  await button(page, lang, 'boards:compose.preview').click();
  await expect(page.getByTestId('preview-text')).toHaveText('want to die');
  await check('share preview');
  await button(page, lang, 'boards:compose.post').click();
  await expect(page.getByTestId('support-card')).toBeVisible();
  await check('support card');
  await button(page, lang, 'boards:support.back').click();
  await expect(page.getByTestId('share').first()).toBeVisible();
}

/** The idle prompt: someone touches the wall, then the house's idle timeout (90 s) passes without a touch. */
export async function walkStillThere(page: Page, look: Look, check: Check): Promise<void> {
  await page.getByTestId('house-name').click();
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check('still there');
  await button(page, look.lang, 'stillThere.continue').click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
}
