import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * The renderer's one way to follow the database. Dexie's liveQuery runs `query` now and again
 * whenever a table it read changes (from any screen, any area of staff mode, a restore), and hands
 * each answer to `next`; `failed` hears a read that went wrong. Returns the way to stop.
 * `LiveValue` and `LiveList` below are built on it; a state class with its own shape (the wall's
 * days, one session, a staff day) calls it from an effect.
 */
export function follow<T>(query: () => Promise<T>, next: (value: T) => void, failed: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next, error: failed });
  return () => subscription.unsubscribe();
}

/**
 * A repository query kept up to date while something on screen reads it (Svelte's
 * createSubscriber over `follow`): it starts when `current` is first read in an effect, and stops
 * when nothing reads it any more.
 */
export class LiveValue<T> {
  #value: T;
  #loaded = false;
  readonly #subscribe: () => void;

  constructor(query: () => Promise<T>, initial: T) {
    this.#value = initial;
    this.#subscribe = createSubscriber((update) =>
      follow(
        query,
        (value) => {
          this.#value = value;
          this.#loaded = true;
          update();
        },
        (error) => console.error('[records] A live query failed.', error),
      ),
    );
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

/**
 * A list read from the database and kept live, for the views that start and stop it themselves:
 * `watch()` starts it and returns the function that stops it; `keep()` starts it for the wall's
 * whole life.
 */
export class LiveList<T> {
  items = $state.raw<T[]>([]);
  loaded = $state(false);
  failed = $state(false);
  readonly #read: () => Promise<T[]>;
  #kept: (() => void) | undefined;

  constructor(read: () => Promise<T[]>) {
    this.#read = read;
  }

  watch(): () => void {
    return this.#follow();
  }

  /**
   * Watches for the wall's whole life: a second call does nothing, so going back to a screen that
   * shows this list reads nothing. After a failed read, the next call reads again.
   */
  keep(): void {
    if (this.#kept && !this.failed) return;
    this.#kept?.();
    this.#kept = this.#follow();
  }

  #follow(): () => void {
    return follow(
      this.#read,
      (items) => {
        this.items = items;
        this.loaded = true;
        this.failed = false;
      },
      (error) => {
        console.error('[lists] A list could not be read.', error);
        this.failed = true;
      },
    );
  }
}
