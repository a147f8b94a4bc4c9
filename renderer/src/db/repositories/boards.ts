import type { Board } from '../../../../shared/model';
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
