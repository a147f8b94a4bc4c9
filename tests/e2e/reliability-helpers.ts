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
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const all = database.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            database.close();
          };
          all.onerror = () => reject(all.error);
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

/** From the home screen, the walking group's "Tap to join"; `pausedClock` when the test has paused the page's clock. */
export async function tapToJoinWalking(page: Page, { pausedClock = true } = {}): Promise<void> {
  const join = page.locator(`[data-testid="session"][data-key="${WALKING_SESSION}"]`).getByRole('button', { name: 'Tap to join' });
  if (pausedClock) {
    // The clock is paused: let the home screen's schedule query answer.
    await expect(async () => {
      await page.clock.runFor(50);
      await expect(join).toBeVisible({ timeout: 250 });
    }).toPass();
  }
  await join.click();
  await expect(page.getByRole('heading', { name: 'Tap your symbol' })).toBeVisible();
}
