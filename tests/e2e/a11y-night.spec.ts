import type { Page } from '@playwright/test';
import { expectAccessible, expectComfortableSizes, keepScreenshot } from './a11y';
import { houseSettingsAre } from './a11y-wall';
import { test, expect } from './fixtures';

/**
 * Night hours (house setting): the wall dims to the clock and the next group, drifts a few pixels
 * a minute against burn-in, and wakes for a visit at a touch. The example house on Tuesday
 * 10 March 2026; on the day it is loaded it moves the next morning's check-in to 10:00.
 */
test.use({ previewOptions: { demo: true } });

const NIGHT = { enabled: true, start: '22:00', end: '06:00' };

async function openWallAt(page: Page, time: string) {
  await page.clock.install({ time: new Date(time) });
  await page.goto('/');
}

/** The night picture's offset from the middle, in CSS pixels, as the page has it now. */
async function drift(page: Page): Promise<{ x: number; y: number }> {
  const transform = (await page.getByTestId('night-drift').getAttribute('style')) ?? '';
  const match = /translate\((-?\d+)px, (-?\d+)px\)/.exec(transform);
  if (!match) throw new Error(`No drift in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1080, height: 1920 },
]) {
  test(`at 23:00 the wall is dark and shows only the clock and tomorrow's first group (${viewport.width}×${viewport.height})`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await houseSettingsAre(page, { nightHours: NIGHT });
    await openWallAt(page, '2026-03-10T23:00:00');
    const night = page.getByTestId('night-wall');
    await expect(night).toBeVisible();
    await expect(page.getByTestId('night-clock')).toHaveText('11:00 PM');
    await expect(page.getByTestId('night-next')).toContainText('Morning check-in');
    await expect(page.getByTestId('night-next')).toContainText('Tomorrow at 10:00 AM');
    await expect(page.getByTestId('night-next').locator('[data-pictogram="coffee"] svg')).toBeAttached();
    // Only the clock, the date, the next group and the hint: no schedule, no footer, no header buttons.
    await expect(page.getByTestId('house-name')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(1);
    await expect(page.getByRole('button')).toHaveAccessibleName('Wake the screen');

    const look = await night.evaluate((element) => {
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map(Number).map((c) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const texts = [...element.querySelectorAll('p, h2, span, time')]
        .filter((e) => !e.closest('[aria-hidden="true"], .visually-hidden'))
        .map((e) => luminance(getComputedStyle(e).color));
      const pictogram = element.querySelector('[data-pictogram]');
      return {
        background: getComputedStyle(element).backgroundColor,
        brightestText: Math.max(...texts),
        pictogramFilter: pictogram ? getComputedStyle(pictogram).filter : '',
      };
    });
    expect(look.background).toBe('rgb(0, 0, 0)');
    // Dim: no text brighter than a mid grey (white is 1).
    expect(look.brightestText).toBeLessThan(0.4);
    expect(look.pictogramFilter).toBe('brightness(0.6)');
    await expectAccessible(page, 'the night wall');
    await expectComfortableSizes(page, 'the night wall');
    await keepScreenshot(page, testInfo, `night-${viewport.width}x${viewport.height}`);
  });
}

test('at 07:00 with night hours on, the wall is its usual day self', async ({ page }) => {
  await houseSettingsAre(page, { nightHours: NIGHT });
  await openWallAt(page, '2026-03-10T07:00:00');
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.getByTestId('night-wall')).toHaveCount(0);
});

test('at 23:00 with night hours off, the wall stays as in the day', async ({ page }) => {
  await openWallAt(page, '2026-03-10T23:00:00');
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.getByTestId('night-wall')).toHaveCount(0);
});

test('in the small hours the next group is today’s first', async ({ page }) => {
  await houseSettingsAre(page, { nightHours: NIGHT });
  await openWallAt(page, '2026-03-10T03:00:00');
  await expect(page.getByTestId('night-next')).toContainText('Morning check-in');
  await expect(page.getByTestId('night-next')).toContainText('Today at 9:30 AM');
});

test('night falls at the start of night hours without a reload, and a touch wakes the wall until the idle reset', async ({ page }, testInfo) => {
  await houseSettingsAre(page, { nightHours: NIGHT });
  await openWallAt(page, '2026-03-10T21:58:00');
  await expect(page.getByTestId('house-name')).toBeVisible();
  await page.clock.runFor(3 * 60_000);
  await expect(page.getByTestId('night-wall')).toBeVisible();

  // A tap where the day screen has its Staff button wakes the wall, and presses nothing.
  await page.getByTestId('night-wake').click({ position: { x: 1200, y: 750 } });
  await expect(page.getByTestId('night-wall')).toHaveCount(0);
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Staff mode' })).toBeInViewport();
  await expect(page.getByTestId('staff-unlock')).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'night-woken');
  // The visit goes on as by day, across screens.
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByTestId('house-name')).toBeVisible();

  await page.clock.runFor(90_000);
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('night-wall')).toBeVisible();
  // Asleep, nobody is asked anything.
  await page.clock.runFor(5 * 60_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('a key wakes the night wall too, for a keyboard or switch user', async ({ page }) => {
  await houseSettingsAre(page, { nightHours: NIGHT });
  await openWallAt(page, '2026-03-10T23:00:00');
  await expect(page.getByTestId('night-wall')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('house-name')).toBeVisible();
});

test('someone using the wall when night falls is not cut short; the night comes after their visit', async ({ page }) => {
  await houseSettingsAre(page, { nightHours: NIGHT });
  await openWallAt(page, '2026-03-10T21:59:30');
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.clock.runFor(60_000);
  await expect(page.getByTestId('clock')).toHaveText('10:00 PM');
  await expect(page.getByTestId('night-wall')).toHaveCount(0);
  await page.clock.runFor(31_000);
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('night-wall')).toBeVisible();
});

test('the night picture moves a few pixels each minute, never far, gliding slowly', async ({ page }) => {
  await houseSettingsAre(page, { nightHours: NIGHT });
  await openWallAt(page, '2026-03-10T23:00:00');
  await expect(page.getByTestId('night-wall')).toBeVisible();
  expect(await page.getByTestId('night-drift').evaluate((element) => getComputedStyle(element).transitionDuration)).toBe('3s');
  const seen = [await drift(page)];
  for (let minute = 1; minute <= 30; minute++) {
    await page.clock.fastForward(60_000);
    await expect.poll(async () => JSON.stringify(await drift(page))).not.toBe(JSON.stringify(seen.at(-1)));
    seen.push(await drift(page));
  }
  for (const [i, at] of seen.entries()) {
    expect(Math.abs(at.x), `minute ${i}`).toBeLessThanOrEqual(12);
    expect(Math.abs(at.y), `minute ${i}`).toBeLessThanOrEqual(12);
    const before = seen[i - 1];
    if (before) expect(Math.abs(at.x - before.x) + Math.abs(at.y - before.y), `step at minute ${i}`).toBeLessThanOrEqual(3);
  }
  // Over the run it covers ground both ways, so no pixel keeps the same bright digit.
  expect(new Set(seen.map((at) => at.x)).size).toBeGreaterThan(4);
  expect(new Set(seen.map((at) => at.y)).size).toBeGreaterThan(1);
});

test('with reduced motion the night picture still moves each minute, in one step, without gliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await houseSettingsAre(page, { nightHours: NIGHT });
  await openWallAt(page, '2026-03-10T23:00:00');
  const before = await drift(page);
  expect(await page.getByTestId('night-drift').evaluate((element) => getComputedStyle(element).transitionDuration)).toBe('0s');
  await page.clock.runFor(60_000);
  await expect.poll(async () => JSON.stringify(await drift(page))).not.toBe(JSON.stringify(before));
});

test('in a house that speaks Spanish the night wall speaks Spanish, and passes axe', async ({ page }) => {
  await houseSettingsAre(page, { nightHours: NIGHT, defaultLocale: 'es' });
  await openWallAt(page, '2026-03-10T23:00:00');
  await expect(page.getByTestId('night-next')).toContainText('Próximo grupo');
  await expect(page.getByTestId('night-next')).toContainText('Mañana a las 10:00');
  await expect(page.getByRole('button', { name: 'Encender la pantalla' })).toBeVisible();
  await expectAccessible(page, 'the night wall in Spanish');
});
