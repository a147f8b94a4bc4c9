import { language } from './i18n.svelte';

/**
 * Screens other than home load on first use, so the wall starts with less code. Once the home
 * screen shows, the screens one tap from it are fetched ahead of use, so a resident's first tap
 * does not wait; a screen further on is fetched when the screen before it shows (a board when the
 * boards list does). Staff mode and first-run setup load with their text when first opened.
 */
const loaders = {
  signIn: () => import('../screens/SignIn.svelte'),
  session: () => import('../screens/SessionDetails.svelte'),
  day: () => import('../screens/Day.svelte'),
  boards: () => import('../screens/Boards.svelte'),
  board: () => import('../screens/Board.svelte'),
  privacy: () => import('../screens/Privacy.svelte'),
  setup: () => language.loadStaffText().then(() => import('../screens/SetupScreen.svelte')),
  staff: () => language.loadStaffText().then(() => import('../screens/staff/StaffScreen.svelte')),
};

type Name = keyof typeof loaders;
type Loaded = { [N in Name]?: Awaited<ReturnType<(typeof loaders)[N]>>['default'] };

/** The screens one tap from home (its sessions, days and footer). */
const WALL_SCREENS: readonly Name[] = ['signIn', 'session', 'day', 'boards', 'privacy'];
/** The screens one tap further on from another, fetched when that one shows. */
const ONWARD: { readonly [N in Name]?: readonly Name[] } = { boards: ['board'] };

/**
 * The loaded screens, as plain state set when each arrives. Not an {#await} block per screen:
 * Svelte (5.57) keeps the value of every resolved {#await} alive, so a block made again on each
 * visit to a screen would grow the heap for as long as the wall runs.
 */
class Screens {
  #loaded = $state.raw<Loaded>({});
  readonly #loading = new Map<Name, Promise<void>>();

  /** The screen's component, or undefined while it loads (asking starts the load). */
  get<N extends Name>(name: N): Loaded[N] {
    const component = this.#loaded[name];
    if (!component) void this.load(name);
    for (const next of ONWARD[name] ?? []) if (!this.#loading.has(next)) void this.load(next);
    return component;
  }

  load(name: Name): Promise<void> {
    let loading = this.#loading.get(name);
    if (!loading) {
      loading = loaders[name]().then(
        (module) => {
          this.#loaded = { ...this.#loaded, [name]: module.default };
        },
        (error: unknown) => {
          // Asked again on the next visit to the screen.
          this.#loading.delete(name);
          console.error(`[screens] The ${name} screen could not be loaded.`, error);
        },
      );
      this.#loading.set(name, loading);
    }
    return loading;
  }

  /** Fetches the screens one tap from home ahead of use. */
  prefetchWall(): Promise<void> {
    return Promise.all(WALL_SCREENS.map((name) => this.load(name))).then(() => undefined);
  }
}

export const screens = new Screens();
