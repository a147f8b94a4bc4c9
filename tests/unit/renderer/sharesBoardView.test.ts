import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import { BoardView } from '../../../renderer/src/lib/boards/boardView.svelte';
import { visitShares } from '../../../renderer/src/lib/boards/visitShares.svelte';

const HOUR = 3_600_000;

function share(n: number): Share {
  const createdAt = Date.now() - n * HOUR;
  return {
    id: `s${String(n).padStart(3, '0')}`, boardId: 'b1', text: `share ${n}`, createdAt, expiresAt: createdAt + 14 * 24 * HOUR,
    status: 'published', holdReasons: [], relates: 1, flags: 0,
  };
}

beforeEach(async () => {
  visitShares.reset();
  await Promise.all([db.shares.clear(), db.boards.clear(), db.reviewItems.clear()]);
  await db.boards.add({ id: 'b1', title: { en: 'Helped', es: '' }, prompt: { en: 'What helped', es: '' }, order: 1, active: true });
  await db.shares.bulkAdd(Array.from({ length: 45 }, (_, n) => share(n)));
});

describe('a board on screen', () => {
  it('shows the newest page first and loads more, a page at a time, until there is no more', async () => {
    const view = new BoardView(() => 'b1');
    await view.load();
    expect(view.board?.id).toBe('b1');
    expect(view.shares.map((s) => s.text)).toEqual(Array.from({ length: 20 }, (_, n) => `share ${n}`));
    expect(view.hasMore).toBe(true);
    await view.loadMore();
    await view.loadMore();
    expect(view.shares).toHaveLength(45);
    expect(view.shares.at(-1)?.text).toBe('share 44');
    expect(view.hasMore).toBe(false);
  });

  it('relates once per visit and takes it back on a second tap, on screen and in the database', async () => {
    const view = new BoardView(() => 'b1');
    await view.load();
    await view.toggleRelate('s000');
    expect(visitShares.related.has('s000')).toBe(true);
    expect(view.shares[0]?.relates).toBe(2);
    expect((await db.shares.get('s000'))?.relates).toBe(2);
    await view.toggleRelate('s000');
    expect(visitShares.related.has('s000')).toBe(false);
    expect(view.shares[0]?.relates).toBe(1);
    expect((await db.shares.get('s000'))?.relates).toBe(1);
  });

  it('takes a share off the screen and the board at the first worry, and thanks the visitor', async () => {
    const view = new BoardView(() => 'b1');
    await view.load();
    await view.worry('s000');
    expect(view.shares.map((s) => s.id)).not.toContain('s000');
    expect(view.worryThanks).toBe(true);
    expect(await db.shares.get('s000')).toMatchObject({ status: 'hidden', flags: 1 });
    await view.load();
    expect(view.shares.map((s) => s.id)).not.toContain('s000');
  });

  it('records one worry per share per visit', async () => {
    const view = new BoardView(() => 'b1');
    await view.load();
    await view.worry('s000');
    await view.worry('s000');
    expect((await db.shares.get('s000'))?.flags).toBe(1);
    expect(await db.reviewItems.count()).toBe(1);
  });

  it('keeps the share on screen and lets the visitor try again when the worry could not be stored', async () => {
    const view = new BoardView(() => 'b1');
    await view.load();
    const add = vi.spyOn(db.reviewItems, 'add').mockRejectedValue(new Error('The database is closed.'));
    try {
      await view.worry('s000');
    } finally {
      add.mockRestore();
    }
    expect(view.worryFailed).toBe(true);
    expect(view.worryThanks).toBe(false);
    expect(view.shares[0]?.id).toBe('s000');
    expect(visitShares.worried.has('s000')).toBe(false);
    expect((await db.shares.get('s000'))?.status).toBe('published');
  });

  it('says so when the board is gone', async () => {
    const view = new BoardView(() => 'missing');
    await view.load();
    expect(view.loaded).toBe(true);
    expect(view.board).toBeNull();
  });
});
