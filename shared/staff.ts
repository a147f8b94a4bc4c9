import * as v from 'valibot';

/**
 * Staff accounts as the bridge sees them: names, ids, PIN rules and the answers of the staff
 * channels. PIN hashes never appear here: they stay in the main process.
 */

export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;
/** Consecutive wrong PINs before the first wait. */
export const FAILURES_BEFORE_WAIT = 5;
/** The first wait; each further failure doubles it. */
export const FIRST_WAIT_SECONDS = 30;
/** Consecutive wrong PINs that hard-lock the kiosk until the recovery code is used. */
export const FAILURES_BEFORE_HARD_LOCK = 20;

export const PinSchema = v.pipe(v.string(), v.regex(/^\d{6,12}$/, 'a PIN of 6 to 12 digits'));
export const StaffNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(40),
  v.regex(/^[^\p{Cc}\p{Cf}]*$/u, 'no control or invisible characters'),
);
export const StaffIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
/** Typed by hand, so spaces, dashes and lower case are allowed and removed in main. */
export const RecoveryCodeInputSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(40));

export interface StaffMember {
  id: string;
  name: string;
}

/** Who has staff mode open right now. */
export interface StaffSessionInfo {
  staffId: string;
  name: string;
}

/** The kiosk's one keypad: its lockout is shared by every staff member. */
export type LockoutState =
  | { state: 'open'; attemptsLeftBeforeWait: number }
  | { state: 'waiting'; waitSeconds: number }
  | { state: 'hard-locked' };

export interface StaffStatus {
  /** No staff account exists yet: the wall is not usable until first-run setup is done. */
  needsSetup: boolean;
  staff: StaffMember[];
  lockout: LockoutState;
  session: StaffSessionInfo | null;
}

export type UnlockResult =
  | { outcome: 'ok'; session: StaffSessionInfo }
  | { outcome: 'wrong'; attemptsLeftBeforeWait: number }
  | { outcome: 'locked-out'; waitSeconds: number }
  | { outcome: 'hard-locked' };

/** A PIN check that is not a plain unlock (changing your own PIN) answers the same way, minus the session. */
export type PinCheckResult = Exclude<UnlockResult, { outcome: 'ok' }> | { outcome: 'ok' };

export interface SetupResult {
  staff: StaffMember;
  /** Shown once, never stored in readable form. */
  recoveryCode: string;
}

export type RecoverResult =
  | {
      outcome: 'ok';
      session: StaffSessionInfo;
      /** The used code no longer works; this new one replaces it and is shown once. */
      recoveryCode: string;
    }
  | { outcome: 'wrong-code' };

export type PinProblem = 'length' | 'digits' | 'same-digit' | 'sequence' | 'repeat' | 'common';

/** PINs people pick first that no rule below catches (keypad shapes, mirrored and stepped patterns). */
const COMMON_PINS = new Set([
  '112233',
  '123321',
  '147258',
  '147852',
  '159357',
  '159753',
  '258369',
  '258456',
  '369258',
  '456123',
  '753951',
  '789456',
  '102030',
  '010203',
  '111222',
  '000111',
  '998877',
  '778899',
  '112358',
  '142536',
  '123654',
  '654123',
]);

/** Why a PIN would be too easy to guess, or null when it is fine. Main enforces it; the renderer explains it. */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'length';
  if (/^(\d)\1*$/.test(pin)) return 'same-digit';
  if (isRun(pin, 1) || isRun(pin, -1)) return 'sequence';
  if (repeatsShorterPattern(pin)) return 'repeat';
  if (COMMON_PINS.has(pin)) return 'common';
  return null;
}

/** 123456, 654321, and the same wrapping past 9 or 0 (789012). */
function isRun(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i += 1) {
    if ((Number(pin[i - 1]) + step + 10) % 10 !== Number(pin[i])) return false;
  }
  return true;
}

/** 121212, 123123, 1212121: the PIN is a shorter pattern said again. */
function repeatsShorterPattern(pin: string): boolean {
  for (let period = 1; period <= pin.length / 2; period += 1) {
    let repeats = true;
    for (let i = period; i < pin.length && repeats; i += 1) repeats = pin[i] === pin[i - period];
    if (repeats) return true;
  }
  return false;
}
