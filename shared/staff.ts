import * as v from 'valibot';

/**
 * Staff accounts as the bridge sees them: names, ids, PIN rules and the answers of the staff
 * channels. PIN hashes never appear here: they stay in the main process.
 */

export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;
/** Consecutive wrong PINs before the first wait. */
export const FAILURES_BEFORE_WAIT = 5;
/** The first wait; each further failure doubles it, up to LONGEST_WAIT_SECONDS. */
export const FIRST_WAIT_SECONDS = 30;
/** The longest wait, however many wrong PINs: nobody at the wall can keep staff out for hours. */
export const LONGEST_WAIT_SECONDS = 15 * 60;
/** Consecutive wrong PINs that hard-lock an account until the recovery code is used. */
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

/** One account's lockout: each staff member's wrong PINs count for that account alone. */
export type LockoutState =
  | { state: 'open'; attemptsLeftBeforeWait: number }
  | { state: 'waiting'; waitSeconds: number }
  | { state: 'hard-locked' };

export interface StaffStatus {
  /** No staff account exists yet: the wall is not usable until first-run setup is done. */
  needsSetup: boolean;
  staff: StaffMember[];
  /** Each account's lockout, by staff id; read it with lockoutOf. */
  lockouts: Record<string, LockoutState>;
  /** The recovery code's own wait after wrong codes; it never hard-locks, being the way back in. */
  recovery: LockoutState;
  session: StaffSessionInfo | null;
}

const NO_LOCKOUT: LockoutState = { state: 'open', attemptsLeftBeforeWait: FAILURES_BEFORE_WAIT };

/** The lockout of one account, looked up as an own property of the status. */
export function lockoutOf(status: Pick<StaffStatus, 'lockouts'>, staffId: string): LockoutState {
  return Object.prototype.hasOwnProperty.call(status.lockouts, staffId) ? (status.lockouts[staffId] ?? NO_LOCKOUT) : NO_LOCKOUT;
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
  | { outcome: 'wrong-code' }
  /** Too many wrong codes: the next try waits, at most LONGEST_WAIT_SECONDS. */
  | { outcome: 'locked-out'; waitSeconds: number };

export type PinProblem = 'length' | 'digits' | 'same-digit' | 'sequence' | 'repeat' | 'near-repeat' | 'date' | 'common';

/**
 * The PINs people pick most that no rule below catches: keypad shapes, mirrored, stepped and
 * lucky-number PINs from published analyses of leaked 6- to 10-digit PINs.
 */
const COMMON_PINS = new Set([
  '123321', '147258', '147852', '159357', '159753', '258369', '258456', '456123', '753951',
  '789456', '142536', '123654', '654123', '963852', '852456', '147369', '963741', '741963',
  '321654', '456789123', '123789', '987321', '789123', '520131', '520521', '201314', '131420',
  '1314520', '5201314', '5211314', '135790', '000123', '123450', '292513', '12344321',
  '14725836', '147258369', '789456123', '159753456', '12345679', '8675309',
]);

/** Why a PIN would be too easy to guess, or null when it is fine. Main enforces it; the renderer explains it. */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'length';
  const digits = [...pin].map(Number);
  if (digits.every((d) => d === digits[0])) return 'same-digit';
  if (isSteppedRun(digits)) return 'sequence';
  if (repeatsShorterPattern(pin) || isBlocks(pin)) return 'repeat';
  if (isNearRepeat(digits)) return 'near-repeat';
  if (isDate(pin)) return 'date';
  if (COMMON_PINS.has(pin)) return 'common';
  return null;
}

/** Each digit the same step from the last, wrapping past 9 and 0: 123456, 654321, 246802, 135791, 789012. */
function isSteppedRun(digits: number[]): boolean {
  const step = ((digits[1] ?? 0) - (digits[0] ?? 0) + 10) % 10;
  return digits.every((d, i) => i === 0 || (digits[i - 1]! + step) % 10 === d);
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

/** 112233, 111222333, 990011: blocks of one digit said at least twice each. */
function isBlocks(pin: string): boolean {
  return /^(?:(\d)\1+)+$/.test(pin);
}

/**
 * One digit away from one digit over and over, or from two digits taking turns: 111112, 000001,
 * 121213. For each position in the pattern the most frequent digit is the one kept.
 */
function isNearRepeat(digits: number[]): boolean {
  for (const period of [1, 2]) {
    let changes = 0;
    for (let start = 0; start < period; start += 1) {
      const column = digits.filter((_, i) => i % period === start);
      const counts = new Map<number, number>();
      for (const d of column) counts.set(d, (counts.get(d) ?? 0) + 1);
      changes += column.length - Math.max(...counts.values());
    }
    if (changes <= 1) return true;
  }
  return false;
}

/** Days in a month of a leap year: a birthday on 29 February is still a date. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDayOfMonth(day: string, month: string): boolean {
  const d = Number(day);
  const m = Number(month);
  return m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]!;
}

const isYear = (year: string) => Number(year) >= 1900 && Number(year) <= 2099;

/** A date, as birthdays and anniversaries are typed: DDMMYY, MMDDYY, YYYYMMDD, DDMMYYYY, MMDDYYYY. */
function isDate(pin: string): boolean {
  const part = (from: number, length: number) => pin.slice(from, from + length);
  if (pin.length === 6) return isDayOfMonth(part(0, 2), part(2, 2)) || isDayOfMonth(part(2, 2), part(0, 2));
  if (pin.length === 8) {
    return (
      (isYear(part(0, 4)) && isDayOfMonth(part(6, 2), part(4, 2))) ||
      (isYear(part(4, 4)) && (isDayOfMonth(part(0, 2), part(2, 2)) || isDayOfMonth(part(2, 2), part(0, 2))))
    );
  }
  return false;
}
