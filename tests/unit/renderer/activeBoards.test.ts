import { beforeEach, describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import type { Board } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import { LiveList } from '../../../renderer/src/db/live.svelte';
import { listActiveBoards } from '../../../renderer/src/db/repositories/boards';
import { boardRow as board } from './fixtures/boards';

// Dexie as it is, with its live query counted.
vi.mock('dexie', async (importOriginal) => {
  const dexie = await importOriginal<typeof import('dexie')>();
  return { ...dexie, liveQuery: vi.fn(dexie.liveQuery) };
});

// The real read, unless a test makes the next one fail.
const failNextRead = vi.hoisted(() => ({ on: false }));
vi.mock('../../../renderer/src/db/repositories/boards', async (importOriginal) => {
  const boards = await importOriginal<typeof import('../../../renderer/src/db/repositories/boards')>();
  return {
    ...boards,
    listActiveBoards: () => {
      if (!failNextRead.on) return boards.listActiveBoards();
      failNextRead.on = false;
      return Promise.reject(new Error('the disk is unreadable'));
    },
  };
});

// A fresh list per test, read as the wall's own (`activeBoards`) is.
const wallBoardsList = () => new LiveList<Board>(listActiveBoards);
const ids = (list: LiveList<Board>) => (list.loaded ? list.items.map((b) => b.id) : undefined);

beforeEach(async () => {
  await db.boards.clear();
  vi.mocked(liveQuery).mockClear();
  failNextRead.on = false;
});

describe("the wall's boards list", () => {
  it('follows the database from the first visit on: a board added or switched off shows without another visit', async () => {
    await db.boards.bulkAdd([board('b', 2), board('a', 1)]);
    const list = wallBoardsList();
    expect(ids(list)).toBeUndefined();
    list.keep();
    await vi.waitFor(() => expect(ids(list)).toEqual(['a', 'b']));

    await db.boards.add(board('c', 3));
    await vi.waitFor(() => expect(ids(list)).toEqual(['a', 'b', 'c']));
    await db.boards.update('a', { active: false });
    await vi.waitFor(() => expect(ids(list)).toEqual(['b', 'c']));
  });

  it('reads once however often the boards screen is opened again', async () => {
    await db.boards.bulkAdd([board('a', 1)]);
    const list = wallBoardsList();
    list.keep();
    await vi.waitFor(() => expect(ids(list)).toEqual(['a']));
    list.keep();
    list.keep();
    expect(liveQuery).toHaveBeenCalledTimes(1);
    // Still the list it had, at once: a second visit has nothing to wait for.
    expect(ids(list)).toEqual(['a']);
  });

  it('after a failed read, the next visit reads again', async () => {
    await db.boards.bulkAdd([board('a', 1)]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const list = wallBoardsList();
    failNextRead.on = true;
    list.keep();
    await vi.waitFor(() => expect(list.failed).toBe(true));
    expect(ids(list)).toBeUndefined();

    list.keep();
    await vi.waitFor(() => expect(ids(list)).toEqual(['a']));
    expect(list.failed).toBe(false);
    expect(liveQuery).toHaveBeenCalledTimes(2);
  });
});
