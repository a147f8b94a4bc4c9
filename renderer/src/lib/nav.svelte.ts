import { afterPaint } from './afterPaint';

/** Every screen the wall can show. Each area adds its screens here and in App.svelte. */
export type Screen =
  | { name: 'home' }
  | { name: 'session'; occurrenceKey: string; /** Where Back goes; home when absent. */ back?: Screen }
  | { name: 'day'; date: string }
  | { name: 'signIn'; occurrenceKey: string }
  | { name: 'boards' }
  | { name: 'board'; boardId: string }
  | { name: 'privacy' }
  | { name: 'staff' };

class Navigator {
  screen = $state.raw<Screen>({ name: 'home' });
  /** Counts changes of screen, so a tap's screen never lands after a later change (the idle reset, a lock). */
  #changes = 0;

  /** At once: the wall's own changes (the idle reset, staff mode locking, a timer). */
  go(screen: Screen) {
    this.#changes += 1;
    this.screen = screen;
  }

  home() {
    this.go({ name: 'home' });
  }

  /**
   * A resident's tap: the button shows pressed in the next frame, and the screen it leads to is
   * drawn after that paint. A later tap or change wins.
   */
  tap(screen: Screen) {
    const change = ++this.#changes;
    void afterPaint().then(() => {
      if (change === this.#changes) this.screen = screen;
    });
  }
}

export const nav = new Navigator();
