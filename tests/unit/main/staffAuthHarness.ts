import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConfStore } from '../../../electron/main/services/confStore';
import { lazyStore } from '../../../electron/main/services/lazyStore';
import type { KeyValueStore } from '../../../electron/main/services/keyValueStore';
import { StaffAuth } from '../../../electron/main/services/staffAuth';

/** Cheap hash parameters so tests that make many PIN checks stay quick; the stored parameters are still used. */
export const TEST_HASH_PARAMS = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

export const GOOD_PIN = '482915';
export const OTHER_PIN = '730264';

/** A controllable clock: tests move time forward by hand. */
export class FakeClock {
  ms = Date.UTC(2026, 2, 10, 15, 0, 0);
  now = () => this.ms;
  advanceSeconds(seconds: number) {
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

export function staffAuthIn(cwd: string, clock: FakeClock, relockSeconds = 120): StaffAuth {
  return new StaffAuth(openStaffStore(cwd), { now: clock.now, relockSeconds: () => relockSeconds, hashParams: TEST_HASH_PARAMS });
}

/** A set-up kiosk with one staff member, Sam, whose PIN is GOOD_PIN. */
export async function setUpKiosk(clock = new FakeClock(), cwd = freshStaffDir()) {
  const auth = staffAuthIn(cwd, clock);
  const { staff, recoveryCode } = await auth.setup('Sam', GOOD_PIN);
  return { auth, clock, cwd, sam: staff, recoveryCode };
}
