import { liveQuery } from 'dexie';
import type { Board } from '../../../../shared/model';
import { listActiveBoards } from '../../db/repositories/boards';

/**
 * The boards list, kept live: a board staff add or switch off (or the example house arriving)
 * shows at once. The wall keeps one for its whole life (`activeBoards`), watching from the first
 * visit to the boards on: going back to them reads nothing.
 */
export class ActiveBoards {
  boards = $state.raw<Board[] | null>(null);
  failed = $state(false);
  #watching = false;

  /** Starts watching; a second call does nothing, unless the last read failed. */
  watch(): void {
    if (this.#watching) return;
    this.#watching = true;
    liveQuery(listActiveBoards).subscribe({
      next: (boards) => {
        this.boards = boards;
        this.failed = false;
      },
      error: (error: unknown) => {
        console.error('[boards] The boards could not be read.', error);
        this.failed = true;
        // A live query ends at its first error: the next visit to the boards tries again.
        this.#watching = false;
      },
    });
  }
}

/** The wall's boards list: started by the boards screen on its first visit. */
export const activeBoards = new ActiveBoards();
