import { staffAreas } from './areas';

/** Which staff area is open. Other screens may choose one before sending staff to staff mode. */
class StaffShellState {
  areaId = $state(staffAreas[0]?.id ?? '');

  get area() {
    return staffAreas.find((a) => a.id === this.areaId) ?? staffAreas[0];
  }

  open(areaId: string) {
    if (staffAreas.some((a) => a.id === areaId)) this.areaId = areaId;
  }

  /** The next unlock starts at the first area again. */
  reset() {
    this.areaId = staffAreas[0]?.id ?? '';
  }
}

export const staffShell = new StaffShellState();
