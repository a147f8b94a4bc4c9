import type { LockoutState, StaffSessionInfo } from '../../../../shared/staff';
import { kiosk } from '../../lib/kiosk';
import { staffSession } from '../../lib/staffSession.svelte';
import type { MessageKey } from '../../lib/messageKey';

const CODE_CHARACTERS = 16;

/**
 * Using the recovery code: the code and whose PIN to reset, then the new PIN twice. Main checks
 * the code, lifts any lockout, signs that staff member in and hands out a new code, shown once.
 */
export class RecoveryFlow {
  step = $state<'code' | 'pin' | 'newCode'>('code');
  code = $state('');
  staffId = $state<string | null>(null);
  /** Locale key of what went wrong, or null, and the count it says (minutes to wait). */
  problemKey = $state<MessageKey | null>(null);
  problemCount = $state<number | undefined>(undefined);
  busy = $state(false);
  newCode = $state<string | null>(null);
  #session: StaffSessionInfo | null = null;

  constructor(staffId: string | null) {
    this.staffId = staffId;
  }

  /** Main counts wrong codes: after too many, the next try waits, at most a quarter of an hour. */
  applyWait(recovery: LockoutState) {
    if (recovery.state !== 'waiting') return;
    this.problemKey = 'staff:recover.wait';
    this.problemCount = Math.ceil(recovery.waitSeconds / 60);
  }

  toPin() {
    this.problemCount = undefined;
    if (this.code.replace(/[^a-z0-9]/gi, '').length !== CODE_CHARACTERS) this.problemKey = 'staff:recover.codeShape';
    else if (!this.staffId) this.problemKey = 'staff:recover.pickName';
    else {
      this.problemKey = null;
      this.step = 'pin';
    }
  }

  choose = async (newPin: string) => {
    if (!this.staffId || this.busy) return;
    this.busy = true;
    try {
      const result = await kiosk.staff.recover({ code: this.code, staffId: this.staffId, newPin });
      if (!result.ok) {
        this.problemKey = 'staff:recover.failed';
        this.step = 'code';
      } else if (result.value.outcome === 'wrong-code') {
        this.problemKey = 'staff:recover.wrongCode';
        this.step = 'code';
      } else if (result.value.outcome === 'locked-out') {
        this.applyWait({ state: 'waiting', waitSeconds: result.value.waitSeconds });
        this.step = 'code';
      } else {
        this.#session = result.value.session;
        this.newCode = result.value.recoveryCode;
        this.code = '';
        this.step = 'newCode';
      }
    } finally {
      this.busy = false;
    }
  };

  /** The new code is written down: staff mode opens, if main has not relocked meanwhile. */
  async done(): Promise<boolean> {
    this.newCode = null;
    const still = await kiosk.staff.touch();
    if (!still.ok || !still.value || !this.#session) return false;
    staffSession.signedIn(still.value);
    await staffSession.record('staff.recoveryCodeUsed', still.value.name);
    return true;
  }
}
