import * as v from 'valibot';
import type { LocalizedText } from '../../../../shared/locale';
import { BoardSchema, type Board } from '../../../../shared/model';
import { db } from '../db';

/** The boards residents see, in the order staff set. */
export async function listActiveBoards(): Promise<Board[]> {
  return db.boards.orderBy('order').filter((board) => board.active).toArray();
}

/** One active board, or undefined if it is gone or switched off. */
export async function activeBoard(boardId: string): Promise<Board | undefined> {
  const board = await db.boards.get(boardId);
  return board?.active ? board : undefined;
}

/** What staff write for a board; a new one has no id yet and goes to the end of the list. */
export interface BoardInput {
  id?: string;
  title: LocalizedText;
  prompt: LocalizedText;
  active: boolean;
}

export class BoardNotFoundError extends Error {
  constructor(readonly boardId: string) {
    super(`No board with id "${boardId}".`);
    this.name = 'BoardNotFoundError';
  }
}

/** Every board, switched off or not, in the order staff set: for staff mode. */
export async function listAllBoards(): Promise<Board[]> {
  return db.boards.orderBy('order').toArray();
}

/**
 * Creates or updates a board. Text is trimmed; a board needs an English title and prompt
 * (RangeError), and the row is checked against the schema (valibot's ValiError) before it is written.
 */
export async function saveBoard(input: BoardInput): Promise<Board> {
  const trim = (text: LocalizedText): LocalizedText => ({ en: text.en.trim(), es: text.es.trim() });
  const title = trim(input.title);
  const prompt = trim(input.prompt);
  if (title.en === '' || prompt.en === '') throw new RangeError('A board needs a title and a prompt in English.');
  return db.transaction('rw', db.boards, async () => {
    const existing = input.id === undefined ? undefined : await db.boards.get(input.id);
    if (input.id !== undefined && !existing) throw new BoardNotFoundError(input.id);
    const last = await db.boards.orderBy('order').last();
    const board = v.parse(BoardSchema, {
      id: existing?.id ?? crypto.randomUUID(),
      title,
      prompt,
      order: existing?.order ?? (last ? last.order + 1 : 1),
      active: input.active,
    });
    await db.boards.put(board);
    return board;
  });
}

/**
 * Moves a board one place up (earlier) or down in the list. The whole list is numbered 1, 2, 3…
 * again, so boards that shared a number get a clear order. False when it is already at that end.
 */
export async function moveBoard(boardId: string, direction: 'up' | 'down'): Promise<boolean> {
  return db.transaction('rw', db.boards, async () => {
    const boards = await db.boards.orderBy('order').toArray();
    const from = boards.findIndex((board) => board.id === boardId);
    if (from === -1) throw new BoardNotFoundError(boardId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= boards.length) return false;
    const [moving] = boards.splice(from, 1);
    if (moving) boards.splice(to, 0, moving);
    // Only rows whose number changes are written.
    await db.boards.bulkPut(boards.flatMap((board, index) => (board.order === index + 1 ? [] : [{ ...board, order: index + 1 }])));
    return true;
  });
}

/** Shows a board on the wall or takes it off; its shares stay either way. */
export async function setBoardActive(boardId: string, active: boolean): Promise<void> {
  const changed = await db.boards.update(boardId, { active });
  if (changed === 0 && !(await db.boards.get(boardId))) throw new BoardNotFoundError(boardId);
}
