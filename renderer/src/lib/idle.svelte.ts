import { nav } from './nav.svelte';
import { staffSession } from './staffSession.svelte';
import { TIMEOUT_WARNING_SECONDS } from './timeoutWarning';
import { visit } from './visit.svelte';

/** Seconds the "Still there?" prompt gives before the visit ends. */
export const STILL_THERE_SECONDS = TIMEOUT_WARNING_SECONDS;

/**
 * Watches for touches. A touch or key starts a visit; after the house's idle timeout without one
 * it asks "Still there?", and with no answer within STILL_THERE_SECONDS the visit ends and the
 * wall returns home. An untouched wall is at rest: it asks nobody anything (and lets the night
 * picture stay dark). While staff mode is open it asks nothing either: staff mode has its own
 * relock, and a form half filled in must not be lost to the wall's reset. Once staff mode locks,
 * the wall's idle time counts again.
 */
class IdleWatcher {
  asking = $state(false);
  secondsLeft = $state(STILL_THERE_SECONDS);
  #timeoutMs = 90_000;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #countdown: ReturnType<typeof setInterval> | undefined;
  #visiting = $state(false);

  constructor() {
    staffSession.onLock(() => {
      if (this.#visiting && !this.asking) this.#restart();
    });
  }

  /** Someone has touched the wall since the last idle reset. */
  get visiting(): boolean {
    return this.#visiting;
  }

  configure(timeoutSeconds: number) {
    this.#timeoutMs = timeoutSeconds * 1000;
    if (this.#visiting && !this.asking) this.#restart();
  }

  /** Any touch or key counts as someone being there. */
  activity = () => {
    if (this.asking) return;
    this.#visiting = true;
    if (staffSession.unlocked) clearTimeout(this.#idleTimer);
    else this.#restart();
  };

  stillHere() {
    this.#stopAsking();
    this.activity();
  }

  #restart() {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.#ask(), this.#timeoutMs);
  }

  #ask() {
    // Staff mode opened after the last touch started this wait.
    if (staffSession.unlocked) return;
    this.asking = true;
    this.secondsLeft = STILL_THERE_SECONDS;
    this.#countdown = setInterval(() => {
      this.secondsLeft -= 1;
      if (this.secondsLeft <= 0) {
        this.#stopAsking();
        this.#visiting = false;
        this.#endVisit();
      }
    }, 1000);
  }

  /**
   * Ends the visit. Should any of its resets fail, staff mode still locks and the wall still goes
   * home: the next person must never find a staff screen.
   */
  #endVisit() {
    try {
      // The boards' part ends a moment later; should it fail, the wall is home and locked already.
      visit.end().catch((error: unknown) => console.error('[idle] Clearing the boards at the end of the visit failed.', error));
    } catch (error) {
      console.error('[idle] Ending the visit failed; locking staff mode and going home.', error);
      void staffSession.lock();
      nav.home();
    }
  }

  #stopAsking() {
    clearInterval(this.#countdown);
    this.asking = false;
  }
}

export const idle = new IdleWatcher();
