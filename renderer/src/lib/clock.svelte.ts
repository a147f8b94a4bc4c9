/**
 * The wall's sense of time: one reactive timestamp, updated on each new second. Everything that
 * depends on the time (the clock, Now / Up next, midnight) derives from it, so the screen follows
 * time without a reload. Uses setTimeout and Date only, so tests can drive it with a fake clock.
 */
export class Clock {
  /** Milliseconds since the epoch; a number, so the value is replaced, never mutated. */
  nowMs = $state(Date.now());
  #timer: ReturnType<typeof setTimeout> | undefined;

  start() {
    this.stop();
    const tick = () => {
      this.nowMs = Date.now();
      this.#timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    };
    tick();
  }

  stop() {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  get now(): Date {
    // A fresh Date per read, never mutated: reactivity comes from nowMs.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Date(this.nowMs);
  }

  /** The start of the current minute: changes once a minute, for views that need no seconds. */
  get minuteMs(): number {
    return this.nowMs - (this.nowMs % 60_000);
  }
}

export const clock = new Clock();
