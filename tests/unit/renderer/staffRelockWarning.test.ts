import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeClock, GOOD_PIN, freshStaffDir, setUpKiosk } from '../main/staffAuthHarness';

/*
 * Staff mode's relock, as the renderer runs it against main's own: the warning before it, "Keep
 * working", and the wall's idle reset, which leaves staff mode to its own relock. Main here is the
 * real staff service, on the same (fake) clock as the page.
 */

const { auth, sam } = await setUpKiosk(new FakeClock(), freshStaffDir(), { monotonicNow: () => Date.now() });

const fakeDocument = { documentElement: { lang: 'en' }, querySelector: () => null };
vi.stubGlobal('document', fakeDocument);
vi.stubGlobal('window', {
  document: fakeDocument,
  location: { reload: () => {} },
  kiosk: {
    staff: {
      lock: async () => {
        auth.lock();
        return { ok: true, value: null };
      },
      touch: async () => ({ ok: true, value: auth.touch() }),
    },
  },
});

const { nav } = await import('../../../renderer/src/lib/nav.svelte');
const { staffSession, RELOCK_WARNING_SECONDS } = await import('../../../renderer/src/lib/staffSession.svelte');
const { idle } = await import('../../../renderer/src/lib/idle.svelte');

const RELOCK_SECONDS = 120;

/** Unlocks in main and opens staff mode in the page, as the unlock screen does. */
async function openStaffMode() {
  const result = await auth.unlock(sam.id, GOOD_PIN);
  if (result.outcome !== 'ok') throw new Error('could not unlock');
  staffSession.signedIn(result.session);
  nav.go({ name: 'staff' });
}

const seconds = (count: number) => vi.advanceTimersByTimeAsync(count * 1000);

beforeEach(() => {
  vi.useFakeTimers();
  staffSession.configure(RELOCK_SECONDS);
  idle.configure(90);
});

afterEach(async () => {
  await staffSession.lock();
  vi.useRealTimers();
});

describe('the warning before staff mode relocks by itself', () => {
  it('shows 20 seconds before the relock, counts the seconds down, and with no answer locks main and the page and goes home', async () => {
    await openStaffMode();
    await seconds(RELOCK_SECONDS - RELOCK_WARNING_SECONDS - 1);
    expect(staffSession.warning).toBe(false);
    await seconds(1);
    expect(staffSession.warning).toBe(true);
    expect(staffSession.secondsLeft).toBe(20);
    await seconds(5);
    expect(staffSession.secondsLeft).toBe(15);
    await seconds(14);
    expect(staffSession.secondsLeft).toBe(1);
    expect(staffSession.unlocked).toBe(true);
    await seconds(1);
    expect(staffSession.unlocked).toBe(false);
    expect(staffSession.warning).toBe(false);
    expect(nav.screen.name).toBe('home');
    expect(auth.current()).toBeNull();
  });

  it('keeps staff mode open in the page and in main with "Keep working", even pressed in its last second after a touch main heard late', async () => {
    await openStaffMode();
    // Too soon after the unlock to reach main at once: main must still hear of it before the warning ends.
    await seconds(5);
    staffSession.activity();
    await seconds(RELOCK_SECONDS - RELOCK_WARNING_SECONDS);
    expect(staffSession.warning).toBe(true);
    await seconds(RELOCK_WARNING_SECONDS - 0.5);
    expect(staffSession.secondsLeft).toBe(1);
    staffSession.keepWorking();
    await seconds(0);
    expect(staffSession.warning).toBe(false);
    // Well past the relock time the first warning counted to.
    await seconds(60);
    expect(staffSession.unlocked).toBe(true);
    expect(auth.current()).toEqual({ staffId: sam.id, name: 'Sam' });
  });

  it('is kept away by any touch before it, which restarts the relock time', async () => {
    await openStaffMode();
    await seconds(90);
    staffSession.activity();
    await seconds(RELOCK_SECONDS - RELOCK_WARNING_SECONDS - 1);
    expect(staffSession.warning).toBe(false);
    await seconds(1);
    expect(staffSession.warning).toBe(true);
    expect(auth.current()).not.toBeNull();
  });

  it('stays until answered: a finger coming down on it does not close it before its click', async () => {
    await openStaffMode();
    await seconds(RELOCK_SECONDS - RELOCK_WARNING_SECONDS);
    staffSession.activity();
    expect(staffSession.warning).toBe(true);
    staffSession.keepWorking();
    expect(staffSession.warning).toBe(false);
  });

  it('locks at once when main has already relocked and answers "Keep working" with no session', async () => {
    await openStaffMode();
    await seconds(RELOCK_SECONDS - RELOCK_WARNING_SECONDS);
    auth.lock();
    staffSession.keepWorking();
    await seconds(0);
    expect(staffSession.unlocked).toBe(false);
    expect(nav.screen.name).toBe('home');
  });
});

describe("the wall's idle reset", () => {
  it('asks nothing while staff mode is open, and counts again once staff mode locks', async () => {
    // The tap that started the visit counts the wall's idle time; staff mode opens during it.
    idle.activity();
    await openStaffMode();
    await seconds(RELOCK_SECONDS - 1);
    expect(idle.asking).toBe(false);
    expect(staffSession.warning).toBe(true);
    await seconds(1);
    expect(staffSession.unlocked).toBe(false);
    expect(idle.asking).toBe(false);
    await seconds(89);
    expect(idle.asking).toBe(false);
    await seconds(1);
    expect(idle.asking).toBe(true);
    await seconds(20);
    expect(idle.asking).toBe(false);
    expect(idle.visiting).toBe(false);
    // The end of the visit loads the boards' part a moment later: let it finish inside this test.
    await vi.dynamicImportSettled();
  });
});
