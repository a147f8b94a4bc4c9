import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * A repository query kept up to date while something on screen reads it: Dexie's liveQuery runs
 * it again whenever the tables it read change, and stops when nothing reads `current` any more.
 */
export class LiveValue<T> {
  #value: T;
  #loaded = false;
  readonly #subscribe: () => void;

  constructor(query: () => Promise<T>, initial: T) {
    this.#value = initial;
    this.#subscribe = createSubscriber((update) => {
      const subscription = liveQuery(query).subscribe({
        next: (value) => {
          this.#value = value;
          this.#loaded = true;
          update();
        },
        error: (error: unknown) => console.error('[records] A live query failed; it runs again on the next change.', error),
      });
      return () => subscription.unsubscribe();
    });
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  /** The query has answered at least once. */
  get loaded(): boolean {
    this.#subscribe();
    return this.#loaded;
  }
}
