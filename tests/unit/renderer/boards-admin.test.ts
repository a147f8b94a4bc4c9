import { ValiError } from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Board } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import {
  BoardNotFoundError,
  listActiveBoards,
  listAllBoards,
  moveBoard,
  saveBoard,
  setBoardActive,
} from '../../../renderer/src/db/repositories/boards';
import { boardRow as board } from './fixtures/boards';

const ids = (boards: Board[]) => boards.map((b) => b.id);

beforeEach(async () => {
  await db.boards.clear();
});

describe('boards in staff mode', () => {
  it('lists every board, switched off ones too, in the order staff set', async () => {
    await db.boards.bulkAdd([board('c', 3), board('a', 1), board('off', 2, false)]);
    expect(ids(await listAllBoards())).toEqual(['a', 'off', 'c']);
  });

  it('adds a new board at the end of the list, with trimmed text in both languages', async () => {
    await db.boards.bulkAdd([board('a', 1), board('b', 7)]);
    const added = await saveBoard({
      title: { en: '  Small wins ', es: ' Pequeños logros ' },
      prompt: { en: 'Something small that went well', es: 'Algo pequeño que salió bien' },
      active: true,
    });
    expect(added).toMatchObject({ title: { en: 'Small wins', es: 'Pequeños logros' }, order: 8, active: true });
    expect(ids(await listActiveBoards())).toEqual(['a', 'b', added.id]);
  });

  it('gives the first board of an empty house the number 1', async () => {
    const added = await saveBoard({ title: { en: 'First', es: '' }, prompt: { en: 'A prompt', es: '' }, active: true });
    expect(added.order).toBe(1);
  });

  it('updates a board in place, keeping its place in the list', async () => {
    await db.boards.bulkAdd([board('a', 1), board('b', 2)]);
    const saved = await saveBoard({ id: 'a', title: { en: 'Renamed', es: 'Renombrado' }, prompt: { en: 'New prompt', es: '' }, active: false });
    expect(saved).toEqual({ id: 'a', title: { en: 'Renamed', es: 'Renombrado' }, prompt: { en: 'New prompt', es: '' }, order: 1, active: false });
    expect(await db.boards.count()).toBe(2);
    expect(ids(await listActiveBoards())).toEqual(['b']);
  });

  it('refuses a board without an English title or prompt, and writes nothing', async () => {
    await expect(saveBoard({ title: { en: '  ', es: 'Hola' }, prompt: { en: 'p', es: '' }, active: true })).rejects.toBeInstanceOf(RangeError);
    await expect(saveBoard({ title: { en: 'T', es: '' }, prompt: { en: '', es: 'p' }, active: true })).rejects.toBeInstanceOf(RangeError);
    expect(await db.boards.count()).toBe(0);
  });

  it('refuses text longer than the schema allows, and writes nothing', async () => {
    await expect(saveBoard({ title: { en: 'x'.repeat(2001), es: '' }, prompt: { en: 'p', es: '' }, active: true })).rejects.toBeInstanceOf(ValiError);
    expect(await db.boards.count()).toBe(0);
  });

  it('refuses to update a board that does not exist', async () => {
    await expect(saveBoard({ id: 'gone', title: { en: 'T', es: '' }, prompt: { en: 'p', es: '' }, active: true })).rejects.toBeInstanceOf(BoardNotFoundError);
    expect(await db.boards.count()).toBe(0);
  });

  it('moves a board up and down one place at a time', async () => {
    await db.boards.bulkAdd([board('a', 1), board('b', 2), board('c', 3)]);
    expect(await moveBoard('c', 'up')).toBe(true);
    expect(ids(await listAllBoards())).toEqual(['a', 'c', 'b']);
    expect(await moveBoard('a', 'down')).toBe(true);
    expect(ids(await listAllBoards())).toEqual(['c', 'a', 'b']);
  });

  it('leaves the list alone when the first board moves up or the last moves down', async () => {
    await db.boards.bulkAdd([board('a', 1), board('b', 2)]);
    expect(await moveBoard('a', 'up')).toBe(false);
    expect(await moveBoard('b', 'down')).toBe(false);
    expect(ids(await listAllBoards())).toEqual(['a', 'b']);
  });

  it('numbers the list 1, 2, 3 again after a move, so gaps and shared numbers disappear', async () => {
    await db.boards.bulkAdd([board('a', 5), board('b', 5), board('c', 40)]);
    const before = ids(await listAllBoards());
    await moveBoard(before[2] ?? '', 'up');
    const after = await listAllBoards();
    expect(after.map((b) => b.order)).toEqual([1, 2, 3]);
    expect(ids(after)).toEqual([before[0], before[2], before[1]]);
  });

  it('moves switched-off boards too, and the wall keeps the order among the active ones', async () => {
    await db.boards.bulkAdd([board('a', 1), board('off', 2, false), board('c', 3)]);
    await moveBoard('c', 'up');
    await moveBoard('c', 'up');
    expect(ids(await listActiveBoards())).toEqual(['c', 'a']);
  });

  it('refuses to move a board that does not exist', async () => {
    await expect(moveBoard('gone', 'up')).rejects.toBeInstanceOf(BoardNotFoundError);
  });

  it('switches a board off and on again for the wall', async () => {
    await db.boards.bulkAdd([board('a', 1), board('b', 2)]);
    await setBoardActive('a', false);
    expect(ids(await listActiveBoards())).toEqual(['b']);
    await setBoardActive('a', false);
    expect(ids(await listActiveBoards())).toEqual(['b']);
    await setBoardActive('a', true);
    expect(ids(await listActiveBoards())).toEqual(['a', 'b']);
    await expect(setBoardActive('gone', true)).rejects.toBeInstanceOf(BoardNotFoundError);
  });
});
