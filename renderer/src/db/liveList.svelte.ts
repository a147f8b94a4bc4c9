import { liveQuery } from 'dexie';

/**
 * A list read from the database and kept live: a change from any screen (or another area of staff
 * mode) shows at once. `watch()` starts it and returns the function that stops it; `keep()` starts
 * it for the wall's whole life.
 */
export class LiveList<T> {
  items = $state.raw<T[]>([]);
  loaded = $state(false);
  failed = $state(false);
  readonly #read: () => Promise<T[]>;
  #kept = false;

  constructor(read: () => Promise<T[]>) {
    this.#read = read;
  }

  watch(): () => void {
    const subscription = this.#follow();
    return () => subscription.unsubscribe();
  }

  /**
   * Watches for the wall's whole life: a second call does nothing, so going back to a screen that
   * shows this list reads nothing. A live query ends at its first error: after a failed read, the
   * next call reads again.
   */
  keep(): void {
    if (this.#kept) return;
    this.#kept = true;
    this.#follow(() => (this.#kept = false));
  }

  #follow(afterError?: () => void) {
    return liveQuery(this.#read).subscribe({
      next: (items) => {
        this.items = items;
        this.loaded = true;
        this.failed = false;
      },
      error: (error: unknown) => {
        console.error('[lists] A list could not be read.', error);
        this.failed = true;
        afterError?.();
      },
    });
  }
}
