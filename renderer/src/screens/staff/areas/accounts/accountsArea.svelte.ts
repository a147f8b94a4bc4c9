import type { BridgeResult } from '../../../../../../shared/bridge/channel';
import { StaffNameSchema, type PinCheckResult, type StaffMember } from '../../../../../../shared/staff';
import * as v from 'valibot';
import { kiosk } from '../../../../lib/kiosk';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { waitMessage, type PadMessage } from '../../unlockFlow.svelte';
import type { MessageKey } from '../../../../lib/messageKey';

export type AccountsMode = 'list' | 'add' | 'changePin' | 'newCode';

export interface AccountsNotice extends PadMessage {
  kind: 'error' | 'done';
  name?: string;
}

/**
 * The staff accounts area: add a colleague, remove one (never yourself, never the last), change
 * your own PIN, make a new recovery code. Every change is checked by main and written to the audit log.
 */
export class AccountsArea {
  mode = $state<AccountsMode>('list');
  notice = $state.raw<AccountsNotice | null>(null);
  busy = $state(false);
  /** The account waiting for "Remove?" to be confirmed. */
  removing = $state.raw<StaffMember | null>(null);
  confirmingNewCode = $state(false);
  newCode = $state<string | null>(null);

  newName = $state('');
  addStep = $state<'name' | 'pin'>('name');
  nameProblemKey = $state<MessageKey | null>(null);

  changeStep = $state<'current' | 'new'>('current');
  currentPin = $state('');
  changeMessage = $state.raw<PadMessage | null>(null);
  #enteredCurrent = '';

  get members(): StaffMember[] {
    return staffSession.staff;
  }

  canRemove(member: StaffMember): boolean {
    return member.id !== staffSession.current?.staffId && this.members.length > 1;
  }

  cancel = () => {
    this.mode = 'list';
    this.newName = '';
    this.addStep = 'name';
    this.nameProblemKey = null;
    this.changeStep = 'current';
    this.currentPin = '';
    this.changeMessage = null;
    this.#enteredCurrent = '';
  };

  startAdd() {
    this.cancel();
    this.notice = null;
    this.mode = 'add';
  }

  nameNext() {
    const parsed = v.safeParse(StaffNameSchema, this.newName);
    if (!parsed.success) this.nameProblemKey = 'staff:accounts.nameNeeded';
    else if (this.members.some((m) => m.name.toLocaleLowerCase() === parsed.output.toLocaleLowerCase())) this.nameProblemKey = 'staff:accounts.nameTaken';
    else {
      this.newName = parsed.output;
      this.nameProblemKey = null;
      this.addStep = 'pin';
    }
  }

  addWithPin = async (pin: string) => {
    const name = this.newName;
    const added = await this.#call(kiosk.staff.addStaff({ name, pin }));
    if (!added) return;
    await staffSession.record('staff.staffAdded', added.name);
    await staffSession.refresh();
    this.cancel();
    this.notice = { key: 'staff:accounts.added', kind: 'done', name: added.name };
  };

  askRemove(member: StaffMember) {
    this.notice = null;
    this.removing = member;
  }

  async confirmRemove() {
    const member = this.removing;
    this.removing = null;
    if (!member) return;
    const removed = await this.#call(kiosk.staff.removeStaff({ staffId: member.id }));
    if (!removed) return;
    await staffSession.record('staff.staffRemoved', removed.name);
    await staffSession.refresh();
    this.notice = { key: 'staff:accounts.removed', kind: 'done', name: removed.name };
  }

  startChangePin() {
    this.cancel();
    this.notice = null;
    this.mode = 'changePin';
  }

  currentEntered = (pin: string) => {
    this.#enteredCurrent = pin;
    this.currentPin = '';
    this.changeMessage = null;
    this.changeStep = 'new';
  };

  changeTo = async (newPin: string) => {
    const result = await this.#call(kiosk.staff.changeOwnPin({ currentPin: this.#enteredCurrent, newPin }));
    if (!result) return;
    await this.#afterPinCheck(result);
  };

  async #afterPinCheck(result: PinCheckResult) {
    switch (result.outcome) {
      case 'ok':
        await staffSession.record('staff.ownPinChanged');
        this.cancel();
        this.notice = { key: 'staff:accounts.pinChanged', kind: 'done' };
        return;
      case 'wrong':
        this.cancel();
        this.mode = 'changePin';
        this.changeMessage = { key: 'staff:accounts.currentWrong' };
        return;
      case 'locked-out':
        this.cancel();
        this.mode = 'changePin';
        this.changeMessage = waitMessage(result.waitSeconds);
        return;
      case 'hard-locked':
        // Main has locked staff mode: the recovery code is needed now.
        await staffSession.lock();
    }
  }

  askNewCode() {
    this.notice = null;
    this.confirmingNewCode = true;
  }

  async confirmNewCode() {
    this.confirmingNewCode = false;
    const result = await this.#call(kiosk.staff.regenerateRecoveryCode());
    if (!result) return;
    await staffSession.record('staff.recoveryCodeRenewed');
    this.newCode = result.recoveryCode;
    this.mode = 'newCode';
  }

  codeWritten = () => {
    this.newCode = null;
    this.mode = 'list';
    this.notice = { key: 'staff:accounts.codeRenewed', kind: 'done' };
  };

  /** Runs one bridge call; a refusal becomes a notice, a 'forbidden' one relocks. */
  async #call<T>(pending: Promise<BridgeResult<T>>): Promise<T | null> {
    this.busy = true;
    try {
      const result = await pending;
      if (result.ok) return result.value;
      staffSession.handleRefusal(result.error);
      this.notice = { key: result.error.code === 'refused' ? 'staff:accounts.refused' : 'staff:accounts.failed', kind: 'error' };
      return null;
    } finally {
      this.busy = false;
    }
  }
}
