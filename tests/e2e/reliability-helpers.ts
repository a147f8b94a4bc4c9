import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Tables of Hearth's database that the reliability tests read raw. */
export type StoreName = 'shares' | 'attendance' | 'reviewItems' | 'auditLog' | 'boards' | 'residents' | 'groups';

/** Every row of one IndexedDB store, read with the raw API, without the app's code. */
export function readAll<T>(page: Page, store: StoreName): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        // Before the wall has made its database, opening it would make an empty one, and this
        // connection would then hold up the wall's own: give it back at once, with nothing read.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const database = open.result;
          try {
            const all = database.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => {
              resolve(all.result as T[]);
              database.close();
            };
            all.onerror = () => {
              database.close();
              reject(all.error);
            };
          } catch (error) {
            database.close();
            reject(error);
          }
        };
      }),
    store,
  );
}

export interface RawShare {
  id: string;
  boardId: string;
  text: string;
  relates: number;
  status: string;
  createdAt: number;
  expiresAt: number;
}

export interface RawAttendance {
  id: string;
  occurrenceKey: string;
  residentId?: string;
  method: string;
}

/** The example house's walking group meets on Tuesdays 11:00–12:00; 2026-03-10 is a Tuesday. */
export const WALKING_SESSION = 'walking-group@2026-03-10';

/**
 * Opens the wall on a clock that runs from 30 s before `time` until the walking group's card shows,
 * then pauses it at `time`: the wall starts at its own pace however busy the machine is, and from
 * then on only page.clock moves time on.
 */
export async function openWalkingDayAt(page: Page, time: Date): Promise<void> {
  await page.clock.install({ time: new Date(time.getTime() - 30_000) });
  await page.goto('/');
  await expect(page.locator(`[data-testid="session"][data-key="${WALKING_SESSION}"]`)).toBeVisible({ timeout: 15_000 });
  await page.clock.pauseAt(time);
}

/** On a paused clock, the walking group's join button (`label`, in the wall's language) once the home screen shows it, tapped. */
export async function tapJoin(page: Page, label = 'Tap to join'): Promise<void> {
  const join = page.locator(`[data-testid="session"][data-key="${WALKING_SESSION}"]`).getByRole('button', { name: label });
  // The clock is paused: let the home screen sort the day at the paused minute.
  await expect(async () => {
    await page.clock.runFor(50);
    await expect(join).toBeVisible({ timeout: 250 });
  }).toPass();
  await join.click();
}

/** From the home screen, the walking group's "Tap to join"; `pausedClock` when the test has paused the page's clock. */
export async function tapToJoinWalking(page: Page, { pausedClock = true } = {}): Promise<void> {
  if (pausedClock) await tapJoin(page);
  else await page.locator(`[data-testid="session"][data-key="${WALKING_SESSION}"]`).getByRole('button', { name: 'Tap to join' }).click();
  await expect(page.getByRole('heading', { name: 'Tap your symbol' })).toBeVisible();
}

/**
 * Pauses the page's clock and touches the screen once more, so the idle timeout counts from an
 * exact moment: from here only page.clock moves time on, however busy the test machine is.
 */
export async function lastTouchNow(page: Page) {
  // The page's time runs on while the test asks for it: pause a little ahead of it.
  await expect(async () => {
    await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 250));
  }).toPass();
  await page.locator('.wall').dispatchEvent('pointerdown');
}
