import * as v from 'valibot';
import type { HouseSettings } from '../../../../shared/settings';
import { StaffNameSchema, type StaffMember } from '../../../../shared/staff';
import { recordStaffAction } from '../../db/repositories/audit';
import { kiosk, unwrap } from '../../lib/kiosk';
import { nav } from '../../lib/nav.svelte';
import { houseSettings } from '../../lib/settings.svelte';
import { staffSession } from '../../lib/staffSession.svelte';
import { loadDemoHouse } from '../../lib/startupData';
import { describeSettingsChange } from './areas/settings/settingsAudit';
import type { MessageKey } from '../../lib/messageKey';

export type SetupStep = 'name' | 'moderation' | 'pin' | 'recovery' | 'start';
export type ModerationMode = HouseSettings['moderationMode'];

/**
 * First run: the first staff account (name, then who reads shares first, then a PIN twice), its
 * recovery code shown once, then the choice of the example house or an empty one. The wall stays
 * behind this until it is done.
 */
export class SetupFlow {
  step = $state<SetupStep>('name');
  name = $state('');
  /** Locale key of what needs fixing, or null. */
  problemKey = $state<MessageKey | null>(null);
  busy = $state(false);
  recoveryCode = $state<string | null>(null);
  /** Changes when the PIN must be chosen afresh, so the PIN entry starts over. */
  pinAttempt = $state(0);
  /** Who reads shares first; the house chooses, nothing is assumed. */
  moderationMode = $state<ModerationMode | null>(null);
  /** The choice could not be saved: the start step says where to set it. */
  moderationNotSaved = $state(false);
  #staff: StaffMember | null = null;

  nameNext() {
    const parsed = v.safeParse(StaffNameSchema, this.name);
    if (!parsed.success) {
      this.problemKey = 'staff:accounts.nameNeeded';
      return;
    }
    this.name = parsed.output;
    this.problemKey = null;
    this.step = 'moderation';
  }

  moderationNext() {
    if (!this.moderationMode) {
      this.problemKey = 'staff:setup.moderationNeeded';
      return;
    }
    this.problemKey = null;
    this.step = 'pin';
  }

  backToName() {
    this.problemKey = null;
    this.step = 'name';
  }

  backToModeration() {
    this.problemKey = null;
    this.step = 'moderation';
  }

  choosePin = async (pin: string) => {
    if (this.busy) return;
    this.busy = true;
    try {
      const result = await kiosk.staff.setup({ name: this.name, pin });
      if (!result.ok) {
        this.problemKey = 'staff:setup.failed';
        this.pinAttempt += 1;
        return;
      }
      this.#staff = result.value.staff;
      this.recoveryCode = result.value.recoveryCode;
      this.problemKey = null;
      await recordStaffAction({ staffId: this.#staff.id, name: this.#staff.name }, 'staff.setupDone', this.#staff.name);
      this.moderationNotSaved = !(await this.#saveModeration(this.#staff, pin));
      this.step = 'recovery';
    } finally {
      this.busy = false;
    }
  };

  /**
   * Settings change only in an open staff session, so the new account opens one with the PIN it
   * has just chosen, saves the choice, and locks again at once.
   */
  async #saveModeration(staff: StaffMember, pin: string): Promise<boolean> {
    const mode = this.moderationMode;
    if (!mode) return false;
    try {
      const unlocked = await kiosk.staff.unlock({ staffId: staff.id, pin });
      if (!unlocked.ok || unlocked.value.outcome !== 'ok') return false;
      const before = houseSettings.current;
      await houseSettings.update({ moderationMode: mode });
      const detail = describeSettingsChange(before, houseSettings.current, { moderationMode: mode });
      await recordStaffAction({ staffId: staff.id, name: staff.name }, 'staff.settingsChanged', detail);
      return true;
    } catch {
      return false;
    } finally {
      await kiosk.staff.lock();
    }
  }

  written = () => {
    // The code leaves memory as soon as it has been written down.
    this.recoveryCode = null;
    this.step = 'start';
  };

  async start(withExampleHouse: boolean) {
    if (this.busy) return;
    this.busy = true;
    try {
      if (withExampleHouse) {
        const house = await unwrap(kiosk.app.exampleHouse());
        await loadDemoHouse(house, houseSettings.current);
        if (this.#staff) await recordStaffAction({ staffId: this.#staff.id, name: this.#staff.name }, 'staff.exampleHouseLoaded');
      }
      await staffSession.refresh();
      nav.home();
    } catch {
      this.problemKey = 'staff:setup.startFailed';
    } finally {
      this.busy = false;
    }
  }
}
