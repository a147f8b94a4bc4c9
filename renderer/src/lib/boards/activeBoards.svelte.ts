import { liveQuery } from 'dexie';
import type { Board } from '../../../../shared/model';
import { listActiveBoards } from '../../db/repositories/boards';

/** The boards list, kept live: a board staff add or switch off (or the example house arriving) shows at once. */
export class ActiveBoards {
  boards = $state.raw<Board[] | null>(null);
  failed = $state(false);

  /** Starts watching; returns the function that stops. */
  watch(): () => void {
    const subscription = liveQuery(listActiveBoards).subscribe({
      next: (boards) => {
        this.boards = boards;
        this.failed = false;
      },
      error: (error: unknown) => {
        console.error('[boards] The boards could not be read.', error);
        this.failed = true;
      },
    });
    return () => subscription.unsubscribe();
  }
}
