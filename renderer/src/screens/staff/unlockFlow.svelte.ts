import { lockoutOf, type LockoutState, type StaffMember, type UnlockResult } from '../../../../shared/staff';
import { clock } from '../../lib/clock.svelte';
import { kiosk } from '../../lib/kiosk';
import { staffSession } from '../../lib/staffSession.svelte';
import { RecoveryFlow } from './recoveryFlow.svelte';
import type { MessageKey } from '../../lib/messageKey';

export type UnlockStep = 'pick' | 'pin' | 'recover';

/** A message for the staff member at the keypad: a locale key and its count. */
export interface PadMessage {
  key: MessageKey;
  count?: number;
}

/**
 * Unlocking staff mode: pick your name, type your PIN. A house with one staff account has no
 * name to pick: its PIN pad comes first, still saying whose PIN it asks for. Main checks the PIN
 * and keeps a lockout for each account; this class shows the chosen account's, counts a wait down
 * live, and offers the recovery code when that account is hard-locked.
 */
export class UnlockFlow {
  step = $state<UnlockStep>('pick');
  chosen = $state.raw<StaffMember | null>(null);
  pin = $state('');
  message = $state.raw<PadMessage | null>(null);
  busy = $state(false);
  hardLocked = $state(false);
  recovery = $state.raw<RecoveryFlow | null>(null);
  #waitUntilMs = $state<number | null>(null);
  #waitSeconds = $state(0);

  constructor() {
    // The names are usually known already (the wall asked main at start-up): no list of one to flash by.
    this.#skipNameIfAlone();
  }

  /** Seconds of the current wait still to run, counted down by the wall clock. */
  get waitSecondsLeft(): number {
    if (this.#waitUntilMs === null) return 0;
    return Math.max(0, Math.min(this.#waitSeconds, Math.ceil((this.#waitUntilMs - clock.nowMs) / 1000)));
  }

  get waiting(): boolean {
    return this.waitSecondsLeft > 0;
  }

  /** Takes the chosen account's lockout as main last reported it. */
  applyLockout(lockout: LockoutState) {
    this.hardLocked = lockout.state === 'hard-locked';
    if (lockout.state === 'waiting') this.#startWait(lockout.waitSeconds);
    else this.#waitUntilMs = null;
  }

  /** The only staff account, when there is exactly one. */
  get onlyAccount(): StaffMember | null {
    const staff = staffSession.staff;
    return staff.length === 1 ? (staff[0] ?? null) : null;
  }

  async open() {
    this.#skipNameIfAlone();
    const status = await staffSession.refresh();
    // Main's answer may be the first, or may say the accounts changed.
    this.#skipNameIfAlone();
    if (this.chosen) this.applyLockout(lockoutOf(status, this.chosen.id));
  }

  /** With one account, its PIN pad instead of a list of one name; a message for it stays. */
  #skipNameIfAlone() {
    const only = this.onlyAccount;
    if (this.step !== 'pick' || !only) return;
    this.chosen = only;
    this.pin = '';
    this.step = 'pin';
    if (staffSession.status) this.applyLockout(lockoutOf(staffSession.status, only.id));
  }

  choose(member: StaffMember) {
    this.chosen = member;
    this.pin = '';
    this.message = null;
    this.step = 'pin';
    if (staffSession.status) this.applyLockout(lockoutOf(staffSession.status, member.id));
    // Main's answer may be newer than the one the names came with.
    void this.open();
  }

  back() {
    this.pin = '';
    this.message = null;
    this.recovery = null;
    this.hardLocked = false;
    this.#waitUntilMs = null;
    this.step = 'pick';
    this.#skipNameIfAlone();
  }

  /** While the new recovery code is on screen, staff mode waits for it to be written down. */
  get showingNewCode(): boolean {
    return this.recovery?.step === 'newCode';
  }

  startRecovery() {
    this.message = null;
    this.recovery = new RecoveryFlow(this.chosen?.id ?? null);
    if (staffSession.status) this.recovery.applyWait(staffSession.status.recovery);
    this.step = 'recover';
  }

  async finishRecovery() {
    const opened = await this.recovery?.done();
    this.recovery = null;
    this.hardLocked = false;
    this.#waitUntilMs = null;
    this.step = 'pick';
    // Main relocked meanwhile: its lockout is read afresh, since the recovery lifted the one the pad last knew.
    if (!opened) await staffSession.refresh();
    this.#skipNameIfAlone();
    if (!opened) this.message = { key: 'staff:recover.relocked' };
  }

  submit = async (pin: string) => {
    if (!this.chosen || this.busy || this.waiting) return;
    this.busy = true;
    try {
      const result = await kiosk.staff.unlock({ staffId: this.chosen.id, pin });
      this.pin = '';
      if (!result.ok) {
        this.message = { key: 'staff:unlock.failed' };
        return;
      }
      await this.#show(result.value);
    } finally {
      this.busy = false;
    }
  };

  async #show(result: UnlockResult) {
    switch (result.outcome) {
      case 'ok':
        this.message = null;
        staffSession.signedIn(result.session);
        await staffSession.record('staff.unlocked');
        return;
      case 'wrong':
        this.message = { key: result.attemptsLeftBeforeWait <= 2 ? 'staff:unlock.wrongFewLeft' : 'staff:unlock.wrong', count: result.attemptsLeftBeforeWait };
        return;
      case 'locked-out':
        this.message = null;
        this.#startWait(result.waitSeconds);
        return;
      case 'hard-locked':
        this.message = null;
        this.hardLocked = true;
    }
  }

  #startWait(seconds: number) {
    this.#waitSeconds = seconds;
    this.#waitUntilMs = Date.now() + seconds * 1000;
  }
}

/** How long a wait is, in the unit a person would say. */
export function waitMessage(seconds: number): PadMessage {
  if (seconds <= 90) return { key: 'staff:unlock.waitSeconds', count: seconds };
  if (seconds <= 90 * 60) return { key: 'staff:unlock.waitMinutes', count: Math.ceil(seconds / 60) };
  return { key: 'staff:unlock.waitHours', count: Math.ceil(seconds / 3600) };
}
