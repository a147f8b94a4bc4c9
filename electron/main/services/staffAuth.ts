import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { BridgeRefusal } from '../../../shared/bridge/channel';
import {
  FAILURES_BEFORE_HARD_LOCK,
  FAILURES_BEFORE_WAIT,
  FIRST_WAIT_SECONDS,
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

const LockoutSchema = v.object({
  failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastFailureAt: v.number(),
});
type Lockout = v.InferOutput<typeof LockoutSchema>;

/** What the staff store holds, one key each: a bad value under any key fails closed. */
const STORED = {
  accounts: v.array(AccountSchema),
  lockout: LockoutSchema,
  recoveryCode: SecretHashSchema,
} as const;
type StoredKey = keyof typeof STORED;

export interface StaffAuthOptions {
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
  /** Idle seconds after which staff mode relocks; read on each check so a settings change applies at once. */
  relockSeconds?: () => number;
  /** Cost of new hashes; tests lower it. Existing hashes are always checked with their own stored parameters. */
  hashParams?: ScryptParams;
}

/** The wait after a given number of consecutive failures: none below five, then 30 s doubling. */
export function waitMsAfter(failures: number): number {
  if (failures < FAILURES_BEFORE_WAIT) return 0;
  return FIRST_WAIT_SECONDS * 1000 * 2 ** (failures - FAILURES_BEFORE_WAIT);
}

/**
 * Staff accounts, PIN checks with a kiosk-wide progressive lockout, the recovery code, and the
 * one staff session of this kiosk. Everything is kept in its own store ('staff'), so a damaged
 * settings file cannot touch it; a damaged staff file throws StoreUnreadableError and nothing is
 * rewritten. Work that reads and then writes the counters runs one at a time, so parallel
 * guesses cannot slip past the lockout while a hash is being computed.
 */
export class StaffAuth {
  readonly #store: KeyValueStore;
  readonly #now: () => number;
  readonly #relockSeconds: () => number;
  readonly #hashParams: ScryptParams;
  #session: (StaffSessionInfo & { lastActivityAt: number }) | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #decoy: Promise<SecretHash> | undefined;

  constructor(store: KeyValueStore, options: StaffAuthOptions = {}) {
    this.#store = store;
    this.#now = options.now ?? Date.now;
    this.#relockSeconds = options.relockSeconds ?? (() => DEFAULT_RELOCK_SECONDS);
    this.#hashParams = options.hashParams ?? DEFAULT_SCRYPT_PARAMS;
  }

  status(): StaffStatus {
    const accounts = this.#accounts();
    return {
      needsSetup: accounts.length === 0,
      staff: accounts.map(memberOf),
      lockout: this.#lockoutState(),
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
      this.#session = { staffId: account.id, name: account.name, lastActivityAt: this.#now() };
      return { outcome: 'ok', session: memberSession(account) };
    });
  }

  lock(): void {
    this.#session = null;
  }

  /** The open session, or null; a session idle for longer than the relock time ends here. */
  current(): StaffSessionInfo | null {
    const session = this.#session;
    if (!session) return null;
    if (this.#now() - session.lastActivityAt >= this.#relockMs()) {
      this.lock();
      return null;
    }
    return { staffId: session.staffId, name: session.name };
  }

  /** Staff activity in the renderer keeps the session open; returns it, or null when it has ended. */
  touch(): StaffSessionInfo | null {
    const current = this.current();
    if (current && this.#session) this.#session.lastActivityAt = this.#now();
    return current;
  }

  /** For every action that changes main's data: refused unless staff mode is open. Counts as activity. */
  requireUnlocked(): StaffSessionInfo {
    const current = this.touch();
    if (!current) throw new BridgeRefusal('forbidden', 'Staff mode is locked.');
    return current;
  }

  /**
   * The recovery code lifts any lockout and sets a new PIN for the chosen staff member, who is
   * then signed in. The code works once: a new one replaces it and must be written down.
   */
  recover(code: string, staffId: string, newPin: string): Promise<RecoverResult> {
    return this.#exclusive(async () => {
      refuseWeakPin(newPin);
      const accounts = this.#accounts();
      const account = accounts.find((a) => a.id === staffId);
      const stored = this.#read('recoveryCode');
      const matches = stored ? await verifySecret(normaliseRecoveryCode(code), stored) : false;
      if (!matches || !account) return { outcome: 'wrong-code' };
      const updated = { ...account, pin: await hashSecret(newPin, this.#hashParams) };
      const recoveryCode = await this.#replaceRecoveryCode();
      this.#write('accounts', accounts.map((a) => (a.id === account.id ? updated : a)));
      this.#store.delete('lockout');
      this.#session = { staffId: account.id, name: account.name, lastActivityAt: this.#now() };
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
      return memberOf(account);
    });
  }

  /** Needs the current PIN, which counts towards the lockout like any other PIN entry. */
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

  /** The shared PIN check: honours waits and the hard lock, counts failures, clears them on success. */
  async #checkPin(account: Account | undefined, pin: string): Promise<PinCheckResult> {
    const state = this.#lockoutState();
    if (state.state === 'hard-locked') return { outcome: 'hard-locked' };
    if (state.state === 'waiting') return { outcome: 'locked-out', waitSeconds: state.waitSeconds };
    // An unknown id costs the same time as a known one and counts as a failure.
    const matches = await verifySecret(pin, account?.pin ?? (await this.#decoyHash()));
    if (matches && account) {
      this.#store.delete('lockout');
      return { outcome: 'ok' };
    }
    const failures = this.#lockout().failures + 1;
    this.#write('lockout', { failures, lastFailureAt: this.#now() });
    if (failures >= FAILURES_BEFORE_HARD_LOCK) return { outcome: 'hard-locked' };
    if (failures >= FAILURES_BEFORE_WAIT) return { outcome: 'locked-out', waitSeconds: waitMsAfter(failures) / 1000 };
    return { outcome: 'wrong', attemptsLeftBeforeWait: FAILURES_BEFORE_WAIT - failures };
  }

  #lockoutState(): LockoutState {
    const { failures, lastFailureAt } = this.#lockout();
    if (failures >= FAILURES_BEFORE_HARD_LOCK) return { state: 'hard-locked' };
    const wait = waitMsAfter(failures);
    // A clock set backwards must not shorten the wait, nor stretch it beyond its length.
    const remaining = Math.min(wait, lastFailureAt + wait - this.#now());
    if (remaining > 0) return { state: 'waiting', waitSeconds: Math.ceil(remaining / 1000) };
    return { state: 'open', attemptsLeftBeforeWait: Math.max(0, FAILURES_BEFORE_WAIT - failures) };
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

  #lockout(): Lockout {
    return this.#read('lockout') ?? { failures: 0, lastFailureAt: 0 };
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
  if (problem) throw new BridgeRefusal('refused', `That PIN is too easy to guess (${problem}).`);
}

function memberOf(account: Account): StaffMember {
  return { id: account.id, name: account.name };
}

function memberSession(account: Account): StaffSessionInfo {
  return { staffId: account.id, name: account.name };
}
