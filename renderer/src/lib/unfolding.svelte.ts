import { flushSync } from 'svelte';

/** Items drawn at once: about a screenful of cards on the tallest wall. */
export const FIRST_ITEMS = 10;
/**
 * How long one frame may spend adding items. Each item is drawn and counted at once, so a slow or
 * busy machine adds fewer per frame rather than holding the page longer.
 */
export const FRAME_BUDGET_MS = 5;

/**
 * A long list drawn a screenful at a time: the first FIRST_ITEMS at once, then more each frame,
 * for FRAME_BUDGET_MS at most, until all are there. A house with hundreds of groups would
 * otherwise hold the page for a second while every card is built in one go. Construct it while a
 * component starts.
 */
export class Unfolding<T> {
  #shown = $state(FIRST_ITEMS);
  readonly #all: () => readonly T[];

  /** The items to draw now: the list's start, growing to all of it. */
  readonly items: readonly T[] = $derived.by(() => {
    const all = this.#all();
    return all.length > this.#shown ? all.slice(0, this.#shown) : all;
  });

  constructor(all: () => readonly T[]) {
    this.#all = all;
    $effect(() => {
      if (this.#shown >= this.#all().length) return;
      const frame = requestAnimationFrame(() => this.#grow());
      return () => cancelAnimationFrame(frame);
    });
  }

  #grow() {
    const start = performance.now();
    do {
      this.#shown += 1;
      flushSync();
    } while (this.#shown < this.#all().length && performance.now() - start < FRAME_BUDGET_MS);
  }
}
