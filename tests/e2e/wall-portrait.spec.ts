import type { Page } from '@playwright/test';
import { keepScreenshot } from './a11y';
import { putRows, waitForExampleHouse } from './admin-records';
import { say, type Lang } from './a11y-wall';
import { test, expect } from './fixtures';

/**
 * A portrait wall (1080×1920) is a layout of its own: the home uses the height (large type, what
 * is on now largest, the week ahead at the foot), the week can be opened a day at a time, the
 * composer's keys sit at a comfortable height, and the boards fill the screen. The landscape wall
 * (1280×800) keeps working. Screenshots are kept with the results for a person to look at.
 */
test.use({ previewOptions: { demo: true } });

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1280, height: 800 };

async function openHome(page: Page, size: { width: number; height: number }, time: string, lang: Lang = 'en') {
  await page.setViewportSize(size);
  await page.clock.install({ time: new Date(time) });
  await page.goto('/');
  await expect(page.locator('.home-layout').getByTestId('session').first()).toBeVisible();
  await expect(page.getByTestId('week')).toBeVisible();
  if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
}

/** Where today's sessions and the week strip lie on the home screen, and their type sizes. */
function homeLayout(page: Page) {
  return page.evaluate(() => {
    const home = document.querySelector('.home-layout main') as HTMLElement;
    const box = (el: Element | null) => el?.getBoundingClientRect();
    const sections = [...home.querySelectorAll('[data-testid="now"], [data-testid="up-next"], [data-testid="later"], [data-testid="day-done"]')];
    const week = box(home.querySelector('[data-testid="week"]'));
    const px = (selector: string) => [...home.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize));
    return {
      height: window.innerHeight,
      sessions: home.querySelectorAll('[data-testid="session"]').length,
      todayBottom: Math.max(...sections.map((s) => s.getBoundingClientRect().bottom)),
      todayHeight: sections.reduce((sum, s) => sum + s.getBoundingClientRect().height, 0),
      weekTop: week?.top ?? 0,
      weekBottom: week?.bottom ?? 0,
      titles: px('[data-testid="session"] .title'),
      wheres: px('[data-testid="session"] .where'),
      scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

for (const [time, what] of [
  ['2026-03-10T14:10:00', 'three sessions left'],
  ['2026-03-10T09:50:00', 'five sessions left'],
] as const) {
  test(`on a portrait wall the home fills the height, with large type, when the day has ${what}`, async ({ page }, testInfo) => {
    await openHome(page, PORTRAIT, time);
    const layout = await homeLayout(page);
    expect(layout.sessions).toBeGreaterThanOrEqual(3);
    // Today first, then the week ahead, and together they reach at least three quarters of the height.
    expect(layout.weekTop).toBeGreaterThanOrEqual(layout.todayBottom);
    expect(layout.weekBottom).toBeGreaterThanOrEqual(0.75 * layout.height);
    expect(layout.todayHeight).toBeGreaterThanOrEqual(0.3 * layout.height);
    expect(Math.min(...layout.titles)).toBeGreaterThanOrEqual(40);
    expect(Math.min(...layout.wheres)).toBeGreaterThanOrEqual(28);
    expect(layout.scrollsSideways).toBe(false);
    await keepScreenshot(page, testInfo, 'home-portrait');
  });
}

test('on a landscape wall the home keeps its two columns, and the week ahead follows today', async ({ page }, testInfo) => {
  await openHome(page, LANDSCAPE, '2026-03-10T09:50:00');
  const layout = await homeLayout(page);
  expect(layout.weekTop).toBeGreaterThanOrEqual(layout.todayBottom);
  expect(layout.scrollsSideways).toBe(false);
  const columns = await page.locator('.home-layout .columns > div').evaluateAll((cols) => cols.map((c) => Math.round(c.getBoundingClientRect().left)));
  expect(new Set(columns).size).toBe(2);
  await keepScreenshot(page, testInfo, 'home-landscape');
});

for (const [size, name] of [
  [PORTRAIT, 'portrait'],
  [LANDSCAPE, 'landscape'],
] as const) {
  test(`on a ${name} wall a tap on a day of the week shows that day, and Back leads back the same way`, async ({ page }, testInfo) => {
    await openHome(page, size, '2026-03-10T09:50:00');
    const days = page.getByTestId('week').getByRole('button');
    await expect(days).toHaveCount(6);
    await expect(days.first()).toContainText('Mar 11');
    await expect(days.last()).toContainText('Mar 16');
    await expect(days.nth(1)).toContainText('Thu');
    await expect(days.nth(1)).toContainText('4 groups');

    await days.nth(1).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thursday, March 12' })).toBeVisible();
    const day = page.locator('.day-layout');
    await expect(day.getByTestId('session').locator('.title')).toHaveText(['Morning check-in', 'Walking group', 'Recovery circle', 'Evening wind-down']);
    // Days ahead are to read about: tap-in opens only on the day.
    await expect(day.getByRole('button', { name: 'Tap to join' })).toHaveCount(0);
    await keepScreenshot(page, testInfo, `day-${name}`);

    // The switches work here too.
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'jueves, 12 de marzo' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();

    await day.getByTestId('session').nth(1).locator('button.open').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Walking group' })).toBeVisible();
    await page.getByTestId('wall-back').locator('visible=true').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thursday, March 12' })).toBeVisible();
    await page.getByTestId('wall-back').locator('visible=true').click();
    await expect(page.getByTestId('now')).toBeVisible();
  });
}

test('a day of the week whose groups are all cancelled says so, on its tile and on its page', async ({ page }) => {
  await openHome(page, PORTRAIT, '2026-03-10T09:50:00');
  await waitForExampleHouse(page);
  // Staff cancelled every session on Sunday the 15th.
  const note = { en: 'The house is away on a trip.', es: 'La casa está de excursión.' };
  const sunday = '2026-03-15';
  await putRows(page, {
    exceptions: ['morning-check-in', 'music-circle', 'cooking-together', 'evening-wind-down'].map((groupId) => ({
      id: `cancel-${groupId}`,
      groupId,
      date: sunday,
      kind: 'cancel',
      note,
      createdAt: Date.parse('2026-03-09T10:00:00'),
    })),
  });
  await page.reload();
  const tile = page.locator(`[data-testid="week"] button[data-date="${sunday}"]`);
  await expect(tile).toContainText('All cancelled');
  await expect(tile.locator('[data-pictogram]')).toHaveCount(0);
  await tile.click();
  const day = page.locator('.day-layout');
  await expect(day).toContainText("All of this day's groups are cancelled.");
  await expect(day.getByTestId('session')).toHaveCount(4);
  await expect(day.getByTestId('session').first()).toContainText('Cancelled');
});

test('the composer keeps its keys at a comfortable height on a portrait wall, and the boards fill it', async ({ page }, testInfo) => {
  for (const lang of ['en', 'es'] as const) {
    await openHome(page, PORTRAIT, '2026-03-10T09:50:00', lang);
    await page.locator('.home-layout footer .boards').click();
    const cards = page.locator('.board-card');
    await expect(cards.first()).toBeVisible();
    const boxes = await cards.evaluateAll((all) => all.map((c) => c.getBoundingClientRect()).map((b) => ({ left: b.left, height: b.height, width: b.width })));
    // One board to a row, each a large card.
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1);
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(200);
    await keepScreenshot(page, testInfo, `boards-${lang}`);

    await cards.first().click();
    await page.getByRole('button', { name: say(lang, 'boards:write') }).click();
    const keyboard = page.getByTestId('on-screen-keyboard');
    await expect(keyboard).toBeVisible();
    const { top, bottom, height } = await keyboard.evaluate((k) => ({ ...k.getBoundingClientRect().toJSON(), height: window.innerHeight }) as { top: number; bottom: number; height: number });
    // Lower-middle: not up at eye level by the title, not down at the floor.
    expect(top).toBeGreaterThanOrEqual(0.4 * height);
    expect(bottom).toBeLessThanOrEqual(0.9 * height);
    await keepScreenshot(page, testInfo, `compose-${lang}`);
  }
});
