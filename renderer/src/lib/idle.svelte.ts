import { visit } from './visit.svelte';

/** Seconds the "Still there?" prompt gives before the visit ends (WCAG 2.2.1 asks for at least 20). */
export const STILL_THERE_SECONDS = 20;

/**
 * Watches for touches. After the house's idle timeout it asks "Still there?"; with no answer
 * within STILL_THERE_SECONDS the visit ends and the wall returns home.
 */
class IdleWatcher {
  asking = $state(false);
  secondsLeft = $state(STILL_THERE_SECONDS);
  #timeoutMs = 90_000;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #countdown: ReturnType<typeof setInterval> | undefined;

  configure(timeoutSeconds: number) {
    this.#timeoutMs = timeoutSeconds * 1000;
    this.activity();
  }

  /** Any touch, key or pointer movement counts as someone being there. */
  activity = () => {
    if (this.asking) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.#ask(), this.#timeoutMs);
  };

  stillHere() {
    this.#stopAsking();
    this.activity();
  }

  #ask() {
    this.asking = true;
    this.secondsLeft = STILL_THERE_SECONDS;
    this.#countdown = setInterval(() => {
      this.secondsLeft -= 1;
      if (this.secondsLeft <= 0) {
        this.#stopAsking();
        visit.end();
        this.activity();
      }
    }, 1000);
  }

  #stopAsking() {
    clearInterval(this.#countdown);
    this.asking = false;
  }
}

export const idle = new IdleWatcher();
