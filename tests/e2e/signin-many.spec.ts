import type { Page } from '@playwright/test';
import { RESIDENT_COLOURS, SYMBOL_KEYS } from '../../shared/wallKeys';
import { SCREENS, expectAccessible, expectComfortableSizes, keepScreenshot } from './a11y';
import { test, expect } from './fixtures';
import { openWalkingDayAt, readAll, tapJoin, WALKING_SESSION } from './reliability-helpers';
import { DEMO_STAFF, bridgeCall, unlockStaffViaBridge } from './staff';

/**
 * Tap-in in a large house: 120 residents, each with a picture of their own, a symbol and a colour.
 * Every symbol is shared, so a resident taps the session, their symbol, then their colour: three
 * taps. The wall still never shows a name, and looks the same before and after a tap-in.
 */

const COUNT = 120;
/** The code of the example house's tree (resident-2): 1357. */
const TREE_CODE_HASH = 'pbkdf2$100000$18ccad45718708ecc2610cf68bf1b24c$d60cae71ad2de8c8d80d85e085de194203805fa227f76f8fa954a3437e2084d5';

/** Every symbol once in each colour in turn, until 120: the first eight symbols in five colours, the rest in four. */
const residents = Array.from({ length: COUNT }, (_, i) => ({
  id: `many-${i}`,
  symbol: SYMBOL_KEYS[i % SYMBOL_KEYS.length],
  colour: RESIDENT_COLOURS[Math.floor(i / SYMBOL_KEYS.length)],
  name: `Quillon Varga${i}`,
  active: true,
  createdAt: 1767225600000,
}));
const residentAt = (symbol: string, colour: string) => residents.find((r) => r.symbol === symbol && r.colour === colour);
// The orange tree has a personal code.
Object.assign(residentAt('tree', 'orange') ?? {}, { codeHash: TREE_CODE_HASH });

async function expectNoResidentNames(page: Page) {
  const [text, markup] = await page.evaluate(() => [document.body.innerText, document.documentElement.outerHTML]);
  expect(text).not.toMatch(/Quillon|Varga/);
  expect(markup).not.toMatch(/Quillon|Varga/);
}

const attendance = (page: Page) => readAll<{ occurrenceKey: string; residentId?: string; method: string }>(page, 'attendance');
const symbolGrid = (page: Page) => page.locator('.symbol-grid');
const colourStep = (page: Page) => page.locator('.colour-step');

/** Counts every tap a resident makes, from the home screen on. */
function tapCounter(page: Page) {
  let taps = 0;
  return {
    get taps() {
      return taps;
    },
    async join(label?: string) {
      taps++;
      await tapJoin(page, label);
    },
    async tap(name: string) {
      taps++;
      await page.getByRole('button', { name, exact: true }).click();
    },
  };
}

test.describe('a house of 120 residents', () => {
  test.use({ previewOptions: { demo: true, residents } });

  test('a resident taps in with three taps: the session, their symbol, their colour', async ({ page }) => {
    await openWalkingDayAt(page, new Date('2026-03-10T11:10:00'));
    await expectNoResidentNames(page);
    const resident = tapCounter(page);
    await resident.join();
    await expect(page.getByRole('heading', { name: 'Tap your symbol' })).toBeVisible();
    // One button per symbol: 28, not 120.
    await expect(symbolGrid(page).getByRole('button')).toHaveCount(SYMBOL_KEYS.length);
    await expectNoResidentNames(page);

    await resident.tap('Cat');
    await expect(page.getByRole('heading', { name: 'Which colour is your cat?' })).toBeVisible();
    // The cat comes in all five colours here, each named in words.
    await expect(colourStep(page).getByRole('listitem')).toHaveCount(5);
    for (const name of ['Blue cat', 'Orange cat', 'Green cat', 'Pink cat', 'Purple cat']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await expectNoResidentNames(page);

    await resident.tap('Orange cat');
    await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
    expect(resident.taps).toBe(3);
    await expect(page.getByTestId('here-count')).toHaveCount(0);
    await expectNoResidentNames(page);
    expect(await attendance(page)).toEqual([
      expect.objectContaining({ occurrenceKey: WALKING_SESSION, residentId: residentAt('cat', 'orange')?.id, method: 'symbol' }),
    ]);
  });

  test('the symbols and the colours look the same before and after a tap-in', async ({ page }) => {
    await openWalkingDayAt(page, new Date('2026-03-10T11:10:00'));
    await tapJoin(page);
    const gridBefore = await symbolGrid(page).innerHTML();
    await page.getByRole('button', { name: 'Sun', exact: true }).click();
    const coloursBefore = await colourStep(page).innerHTML();
    await page.getByRole('button', { name: 'Purple sun', exact: true }).click();
    await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
    await page.getByRole('button', { name: 'Done' }).click();

    await tapJoin(page);
    expect(await symbolGrid(page).innerHTML()).toBe(gridBefore);
    await page.getByRole('button', { name: 'Sun', exact: true }).click();
    expect(await colourStep(page).innerHTML()).toBe(coloursBefore);
    // "Not my symbol" goes back to the symbols, and nothing more is recorded.
    await page.getByRole('button', { name: 'Not my symbol' }).click();
    await expect(page.getByRole('heading', { name: 'Tap your symbol' })).toBeVisible();
    expect((await attendance(page)).map((row) => row.residentId)).toEqual([residentAt('sun', 'purple')?.id]);
    await expectNoResidentNames(page);
  });

  test('with a personal code, the code pad follows the picture', async ({ page }) => {
    await unlockStaffViaBridge(page, DEMO_STAFF);
    expect((await bridgeCall(page, 'settings', 'update', { patch: { signInMode: 'symbol+code' } })).ok).toBe(true);
    await openWalkingDayAt(page, new Date('2026-03-10T11:10:00'));
    await tapJoin(page);
    await page.getByRole('button', { name: 'Tree', exact: true }).click();
    await page.getByRole('button', { name: 'Orange tree', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Orange tree' })).toBeVisible();
    for (const digit of '1357') await page.getByRole('button', { name: digit, exact: true }).click();
    await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
    expect(await attendance(page)).toEqual([expect.objectContaining({ residentId: residentAt('tree', 'orange')?.id, method: 'symbol+code' })]);
    await expectNoResidentNames(page);
  });

  for (const screen of SCREENS) {
    for (const lang of ['en', 'es'] as const) {
      test(`every step fits, reads well and passes axe at ${screen.name} in ${lang === 'en' ? 'English' : 'Spanish'}`, async ({ page }, testInfo) => {
        // Three screens, each shot, measured and scanned by axe on a paused clock: more work than one test's usual 30 s allows on a busy machine.
        test.slow();
        await page.setViewportSize({ width: screen.width, height: screen.height });
        await openWalkingDayAt(page, new Date('2026-03-10T11:10:00'));
        if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
        const words =
          lang === 'en'
            ? { join: 'Tap to join', title: 'Tap your symbol', symbol: 'Star', colour: 'Which colour is your star?', picture: 'Green star', welcome: "You're in — welcome" }
            : { join: 'Toca para unirte', title: 'Toca tu símbolo', symbol: 'Estrella', colour: '¿De qué color es tu estrella?', picture: 'Estrella verde', welcome: 'Ya estás dentro — te damos la bienvenida' };
        await tapJoin(page, words.join);
        await expect(page.getByRole('heading', { name: words.title })).toBeVisible();
        // All 28 symbols on the screen at once: the last one is wholly in view without scrolling.
        await expect(symbolGrid(page).getByRole('button').last()).toBeInViewport({ ratio: 1 });
        await keepScreenshot(page, testInfo, `many-symbols-${screen.name}-${lang}`);
        await expectComfortableSizes(page, 'the symbols of a large house');
        await expectAccessible(page, 'the symbols of a large house', { pausedClock: true });

        await page.getByRole('button', { name: words.symbol, exact: true }).click();
        await expect(page.getByRole('heading', { name: words.colour })).toBeVisible();
        await keepScreenshot(page, testInfo, `many-colours-${screen.name}-${lang}`);
        await expectComfortableSizes(page, 'the colours of one symbol');
        await expectAccessible(page, 'the colours of one symbol', { pausedClock: true });

        await page.getByRole('button', { name: words.picture, exact: true }).click();
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(words.welcome);
        await keepScreenshot(page, testInfo, `many-welcome-${screen.name}-${lang}`);
        await expectComfortableSizes(page, 'the welcome after a colour');
        await expectAccessible(page, 'the welcome after a colour', { pausedClock: true });
        await expectNoResidentNames(page);
      });
    }
  }
});

test.describe('a house of eight, every symbol different', () => {
  test.use({ previewOptions: { demo: true, attendanceHistory: false } });

  test('keeps its one tap on the screen: no colour step', async ({ page }) => {
    await openWalkingDayAt(page, new Date('2026-03-10T11:10:00'));
    const resident = tapCounter(page);
    await resident.join();
    await expect(symbolGrid(page).getByRole('button')).toHaveCount(8);
    await resident.tap('Fish');
    await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
    expect(resident.taps).toBe(2);
    await expect(colourStep(page)).toHaveCount(0);
    expect((await attendance(page)).map((row) => row.residentId)).toEqual(['resident-3']);
  });
});
