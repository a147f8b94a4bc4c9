import { nav } from './nav.svelte';
import { staffSession } from './staffSession.svelte';

/** A second failure this soon after the last: the screen fails as soon as it is drawn, so it is not drawn again by itself. */
const AGAIN_WITHIN_MS = 5_000;

/**
 * What the wall does when a screen fails (an error while drawing it, or any error while staff
 * mode is open): staff mode locks, the wall goes home, and a calm message says so. The screens
 * are then drawn afresh, unless they failed moments ago too; then the calm message stays, with
 * a way to try again and the Staff button, so staff can still reach the record at fault.
 */
class WallTrouble {
  /** The calm message is showing. */
  showing = $state(false);
  /** Staff mode was open when the screen failed: the message says it is locked now. */
  staffWasOpen = $state(false);
  #lastAt = Number.NEGATIVE_INFINITY;

  /** Returns whether the screens may be drawn again at once. */
  screenFailed(error: unknown, now = Date.now()): boolean {
    console.error('[wall] A screen failed; staff mode is locked and the wall is back at the start.', error);
    this.staffWasOpen = staffSession.unlocked || nav.screen.name === 'staff';
    void staffSession.lock();
    nav.home();
    this.showing = true;
    const soonAgain = now - this.#lastAt < AGAIN_WITHIN_MS;
    this.#lastAt = now;
    return !soonAgain;
  }

  dismiss = () => {
    this.showing = false;
  };

  /**
   * Errors outside drawing (a tap's handler, a promise nobody waited for) are not caught by the
   * screens' boundary. While staff mode is open they lock it too: the screen may be half updated.
   * Returns the function that stops listening.
   */
  watchStaffErrors(page: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
    const failedWith = (error: unknown) => {
      if (staffSession.unlocked) this.screenFailed(error);
    };
    const onError = (event: ErrorEvent) => failedWith(event.error);
    const onRejection = (event: PromiseRejectionEvent) => failedWith(event.reason);
    page.addEventListener('error', onError);
    page.addEventListener('unhandledrejection', onRejection);
    return () => {
      page.removeEventListener('error', onError);
      page.removeEventListener('unhandledrejection', onRejection);
    };
  }
}

export const wallTrouble = new WallTrouble();

