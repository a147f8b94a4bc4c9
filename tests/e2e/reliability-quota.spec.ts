import type { Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { test, expect } from './fixtures';
import { openBoard, postShare } from './boards-helpers';
import { openWalkingDayAt, readAll, tapToJoinWalking, type RawAttendance, type RawShare } from './reliability-helpers';
import { DEMO_STAFF, unlockStaff } from './staff';

/*
 * A full disk. IndexedDB refuses every add and put with a QuotaExceededError while the test says
 * the disk is full (a flag in localStorage, so it holds across reloads). The resident gets one
 * calm message, staff mode a warning; nothing stored before is lost; the retention purge, which
 * only deletes, still runs.
 */

// Without the demo's attendance history: these tests count every record, or write their own at the demo's sessions.
test.use({ previewOptions: { demo: true, attendanceHistory: false } });

const DISK_FULL = 'hearth-test-disk-full';

test.beforeEach(async ({ page }) => {
  await page.addInitScript((flag) => {
    for (const method of ['add', 'put'] as const) {
      const write = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (localStorage.getItem(flag) === '1') throw new DOMException('The disk is full.', 'QuotaExceededError');
        return write.apply(this, args);
      };
    }
  }, DISK_FULL);
});

const fillTheDisk = (page: Page) => page.evaluate((flag) => localStorage.setItem(flag, '1'), DISK_FULL);
const freeTheDisk = (page: Page) => page.evaluate((flag) => localStorage.removeItem(flag), DISK_FULL);

const notice = (page: Page) => page.getByTestId('storage-full');
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

test('a share posted on a full disk: the resident is told calmly, staff mode warns, and nothing earlier is lost', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await openBoard(page, 'What helped');
  const before = byId(await readAll<RawShare>(page, 'shares'));
  expect(before.length).toBeGreaterThan(0);

  await fillTheDisk(page);
  await postShare(page, 'Tea helped me');
  await expect(notice(page)).toBeVisible();
  await expect(notice(page).getByRole('heading')).toHaveText("The screen's storage is full");
  await expect(notice(page)).toContainText('Your words were not saved. Please tell a staff member.');
  expect(byId(await readAll<RawShare>(page, 'shares'))).toEqual(before);
  await expectAccessible(page, 'storage full notice');
  await notice(page).getByRole('button', { name: 'OK', exact: true }).click();
  await expect(notice(page)).toHaveCount(0);
  // The words are still in the preview: nothing is thrown away behind the resident's back.
  await expect(page.getByTestId('preview-text')).toHaveText('Tea helped me');

  // Staff unlocking writes to the audit log; that needs the disk back, the warning stays.
  await freeTheDisk(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  await unlockStaff(page, DEMO_STAFF);
  await expect(page.getByTestId('storage-warning')).toContainText("This screen's storage is full");
  await expectAccessible(page, 'staff mode with the storage warning');
});

test('"I relate" on a full disk goes back on screen, tells the resident, and the stored count stays', async ({ page }) => {
  await page.goto('/');
  await openBoard(page, 'What helped');
  const walk = page.getByTestId('share').filter({ hasText: 'A short walk after lunch cleared my head.' });
  await expect(walk.getByTestId('relate-count')).toHaveText('3 people relate');
  await fillTheDisk(page);
  await walk.getByRole('button', { name: 'I relate' }).click();
  await expect(notice(page)).toContainText('Your “I relate” was not saved. Please tell a staff member.');
  await notice(page).getByRole('button', { name: 'OK', exact: true }).click();
  await expect(walk.getByRole('button', { name: 'I relate' })).toHaveAttribute('aria-pressed', 'false');
  await expect(walk.getByTestId('relate-count')).toHaveText('3 people relate');
  const stored = (await readAll<RawShare>(page, 'shares')).find((s) => s.text.startsWith('A short walk'));
  expect(stored?.relates).toBe(3);
});

test('a tap-in on a full disk tells the resident it was not saved, and earlier tap-ins stay', async ({ page }) => {
  await openWalkingDayAt(page, new Date('2026-03-10T11:10:00'));
  await tapToJoinWalking(page);
  await page.getByRole('button', { name: 'Fish' }).click();
  await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  const before = await readAll<RawAttendance>(page, 'attendance');
  expect(before).toHaveLength(1);

  await fillTheDisk(page);
  await tapToJoinWalking(page);
  await page.getByRole('button', { name: 'Cat' }).click();
  await expect(notice(page)).toContainText('Your tap-in was not saved. Please tell a staff member.');
  await expect(page.getByRole('heading', { name: "You're in — welcome" })).toHaveCount(0);
  expect(await readAll<RawAttendance>(page, 'attendance')).toEqual(before);
});

test('the retention purge still deletes expired shares while the disk is full', async ({ page }) => {
  await page.goto('/');
  await openBoard(page, 'What helped');
  const kept = byId(await readAll<RawShare>(page, 'shares'));
  const expired = { ...kept[0]!, id: 'expired-share', text: 'An old share past its time', createdAt: 1, expiresAt: 2 };
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onsuccess = () => {
          const write = open.result.transaction('shares', 'readwrite');
          write.objectStore('shares').add(row);
          write.oncomplete = () => resolve();
          write.onerror = () => reject(write.error);
        };
      }),
    expired,
  );
  expect((await readAll<RawShare>(page, 'shares')).map((s) => s.id)).toContain('expired-share');

  await fillTheDisk(page);
  // The purge runs at every start-up (and daily after).
  await page.reload();
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect.poll(async () => (await readAll<RawShare>(page, 'shares')).map((s) => s.id)).not.toContain('expired-share');
  expect(byId(await readAll<RawShare>(page, 'shares'))).toEqual(kept);
});
