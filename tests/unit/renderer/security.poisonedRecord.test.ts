import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { V1_STORES } from './fixtures/migrations-v1';

/*
 * A group whose pictogram was `constructor` made the wall's lookup throw. Then Lock cleared main's
 * session but the staff screens stayed in the page, the idle reset did not clear them, and after a
 * reload the wall was blank. These tests hold each piece of the fix: lookups that see only their
 * own keys, a lock that leaves no staff screen in the page, a failed screen that locks staff mode
 * and goes home, an idle reset that always locks, and a database upgrade that repairs old rows.
 */

const INHERITED_NAMES = ['constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf'];

/** The page as the renderer's modules see it: a staff screen may be left in it, and it may be reloaded. */
const page = {
  staffScreenShowing: false,
  reloads: 0,
  mainLocks: 0,
  /** While set, main's answer to a lock waits for it. */
  mainAnswers: null as Promise<void> | null,
  listeners: new Map<string, (event: unknown) => void>(),
};
const fakeDocument = {
  documentElement: { lang: 'en' },
  querySelector: (selector: string) => (page.staffScreenShowing && selector === '[data-staff-screen]' ? {} : null),
};
vi.stubGlobal('document', fakeDocument);
vi.stubGlobal('window', {
  document: fakeDocument,
  location: {
    reload: () => {
      page.reloads += 1;
    },
  },
  kiosk: {
    staff: {
      lock: async () => {
        page.mainLocks += 1;
        await page.mainAnswers;
        return { ok: true, value: null };
      },
      touch: async () => ({ ok: true, value: { staffId: 'staff-1', name: 'Sam' } }),
    },
  },
});

const { PICTOGRAMS, PICTOGRAM_KEYS, groupColourVar, pictogramShapes } = await import('../../../renderer/src/components/schedule/pictograms');
const { SYMBOLS, SYMBOL_KEYS, symbolShapes } = await import('../../../renderer/src/components/tapin/symbols');
const { t, language } = await import('../../../renderer/src/lib/i18n.svelte');
// Sign-in's text loads with the screens that use it, as the residents area and the sign-in screen do.
await language.loadText('signin');
const { colourName, symbolName } = await import('../../../renderer/src/lib/symbolName');
const { nav } = await import('../../../renderer/src/lib/nav.svelte');
const { visit } = await import('../../../renderer/src/lib/visit.svelte');
let breakTheVisitReset = false;
// A reset added as anything open for a while adds one: it runs after staff mode's lock and before
// the wall goes home, so when it fails, going home is left to the idle watcher.
visit.onEnd(() => {
  if (breakTheVisitReset) throw new TypeError('a reset that fails');
});
const { staffSession } = await import('../../../renderer/src/lib/staffSession.svelte');
const { wallTrouble } = await import('../../../renderer/src/lib/wallTrouble.svelte');
const { idle } = await import('../../../renderer/src/lib/idle.svelte');
const { AppDB } = await import('../../../renderer/src/db/AppDB');

const SAM = { staffId: 'staff-1', name: 'Sam' };

function openStaffMode() {
  staffSession.signedIn(SAM);
  nav.go({ name: 'staff' });
  page.staffScreenShowing = true;
}

beforeEach(() => {
  page.staffScreenShowing = false;
  page.reloads = 0;
  page.mainLocks = 0;
  page.mainAnswers = null;
  nav.home();
});

describe('the drawing tables', () => {
  it('draw the default pictogram for a key every object inherits, such as constructor', () => {
    // Reproduction: a group with pictogram `constructor` made `key in PICTOGRAMS` true.
    for (const name of INHERITED_NAMES) expect(pictogramShapes(name)).toBe(PICTOGRAMS.talk);
    for (const key of PICTOGRAM_KEYS) expect(pictogramShapes(key)).toBe(PICTOGRAMS[key]);
  });

  it('give an unknown or inherited colour the default token', () => {
    for (const name of INHERITED_NAMES) expect(groupColourVar(name)).toBe('var(--group-teal)');
    expect(groupColourVar('plum')).toBe('var(--group-plum)');
  });

  it('find no symbol for an inherited name, and every symbol Hearth offers', () => {
    for (const name of INHERITED_NAMES) expect(symbolShapes(name)).toBeUndefined();
    for (const key of SYMBOL_KEYS) expect(symbolShapes(key)).toBe(SYMBOLS[key]);
  });

  it('have exactly the keys of the lists the schemas check', () => {
    expect(Object.keys(PICTOGRAMS)).toEqual([...PICTOGRAM_KEYS]);
    expect(Object.keys(SYMBOLS)).toEqual([...SYMBOL_KEYS]);
  });
});

describe('text for a value read from a record', () => {
  it('is the unknown text for an inherited name, never anything the name inherits', () => {
    for (const name of INHERITED_NAMES) {
      expect(symbolName(name)).toBe(t('signin:symbols.unknown'));
      expect(colourName(name)).toBe(t('signin:colours.unknown'));
    }
    expect(t('signin:symbols.unknown')).toBe('Symbol');
  });
});

describe('locking staff mode', () => {
  it('starts the page afresh when a staff screen is still in it after locking', async () => {
    // Reproduction: a screen that failed mid-draw no longer follows the wall's state, so Lock
    // cleared the session but left the staff shell (residents, attendance, audit log) on show.
    openStaffMode();
    await staffSession.lock();
    expect(page.mainLocks).toBe(1);
    expect(staffSession.unlocked).toBe(false);
    expect(nav.screen.name).toBe('home');
    expect(page.reloads).toBe(1);
  });

  it('does not reload the page when the staff screen has gone', async () => {
    openStaffMode();
    page.staffScreenShowing = false;
    await staffSession.lock();
    expect(page.mainLocks).toBe(1);
    expect(page.reloads).toBe(0);
  });

  it('does not take staff mode opened again while main answers for a screen left behind', async () => {
    // Reproduction: Lock, then "Staff mode" tapped at once. The check ran after main's answer,
    // found the new unlock screen and started the page afresh, so the names never came.
    let answer = () => {};
    page.mainAnswers = new Promise<void>((resolve) => (answer = resolve));
    openStaffMode();
    page.staffScreenShowing = false; // the shell follows the lock and goes
    const locking = staffSession.lock();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(nav.screen.name).toBe('home');
    nav.go({ name: 'staff' });
    page.staffScreenShowing = true;
    answer();
    await locking;
    expect(page.mainLocks).toBe(1);
    expect(page.reloads).toBe(0);
    expect(nav.screen.name).toBe('staff');
  });
});

describe('a screen that fails', () => {
  it('locks staff mode, goes home and shows the calm message', () => {
    openStaffMode();
    expect(wallTrouble.screenFailed(new TypeError('a broken record'), 1_000_000)).toBe(true);
    expect(staffSession.unlocked).toBe(false);
    expect(nav.screen.name).toBe('home');
    expect(wallTrouble.showing).toBe(true);
    expect(wallTrouble.staffWasOpen).toBe(true);
    wallTrouble.dismiss();
  });

  it('is not drawn again by itself when it fails again moments later, and is after a while', () => {
    expect(wallTrouble.screenFailed(new Error('first'), 2_000_000)).toBe(true);
    expect(wallTrouble.screenFailed(new Error('again at once'), 2_001_000)).toBe(false);
    expect(wallTrouble.screenFailed(new Error('much later'), 2_060_000)).toBe(true);
    expect(wallTrouble.staffWasOpen).toBe(false);
    wallTrouble.dismiss();
  });

  it('locks staff mode for an error outside drawing while staff mode is open, and not otherwise', async () => {
    const target = {
      addEventListener: (type: string, listener: (event: unknown) => void) => page.listeners.set(type, listener),
      removeEventListener: (type: string) => page.listeners.delete(type),
    };
    const stop = wallTrouble.watchStaffErrors(target as unknown as Window);
    page.listeners.get('unhandledrejection')?.({ reason: new Error('a save that failed') });
    expect(page.mainLocks).toBe(0);

    openStaffMode();
    page.listeners.get('error')?.({ error: new TypeError('a tap on a broken record') });
    expect(staffSession.unlocked).toBe(false);
    expect(nav.screen.name).toBe('home');
    await vi.waitFor(() => expect(page.mainLocks).toBe(1));
    stop();
    expect(page.listeners.size).toBe(0);
    wallTrouble.dismiss();
  });
});

describe('the idle reset', () => {
  afterEach(() => {
    breakTheVisitReset = false;
    vi.useRealTimers();
  });

  it('locks staff mode and goes home even when another part of the visit fails to reset', async () => {
    vi.useFakeTimers();
    breakTheVisitReset = true;
    idle.configure(1);
    idle.activity();
    await vi.advanceTimersByTimeAsync(1_000);
    // The wall's idle reset asks nothing in staff mode: here staff mode is found open behind "Still there?".
    openStaffMode();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(staffSession.unlocked).toBe(false);
    expect(nav.screen.name).toBe('home');
    expect(page.mainLocks).toBeGreaterThanOrEqual(1);
  });
});

describe('a database from before the keys were checked', () => {
  it('opens with the default pictogram and colour for a group, and a free symbol for a resident', async () => {
    const name = `hearth-poisoned-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.table('groups').add({ id: 'g', pictogram: 'constructor', colour: 'hasOwnProperty', title: { en: 'Walk', es: '' } });
    await old.table('residents').bulkAdd([
      { id: 'r-known', symbol: 'sun', name: 'Ada', active: true, createdAt: 1 },
      { id: 'r-odd', symbol: '__proto__', name: 'Ben', active: true, createdAt: 1 },
    ]);
    old.close();

    const database = new AppDB(name);
    expect(await database.groups.get('g')).toMatchObject({ pictogram: 'talk', colour: 'teal', title: { en: 'Walk' } });
    expect((await database.residents.get('r-known'))?.symbol).toBe('sun');
    expect((await database.residents.get('r-odd'))?.symbol).toBe('moon');
    database.close();
    await Dexie.delete(name);
  });
});
