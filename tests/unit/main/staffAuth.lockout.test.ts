import { writeFileSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { BURST_WINDOW_MS, waitMsAfter, type StaffAuth } from '../../../electron/main/services/staffAuth';
import { lockoutOf, type StaffStatus } from '../../../shared/staff';
import { FakeClock, GOOD_PIN, OTHER_PIN, openStaffStore, restartedIn, setUpKiosk } from './staffAuthHarness';

const WRONG = '999000';
const lockout = (status: StaffStatus, staffId: string) => lockoutOf(status, staffId);

/** Types `count` wrong PINs for one account, sitting out each wait before the next. */
async function failTimes(auth: StaffAuth, clock: FakeClock, staffId: string, count: number) {
  for (let failures = 1; failures <= count; failures += 1) {
    await auth.unlock(staffId, WRONG);
    if (failures < count) clock.advanceSeconds(waitMsAfter(failures) / 1000);
  }
}

/** Sam and Ana, with Ana added by Sam; staff mode locked again. */
async function twoStaff(clock = new FakeClock(), options = {}) {
  const setup = await setUpKiosk(clock, undefined, options);
  await setup.auth.unlock(setup.sam.id, GOOD_PIN);
  const ana = await setup.auth.addStaff('Ana', OTHER_PIN);
  setup.auth.lock();
  return { ...setup, ana };
}

describe('the lockout of one staff account', () => {
  it('counts down the attempts left before the first wait', async () => {
    const { auth, sam } = await setUpKiosk();
    for (const left of [4, 3, 2, 1]) {
      expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: left });
    }
    expect(lockout(auth.status(), sam.id)).toEqual({ state: 'open', attemptsLeftBeforeWait: 1 });
  });

  it('waits 30 s after the fifth failure, doubles the wait, and never waits more than 15 minutes', async () => {
    // Reproduction: wrong PINs for about two hours used to bring a two-hour wait (and growing).
    const { auth, clock, sam } = await setUpKiosk();
    for (let i = 0; i < 4; i += 1) await auth.unlock(sam.id, WRONG);
    const expectedWaits = [30, 60, 120, 240, 480, 900, 900, 900, 900, 900, 900, 900, 900, 900, 900];
    for (const wait of expectedWaits) {
      expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'locked-out', waitSeconds: wait });
      expect(lockout(auth.status(), sam.id)).toEqual({ state: 'waiting', waitSeconds: wait });
      clock.advanceSeconds(wait);
    }
    expect(waitMsAfter(5)).toBe(30_000);
    expect(waitMsAfter(6)).toBe(60_000);
    expect(Math.max(...Array.from({ length: 2000 }, (_, failures) => waitMsAfter(failures)))).toBe(15 * 60 * 1000);
  });

  it('refuses even the right PIN while a wait runs, without counting it, and accepts it once the wait is over', async () => {
    const { auth, clock, sam } = await setUpKiosk();
    for (let i = 0; i < 5; i += 1) await auth.unlock(sam.id, WRONG);
    clock.advanceSeconds(10);
    expect(await auth.unlock(sam.id, GOOD_PIN)).toEqual({ outcome: 'locked-out', waitSeconds: 20 });
    expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'locked-out', waitSeconds: 20 });
    clock.advanceSeconds(19);
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('locked-out');
    clock.advanceSeconds(1);
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('ok');
    expect(lockout(auth.status(), sam.id)).toEqual({ state: 'open', attemptsLeftBeforeWait: 5 });
  });

  it('starts counting again from zero after a right PIN', async () => {
    const { auth, sam } = await setUpKiosk();
    for (let i = 0; i < 4; i += 1) await auth.unlock(sam.id, WRONG);
    await auth.unlock(sam.id, GOOD_PIN);
    expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: 4 });
  });

  it('never keeps another staff member out: twenty wrong PINs for Sam leave Ana free to unlock', async () => {
    // Reproduction: wrong PINs typed under one name used to make every staff member wait.
    const { auth, clock, sam, ana } = await twoStaff();
    await failTimes(auth, clock, sam.id, 20);
    const status = auth.status();
    expect(lockout(status, sam.id)).toEqual({ state: 'hard-locked' });
    expect(lockout(status, ana.id)).toEqual({ state: 'open', attemptsLeftBeforeWait: 5 });
    expect((await auth.unlock(ana.id, OTHER_PIN)).outcome).toBe('ok');
  });

  it('hard-locks an account after 20 failures, so that no PIN opens it however long one waits', async () => {
    const { auth, clock, sam } = await setUpKiosk();
    for (let failures = 1; failures <= 19; failures += 1) {
      await auth.unlock(sam.id, WRONG);
      clock.advanceSeconds(waitMsAfter(failures) / 1000);
    }
    expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'hard-locked' });
    expect(lockout(auth.status(), sam.id)).toEqual({ state: 'hard-locked' });
    clock.advanceSeconds(365 * 86_400);
    expect(await auth.unlock(sam.id, GOOD_PIN)).toEqual({ outcome: 'hard-locked' });
  });

  it('lets parallel guesses through no faster than one at a time', async () => {
    const { auth, sam } = await setUpKiosk();
    const results = await Promise.all(Array.from({ length: 12 }, () => auth.unlock(sam.id, WRONG)));
    expect(results.filter((r) => r.outcome === 'wrong')).toHaveLength(4);
    expect(results.filter((r) => r.outcome === 'locked-out')).toHaveLength(8);
    expect(await auth.unlock(sam.id, GOOD_PIN)).toMatchObject({ outcome: 'locked-out' });
  });

  it('counts made-up staff ids on one counter of their own, which keeps the file small', async () => {
    const { auth, cwd, sam } = await setUpKiosk();
    for (let i = 0; i < 30; i += 1) await auth.unlock(`made-up-${i}`, WRONG);
    const counters = JSON.parse(readFileSync(openStaffStore(cwd).path, 'utf8')).counters as Record<string, unknown>;
    expect(Object.keys(counters)).toEqual(['unknown']);
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('ok');
  });
});

describe('waits on a monotonic clock', () => {
  it('a wall clock set back a day neither stretches a wait nor keeps it for the day', async () => {
    // Reproduction: seven wrong PINs (a 120 s wait), then the clock set back a day, used to keep
    // the keypad waiting 120 s at every try for that whole day.
    const { auth, clock, sam } = await setUpKiosk();
    await failTimes(auth, clock, sam.id, 7);
    clock.setWallClockBy(-86_400);
    expect(lockout(auth.status(), sam.id)).toEqual({ state: 'waiting', waitSeconds: 120 });
    clock.advanceSeconds(120);
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('ok');
  });

  it('a wall clock set forward skips no part of a wait', async () => {
    const { auth, clock, sam } = await setUpKiosk();
    await failTimes(auth, clock, sam.id, 6);
    clock.setWallClockBy(86_400);
    expect(lockout(auth.status(), sam.id)).toEqual({ state: 'waiting', waitSeconds: 60 });
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('locked-out');
    clock.advanceSeconds(59);
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('locked-out');
    clock.advanceSeconds(1);
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('ok');
  });

  it('survives a restart: a new service on the same file keeps what is left of the wait, and the hard lock', async () => {
    const { auth, clock, cwd, sam } = await setUpKiosk();
    for (let i = 0; i < 5; i += 1) await auth.unlock(sam.id, WRONG);
    clock.advanceSeconds(12);
    const restarted = restartedIn(cwd, clock);
    expect(lockout(restarted.status(), sam.id)).toEqual({ state: 'waiting', waitSeconds: 18 });
    expect((await restarted.unlock(sam.id, GOOD_PIN)).outcome).toBe('locked-out');
    for (let failures = 5; failures < 20; failures += 1) {
      clock.advanceSeconds(waitMsAfter(failures) / 1000);
      await restarted.unlock(sam.id, WRONG);
    }
    const again = restartedIn(cwd, clock);
    expect(lockout(again.status(), sam.id)).toEqual({ state: 'hard-locked' });
    expect(await again.unlock(sam.id, GOOD_PIN)).toEqual({ outcome: 'hard-locked' });
  });

  it('after a restart with the wall clock set back, waits no longer than what was left', async () => {
    const { auth, clock, cwd, sam } = await setUpKiosk();
    await failTimes(auth, clock, sam.id, 10);
    expect(lockout(auth.status(), sam.id)).toEqual({ state: 'waiting', waitSeconds: 900 });
    clock.setWallClockBy(-30 * 86_400);
    const restarted = restartedIn(cwd, clock);
    expect(lockout(restarted.status(), sam.id)).toEqual({ state: 'waiting', waitSeconds: 900 });
    clock.advanceSeconds(900);
    expect((await restarted.unlock(sam.id, GOOD_PIN)).outcome).toBe('ok');
  });

  it('keeps a kiosk that an earlier version had hard-locked hard-locked, for every account', async () => {
    const { auth, cwd, sam, ana, clock } = await twoStaff();
    auth.lock();
    const path = openStaffStore(cwd).path;
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    delete stored.counters;
    writeFileSync(path, JSON.stringify({ ...stored, lockout: { failures: 20, lastFailureAt: clock.ms } }));
    const restarted = restartedIn(cwd, clock);
    expect(lockout(restarted.status(), sam.id)).toEqual({ state: 'hard-locked' });
    expect(await restarted.unlock(ana.id, OTHER_PIN)).toEqual({ outcome: 'hard-locked' });
  });
});

describe('a burst of wrong PINs', () => {
  it('is reported once, at the fifth wrong PIN in a row, and not again within the window', async () => {
    const onFailureBurst = vi.fn();
    const clock = new FakeClock();
    const { auth, sam } = await twoStaff(clock, { onFailureBurst });
    for (let i = 0; i < 4; i += 1) await auth.unlock(sam.id, WRONG);
    expect(onFailureBurst).not.toHaveBeenCalled();
    await auth.unlock(sam.id, WRONG);
    expect(onFailureBurst).toHaveBeenCalledTimes(1);
    clock.advanceSeconds(30);
    await auth.unlock(sam.id, WRONG);
    expect(onFailureBurst).toHaveBeenCalledTimes(1);
    clock.advanceSeconds(BURST_WINDOW_MS / 1000);
    await auth.unlock(sam.id, WRONG);
    expect(onFailureBurst).toHaveBeenCalledTimes(2);
  });

  it('is reported when ten wrong PINs come within ten minutes across accounts, even with right PINs between', async () => {
    const onFailureBurst = vi.fn();
    const clock = new FakeClock();
    const { auth, sam, ana } = await twoStaff(clock, { onFailureBurst });
    const accounts = [
      { id: sam.id, pin: GOOD_PIN },
      { id: ana.id, pin: OTHER_PIN },
    ];
    for (let i = 0; i < 10; i += 1) {
      expect(onFailureBurst).not.toHaveBeenCalled();
      const { id, pin } = accounts[i % 2]!;
      await auth.unlock(id, WRONG);
      expect((await auth.unlock(id, pin)).outcome).toBe('ok');
      auth.lock();
      clock.advanceSeconds(55);
    }
    expect(onFailureBurst).toHaveBeenCalledTimes(1);
  });

  it('is not reported for a few slips spread over the day', async () => {
    const onFailureBurst = vi.fn();
    const clock = new FakeClock();
    const { auth, sam } = await twoStaff(clock, { onFailureBurst });
    for (let slip = 0; slip < 12; slip += 1) {
      await auth.unlock(sam.id, WRONG);
      await auth.unlock(sam.id, GOOD_PIN);
      auth.lock();
      clock.advanceSeconds(3600);
    }
    expect(onFailureBurst).not.toHaveBeenCalled();
  });

  it('still answers the keypad when reporting the burst fails', async () => {
    const log = vi.fn();
    const { auth, sam } = await twoStaff(new FakeClock(), {
      onFailureBurst: () => {
        throw new Error('no channel');
      },
      log,
    });
    for (let i = 0; i < 4; i += 1) await auth.unlock(sam.id, WRONG);
    expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'locked-out', waitSeconds: 30 });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no channel'));
  });
});
