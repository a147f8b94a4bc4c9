import { describe, expect, it } from 'vitest';
import { waitMsAfter } from '../../../electron/main/services/staffAuth';
import { GOOD_PIN, OTHER_PIN, setUpKiosk, staffAuthIn } from './staffAuthHarness';

const WRONG = '999000';

describe('the kiosk-wide lockout', () => {
  it('counts down the attempts left before the first wait', async () => {
    const { auth, sam } = await setUpKiosk();
    for (const left of [4, 3, 2, 1]) {
      expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: left });
    }
    expect(auth.status().lockout).toEqual({ state: 'open', attemptsLeftBeforeWait: 1 });
  });

  it('waits 30 s after the fifth failure, then doubles the wait with each further failure', async () => {
    const { auth, clock, sam } = await setUpKiosk();
    for (let i = 0; i < 4; i += 1) await auth.unlock(sam.id, WRONG);
    const expectedWaits = [30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 30720, 61440, 122880, 245760, 491520];
    for (const wait of expectedWaits) {
      expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'locked-out', waitSeconds: wait });
      expect(auth.status().lockout).toEqual({ state: 'waiting', waitSeconds: wait });
      clock.advanceSeconds(wait);
    }
    expect(waitMsAfter(5)).toBe(30_000);
    expect(waitMsAfter(6)).toBe(60_000);
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
    expect(auth.status().lockout).toEqual({ state: 'open', attemptsLeftBeforeWait: 5 });
  });

  it('starts counting again from zero after a right PIN', async () => {
    const { auth, sam } = await setUpKiosk();
    for (let i = 0; i < 4; i += 1) await auth.unlock(sam.id, WRONG);
    await auth.unlock(sam.id, GOOD_PIN);
    expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: 4 });
  });

  it('is shared by every staff member: one keypad, one counter', async () => {
    const { auth, sam } = await setUpKiosk();
    await auth.unlock(sam.id, GOOD_PIN);
    const ana = await auth.addStaff('Ana', OTHER_PIN);
    auth.lock();
    for (let i = 0; i < 3; i += 1) await auth.unlock(sam.id, WRONG);
    expect(await auth.unlock(ana.id, WRONG)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: 1 });
  });

  it('hard-locks after 20 failures, so that no PIN opens it however long one waits', async () => {
    const { auth, clock, sam } = await setUpKiosk();
    for (let failures = 1; failures <= 19; failures += 1) {
      await auth.unlock(sam.id, WRONG);
      clock.advanceSeconds(waitMsAfter(failures) / 1000);
    }
    expect(await auth.unlock(sam.id, WRONG)).toEqual({ outcome: 'hard-locked' });
    expect(auth.status().lockout).toEqual({ state: 'hard-locked' });
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

  it('survives a restart: a new service on the same file keeps the wait and the hard lock', async () => {
    const { auth, clock, cwd, sam } = await setUpKiosk();
    for (let i = 0; i < 5; i += 1) await auth.unlock(sam.id, WRONG);
    clock.advanceSeconds(12);
    const restarted = staffAuthIn(cwd, clock);
    expect(restarted.status().lockout).toEqual({ state: 'waiting', waitSeconds: 18 });
    expect((await restarted.unlock(sam.id, GOOD_PIN)).outcome).toBe('locked-out');
    for (let failures = 5; failures < 20; failures += 1) {
      clock.advanceSeconds(waitMsAfter(failures) / 1000);
      await restarted.unlock(sam.id, WRONG);
    }
    const again = staffAuthIn(cwd, clock);
    expect(again.status().lockout).toEqual({ state: 'hard-locked' });
    expect(await again.unlock(sam.id, GOOD_PIN)).toEqual({ outcome: 'hard-locked' });
  });

  it('never shortens a wait when the clock is set backwards', async () => {
    const { auth, clock, sam } = await setUpKiosk();
    for (let i = 0; i < 5; i += 1) await auth.unlock(sam.id, WRONG);
    clock.advanceSeconds(-3600);
    expect(auth.status().lockout).toEqual({ state: 'waiting', waitSeconds: 30 });
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('locked-out');
  });
});
