import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readShareCheckIn } from './fixtures/shareCheck';
import { db } from '../../../renderer/src/db/db';
import { addAttendance, purgeAttendanceBefore, removeAttendance, tapIn, undoTapIn } from '../../../renderer/src/db/repositories/attendance';
import { recordHearthEventOnce, recordStaffAction } from '../../../renderer/src/db/repositories/audit';
import { flagShare, purgeExpiredShares, relate, unrelate } from '../../../renderer/src/db/repositories/shares';
import { postShare } from '../../../renderer/src/lib/boards/postShare';
import { requestStaffQuietly } from '../../../renderer/src/db/repositories/reviewItems';
import { defaultSettings } from '../../../shared/settings';

/*
 * Chromium commits IndexedDB transactions with relaxed durability unless asked otherwise, and a
 * relaxed commit can be lost at a power cut after the wall said "Thank you". Every write that
 * matters must go through AppDB, which asks for strict durability; no module may open the
 * database or a transaction of its own.
 */

interface Opened {
  mode: IDBTransactionMode;
  durability: string | undefined;
}

const opened: Opened[] = [];
const realTransaction = IDBDatabase.prototype.transaction;

beforeAll(readShareCheckIn, 60_000);

beforeAll(() => {
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    opened.push({ mode: mode ?? 'readonly', durability: options?.durability });
    return realTransaction.call(this, stores, mode, options);
  });
});

afterAll(() => vi.restoreAllMocks());

const NOW = Date.UTC(2026, 2, 10, 15, 0, 0);

describe('every resident write and every staff write of the repositories', () => {
  it('commits in a read-write transaction with strict durability', async () => {
    const rules = defaultSettings();
    await db.boards.add({ id: 'b1', title: { en: 'Helped', es: '' }, prompt: { en: 'What helped', es: '' }, order: 1, active: true });
    opened.length = 0;

    const published = await postShare('b1', 'A walk helped me', rules, NOW);
    await postShare('b1', 'Call me on 555 123 4567', rules, NOW);
    if (published.kind !== 'published') throw new Error('The share should have been published.');
    await relate(published.share.id);
    await unrelate(published.share.id);
    await flagShare(published.share.id, NOW);
    await requestStaffQuietly({}, NOW);
    const tapped = await tapIn('g1@2026-03-10', 'r1', 'symbol', NOW);
    await tapIn('g1@2026-03-10', null, 'headcount', NOW);
    await undoTapIn(tapped.tap, NOW + 1_000);
    const added = await addAttendance('g1@2026-03-10', 'r2', NOW);
    if (added.kind === 'recorded') await removeAttendance(added.attendanceId);
    await recordStaffAction({ staffId: 's1', name: 'Sam' }, 'staff.unlocked', '', NOW);
    await recordHearthEventOnce('recovery.restoredFromBackup', 'staff.json', NOW);
    await purgeExpiredShares(NOW + 400 * 86_400_000);
    await purgeAttendanceBefore('2027-01-01');

    const writes = opened.filter((t) => t.mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(15);
    expect(writes.filter((t) => t.durability !== 'strict')).toEqual([]);
  });
});

/** Every source file of the renderer, with its text. */
function rendererSources(dir = join(process.cwd(), 'renderer', 'src')): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rendererSources(path);
    if (!/\.(ts|svelte)$/.test(name)) return [];
    return [{ path: relative(process.cwd(), path), text: readFileSync(path, 'utf8') }];
  });
}

describe('the renderer source', () => {
  const sources = rendererSources();

  it('opens the database only in AppDB: no other Dexie instance and no raw indexedDB.open', () => {
    const opening = sources.filter((s) => s.path !== join('renderer', 'src', 'db', 'AppDB.ts') && /new Dexie\s*\(|indexedDB\.open\s*\(/.test(s.text));
    expect(opening.map((s) => s.path)).toEqual([]);
  });

  it('never asks any transaction for relaxed or default durability', () => {
    const relaxed = sources.filter((s) => /durability\s*:\s*['"](relaxed|default)['"]/.test(s.text));
    expect(relaxed.map((s) => s.path)).toEqual([]);
  });

  it('was actually read (the scan above is not looking at an empty folder)', () => {
    expect(sources.some((s) => s.path.endsWith(join('db', 'AppDB.ts')) && s.text.includes("chromeTransactionDurability: 'strict'"))).toBe(true);
  });
});
