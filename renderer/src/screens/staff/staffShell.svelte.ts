import { FIRST_AREA, staffAreas } from './areas';

/**
 * Which staff area is open. Other screens may choose one before sending staff to staff mode;
 * otherwise unlocking lands on "Needs you now" when anything waits, and on the first area when not.
 */
class StaffShellState {
  areaId = $state(FIRST_AREA);
  /** An area was chosen before staff mode opened, so landing leaves it be. */
  #chosen = false;

  get area() {
    return staffAreas.find((a) => a.id === this.areaId) ?? staffAreas[0];
  }

  open(areaId: string) {
    if (!staffAreas.some((a) => a.id === areaId)) return;
    this.areaId = areaId;
    this.#chosen = true;
  }

  /** Staff mode has opened: to "Needs you now" if something waits and no other area was asked for. */
  land(somethingWaits: boolean) {
    if (somethingWaits && !this.#chosen) this.areaId = 'needs';
    this.#chosen = true;
  }

  /** The next unlock starts afresh. */
  reset() {
    this.areaId = FIRST_AREA;
    this.#chosen = false;
  }
}

export const staffShell = new StaffShellState();
