import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEMO_STAFF } from './staff';

/**
 * The wall's first frame after a restart: the home screen as the wall last showed it today,
 * before main or the database answer; then the live day. (Example house; see home.spec.ts.)
 */
test.use({ previewOptions: { demo: true } });

const TUESDAY = '2026-03-10T09:41:00';
const sessions = (page: Page) => page.getByTestId('session');
const todaysTitles = [/Morning check-in/, /Walking group/, /Recovery circle/, /House meeting/, /Evening wind-down/];

/** Holds every bridge call to main until the returned function is called: main is slow to answer. */
async function holdMain(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/kiosk/**', async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function openAndWaitForSavedDay(page: Page) {
  await page.clock.install({ time: new Date(TUESDAY) });
  await page.goto('/');
  await expect(sessions(page)).toHaveText(todaysTitles);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hearth:start-view') !== null)).toBe(true);
}

test('after a restart the home screen shows today at once, before main has answered, and then runs as usual', async ({ page }) => {
  await openAndWaitForSavedDay(page);
  const release = await holdMain(page);
  await page.reload();
  await expect(page.locator('main.home[aria-busy="false"]')).toBeVisible();
  await expect(sessions(page)).toHaveText(todaysTitles);
  await expect(page.getByTestId('house-name')).toHaveText('Our House');
  release();
  // Main's answers arrive: staff mode, which needs them, knows its one staff account.
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await expect(page.getByRole('heading', { name: `Hello, ${DEMO_STAFF.name}` })).toBeVisible();
});

test('a saved day that is not today is never shown: the wall waits for the live day', async ({ page }) => {
  await openAndWaitForSavedDay(page);
  const tuesdaysCopy = await page.evaluate(() => localStorage.getItem('hearth:start-view'));
  expect(tuesdaysCopy).not.toBeNull();
  await page.clock.setSystemTime(new Date('2026-03-11T09:41:00'));
  // Running on into Wednesday, the wall may save Wednesday's day before the reload: the restart
  // finds Tuesday's copy, as after a wall switched off overnight.
  await page.addInitScript((copy) => localStorage.setItem('hearth:start-view', copy), tuesdaysCopy as string);
  const release = await holdMain(page);
  await page.reload();
  await expect(page.locator('main.loading')).toHaveAttribute('aria-busy', 'true');
  await expect(sessions(page)).toHaveCount(0);
  release();
  // Wednesday: the example house moved this morning's check-in to 10:00.
  await expect(sessions(page).first()).toContainText('Morning check-in');
  await expect(sessions(page).first()).toContainText('10:00');
});

test('the live day replaces the saved one: a change the copy does not have shows moments after start', async ({ page }) => {
  await openAndWaitForSavedDay(page);
  // Rename the walking group in the database itself, as if the copy were out of date.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction('groups', 'readwrite');
          const store = write.objectStore('groups');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const group of all.result as { title: { en: string; es: string } }[]) {
              if (group.title.en === 'Walking group') store.put({ ...group, title: { ...group.title, en: 'Garden walk' } });
            }
          };
          write.oncomplete = () => {
            open.result.close();
            resolve();
          };
          write.onerror = () => reject(write.error);
        };
      }),
  );
  await page.reload();
  await expect(sessions(page).filter({ hasText: 'Garden walk' })).toHaveCount(1);
  await expect(sessions(page).filter({ hasText: 'Walking group' })).toHaveCount(0);
  // And the copy follows, for the next start.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hearth:start-view')?.includes('Garden walk'))).toBe(true);
});

test('the first frame writes the clock, the date and the session times as the wall last did, before any date formatter is built', async ({ page }) => {
  await openAndWaitForSavedDay(page);
  const shown = () =>
    page.evaluate(() => ({
      clock: document.querySelector('[data-testid="clock"]')?.textContent?.trim(),
      date: document.querySelector('[data-testid="date"]')?.textContent?.trim(),
      times: [...document.querySelectorAll('[data-testid="session"] .time')].map((time) => time.textContent),
    }));
  const before = await shown();
  expect(before.times).toHaveLength(todaysTitles.length);
  // Counts the date formatters the page builds (each one costs the first frame ICU's loading).
  await page.addInitScript(() => {
    const Real = Intl.DateTimeFormat;
    const counted = window as unknown as { formattersBuilt: number };
    counted.formattersBuilt = 0;
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args: ConstructorParameters<typeof Real>) {
        counted.formattersBuilt++;
        return new target(...args);
      },
    });
  });
  const release = await holdMain(page);
  await page.reload();
  await expect(page.locator('main.home[aria-busy="false"]')).toBeVisible();
  expect(await shown()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { formattersBuilt: number }).formattersBuilt)).toBe(0);
  release();
  // Once the wall is idle it builds its formatters, and Intl writes the same texts itself.
  await expect.poll(() => page.evaluate(() => (window as unknown as { formattersBuilt: number }).formattersBuilt)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByTestId('date')).toHaveText('martes, 10 de marzo');
  await page.getByRole('button', { name: 'English' }).click();
  expect(await shown()).toEqual(before);
});
