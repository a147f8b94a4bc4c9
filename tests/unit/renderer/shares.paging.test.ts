import { beforeAll, describe, expect, it } from 'vitest';
import type { Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import { publishedSharesPage, type SharePageCursor } from '../../../renderer/src/db/repositories/shares';

const NOW = Date.UTC(2026, 2, 10, 15);
const MINUTE = 60_000;
const TOTAL = 50_000;

/** 50,000 shares over four boards and every status, with several sharing the same millisecond. */
function house(): Share[] {
  return Array.from({ length: TOTAL }, (_, n) => ({
    id: `s${String(n).padStart(6, '0')}`,
    // A small board among the big ones, to walk end to end: whole minutes of it, so it has ties too.
    boardId: Math.floor(n / 4) % 40 === 0 ? 'small' : (['b1', 'b2', 'b3'][n % 3] as string),
    text: `share ${n}`,
    // Four shares per minute, two of them at the very same time: the cursor must not lose ties.
    createdAt: NOW - Math.floor(n / 4) * MINUTE - (n % 2),
    expiresAt: NOW + 14 * 86_400_000,
    status: n % 10 === 0 ? 'held' : n % 17 === 0 ? 'hidden' : 'published',
    holdReasons: [],
    relates: n % 7,
    flags: 0,
  }));
}

let all: Share[];

beforeAll(async () => {
  all = house();
  await db.shares.clear();
  await db.shares.bulkAdd(all);
}, 120_000);

describe('paging a board with 50,000 stored shares', () => {
  it('reads one page newest first, without loading the board', async () => {
    const started = performance.now();
    const page = await publishedSharesPage('b1', null, NOW, 20);
    const elapsed = performance.now() - started;
    const expected = all
      .filter((s) => s.boardId === 'b1' && s.status === 'published')
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
      .slice(0, 20)
      .map((s) => s.id);
    expect(page.shares.map((s) => s.id)).toEqual(expected);
    expect(page.next).not.toBeNull();
    // Loading the whole board (about 13,000 rows) takes seconds on fake-indexeddb; one page, milliseconds.
    expect(elapsed).toBeLessThan(500);
  });

  it('walks every published share of a board exactly once, in order, through the cursor', async () => {
    const expected = all
      .filter((s) => s.boardId === 'small' && s.status === 'published')
      .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
      .map((s) => s.id);
    const seen: string[] = [];
    let cursor: SharePageCursor | null = null;
    do {
      const page = await publishedSharesPage('small', cursor, NOW, 9);
      seen.push(...page.shares.map((s) => s.id));
      cursor = page.next;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(800);
    expect(seen).toEqual(expected);
  });
});
