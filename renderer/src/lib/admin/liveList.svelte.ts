import { liveQuery } from 'dexie';

/**
 * A list read from the database and kept live: a change from any screen (or another area of staff
 * mode) shows at once. `watch()` starts it and returns the function that stops it.
 */
export class LiveList<T> {
  items = $state.raw<T[]>([]);
  loaded = $state(false);
  failed = $state(false);
  readonly #read: () => Promise<T[]>;

  constructor(read: () => Promise<T[]>) {
    this.#read = read;
  }

  watch(): () => void {
    const subscription = liveQuery(this.#read).subscribe({
      next: (items) => {
        this.items = items;
        this.loaded = true;
        this.failed = false;
      },
      error: (error: unknown) => {
        console.error('[staff] A list could not be read.', error);
        this.failed = true;
      },
    });
    return () => subscription.unsubscribe();
  }
}
