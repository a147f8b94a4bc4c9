import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Helpers for the browser tests of the records areas (review queue, quiet requests, attendance,
 * backup). They read and write IndexedDB directly, without the app's code, so a test can set a
 * scene and check what the app stored.
 */

export const TABLES = ['groups', 'exceptions', 'residents', 'attendance', 'boards', 'shares', 'reviewItems', 'auditLog'] as const;
export type TableName = (typeof TABLES)[number];
export type Dump = Record<TableName, Record<string, unknown>[]>;

/** Every table of the app's database, each as stored (IndexedDB returns rows by primary key). */
export function dumpTables(page: Page): Promise<Dump> {
  return page.evaluate(
    (tables) =>
      new Promise<Dump>((resolve, reject) => {
        const out = {} as Dump;
        for (const name of tables) out[name] = [];
        const open = indexedDB.open('hearth');
        // Before the wall has made its database, opening it would make an empty one, and this
        // connection would then hold up the wall's own: give it back at once, with nothing read.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(out) : reject(open.error));
        open.onsuccess = () => {
          const database = open.result;
          let transaction: IDBTransaction;
          try {
            transaction = database.transaction([...tables], 'readonly');
          } catch (error) {
            database.close();
            reject(error);
            return;
          }
          for (const name of tables) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result as Record<string, unknown>[]);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(out);
          };
          transaction.onerror = () => {
            database.close();
            reject(transaction.error);
          };
        };
      }),
    TABLES,
  );
}

/** Adds rows to tables in one transaction, as if the wall had written them. */
export function putRows(page: Page, rows: Partial<Record<TableName, Record<string, unknown>[]>>): Promise<void> {
  return page.evaluate(
    (byTable) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction(Object.keys(byTable), 'readwrite');
          for (const [name, list] of Object.entries(byTable)) for (const row of list ?? []) transaction.objectStore(name).put(row);
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    rows,
  );
}

/** The demo preview puts the example house in the database as the wall starts: wait until it is there. */
export async function waitForExampleHouse(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Staff mode' })).toBeVisible();
  // The example house is written once the wall has started: on a busy machine that takes a few seconds.
  await expect.poll(async () => (await dumpTables(page)).boards.length, { timeout: 15_000 }).toBeGreaterThan(0);
}

export const auditRows = (page: Page) => page.getByTestId('audit-log').locator('tbody tr');

/** A share as the wall stores it, with its review item. */
export function heldShare(options: { id: string; boardId: string; text: string; reasons: string[]; priority: number; now: number; status?: string; flags?: number }) {
  return {
    share: {
      id: options.id,
      boardId: options.boardId,
      text: options.text,
      createdAt: options.now - 3_600_000,
      expiresAt: options.now + 13 * 86_400_000,
      status: options.status ?? 'held',
      holdReasons: options.reasons,
      relates: 0,
      flags: options.flags ?? 0,
    },
    item: { id: `item-${options.id}`, kind: 'share', shareId: options.id, priority: options.priority, state: 'open', createdAt: options.now - 3_600_000 },
  };
}
