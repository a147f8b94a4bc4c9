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

  go(screen: Screen) {
    this.screen = screen;
  }

  home() {
    this.screen = { name: 'home' };
  }
}

export const nav = new Navigator();
