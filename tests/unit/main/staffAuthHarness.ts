import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConfStore } from '../../../electron/main/services/confStore';
import { lazyStore } from '../../../electron/main/services/lazyStore';
import type { KeyValueStore } from '../../../electron/main/services/keyValueStore';
import { StaffAuth, type StaffAuthOptions } from '../../../electron/main/services/staffAuth';

/** Cheap hash parameters so tests that make many PIN checks stay quick; the stored parameters are still used. */
export const TEST_HASH_PARAMS = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

export const GOOD_PIN = '482915';
export const OTHER_PIN = '730264';

/** A controllable clock: tests move time forward by hand, or move only the wall clock as a person setting it would. */
export class FakeClock {
  ms = Date.UTC(2026, 2, 10, 15, 0, 0);
  monotonicMs = 1_000;
  now = () => this.ms;
  monotonicNow = () => this.monotonicMs;
  advanceSeconds(seconds: number) {
    if (seconds < 0) throw new RangeError('Time only moves forward; use setWallClockBy to set the clock back.');
    this.ms += seconds * 1000;
    this.monotonicMs += seconds * 1000;
  }
  /** The wall clock is set forward or back; real time does not move. */
  setWallClockBy(seconds: number) {
    this.ms += seconds * 1000;
  }
}

export function freshStaffDir(): string {
  return mkdtempSync(join(tmpdir(), 'hearth-staff-'));
}

/** Opened as main opens it: lazily, so a damaged file fails the calls that read it. */
export function openStaffStore(cwd: string): KeyValueStore {
  return lazyStore(join(cwd, 'staff.json'), () => openConfStore({ cwd, name: 'staff' }));
}

export function staffAuthIn(cwd: string, clock: FakeClock, relockSeconds = 120, options: StaffAuthOptions = {}): StaffAuth {
  return new StaffAuth(openStaffStore(cwd), {
    now: clock.now,
    monotonicNow: clock.monotonicNow,
    relockSeconds: () => relockSeconds,
    hashParams: TEST_HASH_PARAMS,
    ...options,
  });
}

/**
 * The same staff file opened by a new service, as after a restart: the monotonic clock starts
 * again from an unrelated value, as a new process's does.
 */
export function restartedIn(cwd: string, clock: FakeClock, options: StaffAuthOptions = {}): StaffAuth {
  clock.monotonicMs = 5;
  return staffAuthIn(cwd, clock, 120, options);
}

/** A set-up kiosk with one staff member, Sam, whose PIN is GOOD_PIN. */
export async function setUpKiosk(clock = new FakeClock(), cwd = freshStaffDir(), options: StaffAuthOptions = {}) {
  const auth = staffAuthIn(cwd, clock, 120, options);
  const { staff, recoveryCode } = await auth.setup('Sam', GOOD_PIN);
  return { auth, clock, cwd, sam: staff, recoveryCode };
}
