import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as v from 'valibot';
import { BridgeRefusal } from '../../../shared/bridge/channel';
import {
  FAILURES_BEFORE_HARD_LOCK,
  FAILURES_BEFORE_WAIT,
  FIRST_WAIT_SECONDS,
  LONGEST_WAIT_SECONDS,
  StaffNameSchema,
  pinProblem,
  type LockoutState,
  type PinCheckResult,
  type RecoverResult,
  type SetupResult,
  type StaffMember,
  type StaffSessionInfo,
  type StaffStatus,
  type UnlockResult,
} from '../../../shared/staff';
import { StoreUnreadableError, type KeyValueStore } from './keyValueStore';
import { normaliseRecoveryCode, newRecoveryCode } from './recoveryCode';
import { DEFAULT_SCRYPT_PARAMS, SecretHashSchema, hashSecret, verifySecret, type ScryptParams, type SecretHash } from './secretHash';

const MAX_ACCOUNTS = 50;
const DEFAULT_RELOCK_SECONDS = 120;

const AccountSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: StaffNameSchema,
  pin: SecretHashSchema,
  createdAt: v.number(),
});
type Account = v.InferOutput<typeof AccountSchema>;

const LONGEST_WAIT_MS = LONGEST_WAIT_SECONDS * 1000;
/** Failures kept per counter; far past the hard lock, so the number stays small. */
const MOST_FAILURES_KEPT = 1000;

/**
 * One counter of wrong entries: an account's PINs, the recovery code, or ids that match no
 * account. `waitMs` is the wait that was still to run at `recordedAt` (wall clock): while Hearth
 * runs, waits are measured on a monotonic clock; the wall clock only credits the time that
 * passed while it was not running, never more than the wait itself.
 */
const CounterSchema = v.object({
  failures: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MOST_FAILURES_KEPT)),
  waitMs: v.pipe(v.number(), v.minValue(0), v.maxValue(LONGEST_WAIT_MS)),
  recordedAt: v.number(),
});
type Counter = v.InferOutput<typeof CounterSchema>;

/** The one kiosk-wide counter that earlier versions kept: read once, then written as per-account counters. */
const LegacyLockoutSchema = v.object({
  failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastFailureAt: v.number(),
});

/** What the staff store holds, one key each: a bad value under any key fails closed. */
const STORED = {
  accounts: v.array(AccountSchema),
  counters: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(80)), CounterSchema),
    v.check((counters) => Object.keys(counters).length <= MAX_ACCOUNTS * 2 + 2, 'one counter per account at most'),
  ),
  lockout: LegacyLockoutSchema,
  recoveryCode: SecretHashSchema,
} as const;
type StoredKey = keyof typeof STORED;

const RECOVERY_COUNTER = 'recovery';
/** Ids that match no account share one counter, so made-up ids cannot grow the file. */
const UNKNOWN_COUNTER = 'unknown';
const accountCounter = (staffId: string) => `staff:${staffId}`;

/** Wrong entries in a row (any account, or the recovery code) that make a burst. */
export const BURST_IN_A_ROW = 5;
/** Wrong entries within BURST_WINDOW_MS, across accounts, that make a burst. */
export const BURST_IN_WINDOW = 10;
/** A burst is reported at most once per window. */
export const BURST_WINDOW_MS = 10 * 60 * 1000;

const pages = new AsyncLocalStorage<string>();

/**
 * Runs bridge work on behalf of one page of the web preview. A staff session opened inside
 * belongs to that page: calls on behalf of any other page, or of none, find staff mode locked.
 * Electron's IPC answers its one window only and has no need of it.
 */
export function onBehalfOfPage<T>(page: string, work: () => T): T {
  return pages.run(page, work);
}

export interface StaffAuthOptions {
  /** Wall-clock milliseconds since the epoch, for records kept across restarts; tests pass a fake clock. */
  now?: () => number;
  /**
   * A clock that never jumps, in milliseconds, for waits and the relock while Hearth runs:
   * setting the wall clock back or forward neither stretches nor skips them.
   */
  monotonicNow?: () => number;
  /** Idle seconds after which staff mode relocks; read on each check so a settings change applies at once. */
  relockSeconds?: () => number;
  /** Cost of new hashes; tests lower it. Existing hashes are always checked with their own stored parameters. */
  hashParams?: ScryptParams;
  /**
   * Someone is trying many wrong PINs or recovery codes: BURST_IN_A_ROW in a row, or
   * BURST_IN_WINDOW within BURST_WINDOW_MS across accounts. Called at most once per window;
   * main raises a staff alert from it, which needs nobody to unlock.
   */
  onFailureBurst?: () => void;
  log?: (message: string) => void;
}

/** The wait after a given number of consecutive failures: none below five, then 30 s doubling, at most 15 minutes. */
export function waitMsAfter(failures: number): number {
  if (failures < FAILURES_BEFORE_WAIT) return 0;
  const doublings = Math.min(failures - FAILURES_BEFORE_WAIT, 32);
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_SECONDS * 1000 * 2 ** doublings);
}

/**
 * Staff accounts, PIN checks with a progressive lockout per account, the recovery code, and the
 * one staff session of this kiosk. Everything is kept in its own store ('staff'), so a damaged
 * settings file cannot touch it; a damaged staff file throws StoreUnreadableError and nothing is
 * rewritten. Work that reads and then writes the counters runs one at a time, so parallel
 * guesses cannot slip past the lockout while a hash is being computed.
 */
export class StaffAuth {
  readonly #store: KeyValueStore;
  readonly #now: () => number;
  readonly #monotonicNow: () => number;
  readonly #relockSeconds: () => number;
  readonly #hashParams: ScryptParams;
  readonly #onFailureBurst: (() => void) | undefined;
  readonly #log: (message: string) => void;
  #session: (StaffSessionInfo & { lastActivityAt: number; page: string | undefined }) | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #decoy: Promise<SecretHash> | undefined;
  /** When each running wait ends on the monotonic clock, with the stored record it was taken from. */
  readonly #waitEnds = new Map<string, { failures: number; recordedAt: number; endsAt: number }>();
  #failuresInARow = 0;
  /** Monotonic times of the latest failures, at most BURST_IN_WINDOW of them. */
  #recentFailures: number[] = [];
  #lastBurstAt: number | undefined;

  constructor(store: KeyValueStore, options: StaffAuthOptions = {}) {
    this.#store = store;
    this.#now = options.now ?? Date.now;
    this.#monotonicNow = options.monotonicNow ?? (() => performance.now());
    this.#relockSeconds = options.relockSeconds ?? (() => DEFAULT_RELOCK_SECONDS);
    this.#hashParams = options.hashParams ?? DEFAULT_SCRYPT_PARAMS;
    this.#onFailureBurst = options.onFailureBurst;
    this.#log = options.log ?? ((message) => console.error(`[staff] ${message}`));
  }

  status(): StaffStatus {
    const accounts = this.#accounts();
    const counters = this.#counters();
    return {
      needsSetup: accounts.length === 0,
      staff: accounts.map(memberOf),
      lockouts: Object.fromEntries(accounts.map((a) => [a.id, this.#stateOf(counters, accountCounter(a.id))])),
      recovery: this.#stateOf(counters, RECOVERY_COUNTER),
      session: this.current(),
    };
  }

  /** Creates the first account and the recovery code. Refused once any account exists. */
  setup(name: string, pin: string): Promise<SetupResult> {
    return this.#exclusive(async () => {
      if (this.#accounts().length > 0) throw new BridgeRefusal('refused', 'Hearth is already set up.');
      const account = await this.#newAccount(name, pin, []);
      const recoveryCode = await this.#replaceRecoveryCode();
      this.#write('accounts', [account]);
      return { staff: memberOf(account), recoveryCode };
    });
  }

  unlock(staffId: string, pin: string): Promise<UnlockResult> {
    return this.#exclusive(async () => {
      const account = this.#accounts().find((a) => a.id === staffId);
      const checked = await this.#checkPin(account, pin);
      if (checked.outcome !== 'ok' || !account) return checked as UnlockResult;
      this.#openSession(account);
      return { outcome: 'ok', session: memberSession(account) };
    });
  }

  lock(): void {
    this.#session = null;
  }

  /**
   * The open session, or null; a session idle for longer than the relock time ends here. In the
   * web preview, a session belongs to the page that opened it: any other caller sees null.
   */
  current(): StaffSessionInfo | null {
    const session = this.#session;
    if (!session) return null;
    if (this.#monotonicNow() - session.lastActivityAt >= this.#relockMs()) {
      this.lock();
      return null;
    }
    if (session.page !== pages.getStore()) return null;
    return { staffId: session.staffId, name: session.name };
  }

  /** Staff activity in the renderer keeps the session open; returns it, or null when it has ended. */
  touch(): StaffSessionInfo | null {
    const current = this.current();
    if (current && this.#session) this.#session.lastActivityAt = this.#monotonicNow();
    return current;
  }

  /** For every action that changes main's data: refused unless staff mode is open. Counts as activity. */
  requireUnlocked(): StaffSessionInfo {
    const current = this.touch();
    if (!current) throw new BridgeRefusal('forbidden', 'Staff mode is locked.');
    return current;
  }

  /**
   * The recovery code lifts every lockout and sets a new PIN for the chosen staff member, who is
   * then signed in. The code works once: a new one replaces it and must be written down. Wrong
   * codes count like wrong PINs, on a counter of their own that waits but never hard-locks.
   */
  recover(code: string, staffId: string, newPin: string): Promise<RecoverResult> {
    return this.#exclusive(async () => {
      refuseWeakPin(newPin);
      const state = this.#stateOf(this.#counters(), RECOVERY_COUNTER);
      if (state.state === 'waiting') return { outcome: 'locked-out', waitSeconds: state.waitSeconds };
      const accounts = this.#accounts();
      const account = accounts.find((a) => a.id === staffId);
      const stored = this.#read('recoveryCode');
      const matches = stored ? await verifySecret(normaliseRecoveryCode(code), stored) : false;
      if (!matches || !account) {
        const failures = this.#countFailure(RECOVERY_COUNTER);
        return failures >= FAILURES_BEFORE_WAIT ? { outcome: 'locked-out', waitSeconds: waitMsAfter(failures) / 1000 } : { outcome: 'wrong-code' };
      }
      const updated = { ...account, pin: await hashSecret(newPin, this.#hashParams) };
      const recoveryCode = await this.#replaceRecoveryCode();
      this.#write('accounts', accounts.map((a) => (a.id === account.id ? updated : a)));
      this.#writeCounters(new Map());
      this.#waitEnds.clear();
      this.#failuresInARow = 0;
      this.#openSession(account);
      return { outcome: 'ok', session: memberSession(account), recoveryCode };
    });
  }

  addStaff(name: string, pin: string): Promise<StaffMember> {
    return this.#exclusive(async () => {
      this.requireUnlocked();
      const accounts = this.#accounts();
      if (accounts.length >= MAX_ACCOUNTS) throw new BridgeRefusal('refused', 'There are already as many staff accounts as Hearth keeps.');
      const account = await this.#newAccount(name, pin, accounts);
      this.#write('accounts', [...accounts, account]);
      return memberOf(account);
    });
  }

  /** Removes another staff member's account; never the last one, and never your own. */
  removeStaff(staffId: string): Promise<StaffMember> {
    return this.#exclusive(async () => {
      const session = this.requireUnlocked();
      const accounts = this.#accounts();
      const account = accounts.find((a) => a.id === staffId);
      if (!account) throw new BridgeRefusal('not-found', 'No such staff member.');
      if (account.id === session.staffId) throw new BridgeRefusal('refused', 'Another staff member must remove your account.');
      if (accounts.length <= 1) throw new BridgeRefusal('refused', 'The last staff account cannot be removed.');
      this.#write('accounts', accounts.filter((a) => a.id !== staffId));
      const counters = this.#counters();
      if (counters.delete(accountCounter(staffId))) this.#writeCounters(counters);
      return memberOf(account);
    });
  }

  /** Needs the current PIN, which counts towards the account's lockout like any other PIN entry. */
  changeOwnPin(currentPin: string, newPin: string): Promise<PinCheckResult> {
    return this.#exclusive(async () => {
      const session = this.requireUnlocked();
      refuseWeakPin(newPin);
      if (newPin === currentPin) throw new BridgeRefusal('refused', 'The new PIN must differ from the current one.');
      const accounts = this.#accounts();
      const account = accounts.find((a) => a.id === session.staffId);
      const checked = await this.#checkPin(account, currentPin);
      if (checked.outcome === 'hard-locked') this.lock();
      if (checked.outcome !== 'ok' || !account) return checked as PinCheckResult;
      const updated = { ...account, pin: await hashSecret(newPin, this.#hashParams) };
      this.#write('accounts', accounts.map((a) => (a.id === account.id ? updated : a)));
      return { outcome: 'ok' };
    });
  }

  /** A new recovery code, shown once; the old one stops working. */
  regenerateRecoveryCode(): Promise<string> {
    return this.#exclusive(async () => {
      this.requireUnlocked();
      return this.#replaceRecoveryCode();
    });
  }

  #openSession(account: Account): void {
    this.#session = { staffId: account.id, name: account.name, lastActivityAt: this.#monotonicNow(), page: pages.getStore() };
  }

  /** The shared PIN check: honours the account's wait and hard lock, counts failures, clears them on success. */
  async #checkPin(account: Account | undefined, pin: string): Promise<PinCheckResult> {
    const key = account ? accountCounter(account.id) : UNKNOWN_COUNTER;
    const state = this.#stateOf(this.#counters(), key);
    if (state.state === 'hard-locked') return { outcome: 'hard-locked' };
    if (state.state === 'waiting') return { outcome: 'locked-out', waitSeconds: state.waitSeconds };
    // An unknown id costs the same time as a known one and counts as a failure.
    const matches = await verifySecret(pin, account?.pin ?? (await this.#decoyHash()));
    if (matches && account) {
      const counters = this.#counters();
      if (counters.delete(key)) this.#writeCounters(counters);
      this.#waitEnds.delete(key);
      this.#failuresInARow = 0;
      return { outcome: 'ok' };
    }
    const failures = this.#countFailure(key);
    if (failures >= FAILURES_BEFORE_HARD_LOCK) return { outcome: 'hard-locked' };
    if (failures >= FAILURES_BEFORE_WAIT) return { outcome: 'locked-out', waitSeconds: waitMsAfter(failures) / 1000 };
    return { outcome: 'wrong', attemptsLeftBeforeWait: FAILURES_BEFORE_WAIT - failures };
  }

  /** Counts one wrong entry on a counter, starts its wait, and watches for a burst. Returns the failures in a row. */
  #countFailure(key: string): number {
    const counters = this.#counters();
    const failures = Math.min(MOST_FAILURES_KEPT, (counters.get(key)?.failures ?? 0) + 1);
    const record: Counter = { failures, waitMs: waitMsAfter(failures), recordedAt: this.#now() };
    counters.set(key, record);
    this.#writeCounters(counters);
    this.#waitEnds.set(key, { failures, recordedAt: record.recordedAt, endsAt: this.#monotonicNow() + record.waitMs });
    this.#watchForBurst(failures);
    return failures;
  }

  #watchForBurst(failuresOnCounter: number): void {
    const at = this.#monotonicNow();
    this.#failuresInARow += 1;
    this.#recentFailures = [...this.#recentFailures, at].filter((t) => at - t < BURST_WINDOW_MS).slice(-BURST_IN_WINDOW);
    const burst =
      this.#failuresInARow >= BURST_IN_A_ROW || failuresOnCounter >= BURST_IN_A_ROW || this.#recentFailures.length >= BURST_IN_WINDOW;
    if (!burst || (this.#lastBurstAt !== undefined && at - this.#lastBurstAt < BURST_WINDOW_MS)) return;
    this.#lastBurstAt = at;
    try {
      this.#onFailureBurst?.();
    } catch (error) {
      // Telling staff must not change what the person at the keypad is told.
      this.#log(`Could not report a burst of wrong PINs: ${String(error)}`);
    }
  }

  /** A counter's lockout now. The recovery counter waits but never hard-locks: it is the way back in. */
  #stateOf(counters: Map<string, Counter>, key: string): LockoutState {
    const record = counters.get(key);
    if (!record) return { state: 'open', attemptsLeftBeforeWait: FAILURES_BEFORE_WAIT };
    if (key !== RECOVERY_COUNTER && record.failures >= FAILURES_BEFORE_HARD_LOCK) return { state: 'hard-locked' };
    const remaining = this.#remainingWaitMs(key, record);
    if (remaining > 0) return { state: 'waiting', waitSeconds: Math.ceil(remaining / 1000) };
    return { state: 'open', attemptsLeftBeforeWait: Math.max(0, FAILURES_BEFORE_WAIT - record.failures) };
  }

  #remainingWaitMs(key: string, record: Counter): number {
    const monotonic = this.#monotonicNow();
    const known = this.#waitEnds.get(key);
    if (known && known.failures === record.failures && known.recordedAt === record.recordedAt) return Math.max(0, known.endsAt - monotonic);
    // A record this run has not seen (kept from before a restart): the wall clock may credit the
    // time Hearth was not running, but nothing when it went back, and never more than the wait.
    const credited = Math.min(record.waitMs, Math.max(0, this.#now() - record.recordedAt));
    const remaining = record.waitMs - credited;
    this.#waitEnds.set(key, { failures: record.failures, recordedAt: record.recordedAt, endsAt: monotonic + remaining });
    return remaining;
  }

  async #newAccount(name: string, pin: string, existing: Account[]): Promise<Account> {
    const cleanName = v.parse(StaffNameSchema, name);
    refuseWeakPin(pin);
    if (existing.some((a) => a.name.toLocaleLowerCase() === cleanName.toLocaleLowerCase())) {
      throw new BridgeRefusal('refused', 'A staff member with this name already exists.');
    }
    return { id: randomUUID(), name: cleanName, pin: await hashSecret(pin, this.#hashParams), createdAt: this.#now() };
  }

  async #replaceRecoveryCode(): Promise<string> {
    const code = newRecoveryCode();
    this.#write('recoveryCode', await hashSecret(normaliseRecoveryCode(code), this.#hashParams));
    return code;
  }

  #decoyHash(): Promise<SecretHash> {
    this.#decoy ??= hashSecret(randomUUID(), this.#hashParams);
    return this.#decoy;
  }

  #relockMs(): number {
    try {
      return this.#relockSeconds() * 1000;
    } catch {
      // An unreadable settings file must not keep staff mode open longer than the default.
      return DEFAULT_RELOCK_SECONDS * 1000;
    }
  }

  #accounts(): Account[] {
    return this.#read('accounts') ?? [];
  }

  /**
   * Every counter, by key. A kiosk-wide counter kept by an earlier version applies to every
   * account until the next write replaces it: a kiosk that was hard-locked stays hard-locked.
   */
  #counters(): Map<string, Counter> {
    const counters = new Map(Object.entries(this.#read('counters') ?? {}));
    const legacy = this.#read('lockout');
    if (legacy && legacy.failures > 0) {
      const failures = Math.min(MOST_FAILURES_KEPT, legacy.failures);
      const record: Counter = { failures, waitMs: waitMsAfter(failures), recordedAt: legacy.lastFailureAt };
      for (const account of this.#accounts()) {
        const key = accountCounter(account.id);
        if (!counters.has(key)) counters.set(key, record);
      }
    }
    return counters;
  }

  #writeCounters(counters: Map<string, Counter>): void {
    this.#write('counters', Object.fromEntries(counters));
    if (this.#store.get('lockout') !== undefined) this.#store.delete('lockout');
  }

  #read<K extends StoredKey>(key: K): v.InferOutput<(typeof STORED)[K]> | undefined {
    const raw = this.#store.get(key);
    if (raw === undefined) return undefined;
    const parsed = v.safeParse(STORED[key], raw);
    if (!parsed.success) throw new StoreUnreadableError(this.#store.path, new Error(`The stored ${key} does not fit.`));
    return parsed.output as v.InferOutput<(typeof STORED)[K]>;
  }

  #write<K extends StoredKey>(key: K, value: v.InferOutput<(typeof STORED)[K]>): void {
    this.#store.set(key, value);
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}

function refuseWeakPin(pin: string): void {
  const problem = pinProblem(pin);
  // The reason code in brackets is the one the renderer explains in plain words (staff:pinProblem.*).
  if (problem) throw new BridgeRefusal('refused', `That PIN is too easy to guess (${problem}).`);
}

function memberOf(account: Account): StaffMember {
  return { id: account.id, name: account.name };
}

function memberSession(account: Account): StaffSessionInfo {
  return { staffId: account.id, name: account.name };
}
