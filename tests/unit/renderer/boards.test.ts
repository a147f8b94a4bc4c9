import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { activeBoard, listActiveBoards } from '../../../renderer/src/db/repositories/boards';
import { boardRow as board } from './fixtures/boards';

beforeEach(async () => {
  await db.boards.clear();
});

describe('boards', () => {
  it('lists active boards in the order staff set', async () => {
    await db.boards.bulkAdd([board('c', 3), board('a', 1), board('off', 2, false), board('b', 2)]);
    expect((await listActiveBoards()).map((b) => b.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds an active board and not a switched-off one', async () => {
    await db.boards.bulkAdd([board('a', 1), board('off', 2, false)]);
    expect((await activeBoard('a'))?.id).toBe('a');
    expect(await activeBoard('off')).toBeUndefined();
    expect(await activeBoard('missing')).toBeUndefined();
  });
});
