import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import { tapIn } from '../../../renderer/src/db/repositories/attendance';
import { purgeExpiredShares } from '../../../renderer/src/db/repositories/shares';
import { BoardView } from '../../../renderer/src/lib/boards/boardView.svelte';
import { composer } from '../../../renderer/src/lib/boards/composer.svelte';
import { visitShares } from '../../../renderer/src/lib/boards/visitShares.svelte';
import { isQuotaError, storageHealth } from '../../../renderer/src/lib/storageHealth.svelte';
import { visit } from '../../../renderer/src/lib/visit.svelte';
import { defaultSettings } from '../../../shared/settings';
import { readShareCheckIn } from '../renderer/fixtures/shareCheck';

/*
 * A full disk: IndexedDB refuses every add and put with a QuotaExceededError. The resident is told
 * calmly that their words (tap-in, relate) were not saved, staff mode is warned, nothing stored
 * before is lost, and the retention purge still deletes what has expired.
 */

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 15, 0, 0);
const rules = defaultSettings();

const realAdd = IDBObjectStore.prototype.add;
const realPut = IDBObjectStore.prototype.put;

/** From now on every write to the database fails as it does when the disk is full. */
function fillTheDisk() {
  const full = () => {
    throw new DOMException('The disk is full.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.add = full;
  IDBObjectStore.prototype.put = full;
}

function emptyTheDisk() {
  IDBObjectStore.prototype.add = realAdd;
  IDBObjectStore.prototype.put = realPut;
}

function share(id: string, createdAt: number, expiresAt = createdAt + 14 * DAY): Share {
  return { id, boardId: 'b1', text: `share ${id}`, createdAt, expiresAt, status: 'published', holdReasons: [], relates: 3, flags: 0 };
}

const everything = async () => ({
  shares: await db.shares.orderBy('id').toArray(),
  attendance: await db.attendance.toArray(),
  reviewItems: await db.reviewItems.toArray(),
});

// The first share reads the check's lists and model in: not inside a timed test.
beforeAll(readShareCheckIn, 60_000);

beforeEach(async () => {
  emptyTheDisk();
  await visit.end();
  storageHealth.writeSucceeded();
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.boards.add({ id: 'b1', title: { en: 'Helped', es: '' }, prompt: { en: 'What helped', es: '' }, order: 1, active: true });
  await db.shares.bulkAdd([share('s1', Date.now() - DAY), share('s2', Date.now() - 2 * DAY)]);
  await tapIn('g1@2026-03-10', 'r1', 'symbol', NOW);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  emptyTheDisk();
  vi.restoreAllMocks();
});

describe('telling a quota error from other failures', () => {
  it('recognises the browser error, Dexie’s own, and either wrapped inside another', () => {
    const browser = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(browser)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', browser))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: browser }))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('some failed', [browser]))).toBe(true);
  });

  it('does not take other failures for a full disk', () => {
    expect(isQuotaError(new Dexie.ConstraintError('twice'))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('a share posted while the disk is full', () => {
  it('tells the resident their words were not saved, warns staff, and keeps the draft for now', async () => {
    const before = await everything();
    composer.start('b1');
    composer.type('Walking helped me today');
    composer.preview();
    fillTheDisk();
    await composer.post(rules);
    expect(storageHealth.residentNotice).toBe('share');
    expect(storageHealth.full).toBe(true);
    expect(composer.step).toBe('preview');
    expect(composer.problem).toBeNull();
    expect(composer.text).toBe('Walking helped me today');
    emptyTheDisk();
    expect(await everything()).toEqual(before);
  });

  it('also fails whole when it is held for review: neither the share nor its review item is written', async () => {
    const before = await everything();
    composer.start('b1');
    composer.type('Call me on 555 123 4567');
    fillTheDisk();
    await composer.post(rules);
    expect(storageHealth.residentNotice).toBe('share');
    emptyTheDisk();
    expect(await everything()).toEqual(before);
  });

  it('clears the staff warning once a write goes through again, and the notice at the end of the visit', async () => {
    composer.start('b1');
    composer.type('Tea helped');
    fillTheDisk();
    await composer.post(rules);
    expect(storageHealth.full).toBe(true);
    emptyTheDisk();
    await composer.post(rules);
    expect(composer.step).toBe('published');
    expect(storageHealth.full).toBe(false);
    await visit.end();
    expect(storageHealth.residentNotice).toBeNull();
  });
});

describe('"I relate" while the disk is full', () => {
  it('goes back to the stored count on screen, tells the resident, and changes nothing stored', async () => {
    const view = new BoardView(() => 'b1');
    await view.load();
    fillTheDisk();
    await view.toggleRelate('s1');
    expect(view.shares.find((s) => s.id === 's1')?.relates).toBe(3);
    expect(visitShares.related.has('s1')).toBe(false);
    expect(storageHealth.residentNotice).toBe('relate');
    emptyTheDisk();
    expect((await db.shares.get('s1'))?.relates).toBe(3);
  });
});

describe('a tap-in while the disk is full', () => {
  it('fails with an error the wall reports as a full disk, and the earlier tap-in stays', async () => {
    fillTheDisk();
    const failure = await tapIn('g1@2026-03-10', 'r2', 'symbol', NOW).catch((error: unknown) => error);
    expect(storageHealth.reportWriteFailure(failure, 'tapIn')).toBe(true);
    expect(storageHealth.residentNotice).toBe('tapIn');
    emptyTheDisk();
    expect((await db.attendance.toArray()).map((a) => a.residentId)).toEqual(['r1']);
  });
});

describe('the retention purge while the disk is full', () => {
  it('still deletes expired shares and their review items', async () => {
    await db.shares.add(share('old', Date.now() - 20 * DAY, Date.now() - 6 * DAY));
    await db.reviewItems.add({ id: 'ri-old', kind: 'share', shareId: 'old', priority: 2, state: 'open', createdAt: Date.now() - 20 * DAY });
    fillTheDisk();
    expect(await purgeExpiredShares()).toBe(1);
    emptyTheDisk();
    expect((await db.shares.orderBy('id').primaryKeys()).sort()).toEqual(['s1', 's2']);
    expect(await db.reviewItems.count()).toBe(0);
  });
});
