import type { Component } from 'svelte';
import { language } from '../lib/i18n.svelte';
import type { Screen } from '../lib/nav.svelte';

/**
 * The wall's route table: every screen other than home (which is always built), how its code is
 * loaded, what it is given from the place the wall is at (`nav.screen`), and what makes it drawn
 * afresh (another session, another day). App.svelte draws whichever the wall is at from here.
 *
 * Screens other than home load on first use, so the wall starts with less code. Once the home
 * screen shows, the screens one tap from it are fetched ahead of use, so a resident's first tap
 * does not wait; a screen further on is fetched when the screen before it shows (a board when the
 * boards list does). Staff mode and first-run setup load with their text when first opened.
 */

type At<N extends Screen['name']> = Extract<Screen, { name: N }>;

interface Route<S extends Screen> {
  load: () => Promise<{ default: Component<never> }>;
  props: (screen: S) => object;
  key: (screen: S) => string;
}

/** A route, its props checked against the screen component's own. */
function route<S extends Screen, P extends object>(
  load: () => Promise<{ default: Component<P> }>,
  props: (screen: S) => NoInfer<P>,
  key: (screen: S) => string = (screen) => screen.name,
): Route<S> {
  return { load: load as Route<S>['load'], props, key };
}

/**
 * A screen's code and the text it uses that the page does not load with the home screen, fetched
 * together; the screen shows once both are in.
 */
async function withText<M>(screen: Promise<M>, text: Promise<void>): Promise<M> {
  const [module] = await Promise.all([screen, text]);
  return module;
}

const routes = {
  signIn: route(
    () => withText(import('./SignIn.svelte'), language.loadText('signin')),
    (at: At<'signIn'>) => ({ occurrenceKey: at.occurrenceKey }),
    (at) => `signIn:${at.occurrenceKey}`,
  ),
  session: route(
    () => import('./SessionDetails.svelte'),
    (at: At<'session'>) => ({ occurrenceKey: at.occurrenceKey, back: at.back }),
    (at) => `session:${at.occurrenceKey}`,
  ),
  day: route(
    () => import('./Day.svelte'),
    (at: At<'day'>) => ({ date: at.date }),
    (at) => `day:${at.date}`,
  ),
  boards: route(() => import('./Boards.svelte'), (_: At<'boards'>) => ({})),
  board: route(
    () => import('./Board.svelte'),
    (at: At<'board'>) => ({ boardId: at.boardId }),
    (at) => `board:${at.boardId}`,
  ),
  privacy: route(() => withText(import('./Privacy.svelte'), language.loadText('signin')), (_: At<'privacy'>) => ({})),
  staff: route(() => withText(import('./staff/StaffScreen.svelte'), language.loadStaffText()), (_: At<'staff'>) => ({})),
  // Not a place on the wall: the house's first run, before anything else.
  setup: route(() => withText(import('./SetupScreen.svelte'), language.loadStaffText()), (_: Screen) => ({})),
} satisfies { [N in Exclude<Screen['name'], 'home'>]: Route<At<N>> } & { setup: Route<Screen> };

type Name = keyof typeof routes;

/** The screens one tap from home (its sessions, days and footer). */
const WALL_SCREENS: readonly Name[] = ['signIn', 'session', 'day', 'boards', 'privacy'];
/** The screens one tap further on from another, fetched when that one shows. */
const ONWARD: { readonly [N in Name]?: readonly Name[] } = { boards: ['board'] };

/** A screen ready to draw: its component, its props, and the key that draws it afresh. */
export interface Shown {
  Screen: Component<Record<string, unknown>>;
  props: Record<string, unknown>;
  key: string;
}

/**
 * The loaded screens, as plain state set when each arrives. Not an {#await} block per screen:
 * Svelte (5.57) keeps the value of every resolved {#await} alive, so a block made again on each
 * visit to a screen would grow the heap for as long as the wall runs.
 */
class Screens {
  #loaded = $state.raw<{ [N in Name]?: Component<never> }>({});
  readonly #loading = new Map<Name, Promise<void>>();

  /** The screen's component, or undefined while it loads (asking starts the load). */
  get(name: Name): Component<Record<string, unknown>> | undefined {
    const component = this.#loaded[name];
    if (!component) void this.load(name);
    for (const next of ONWARD[name] ?? []) if (!this.#loading.has(next)) void this.load(next);
    return component as Component<Record<string, unknown>> | undefined;
  }

  /** What to draw for the wall's place, or undefined while its screen loads (asking starts the load). */
  at(screen: Exclude<Screen, { name: 'home' }>): Shown | undefined {
    const route = routes[screen.name] as Route<Screen>;
    const Screen = this.get(screen.name);
    return Screen && { Screen, props: route.props(screen) as Record<string, unknown>, key: route.key(screen) };
  }

  load(name: Name): Promise<void> {
    let loading = this.#loading.get(name);
    if (!loading) {
      loading = routes[name].load().then(
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
