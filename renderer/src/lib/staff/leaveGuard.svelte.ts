/**
 * What a form held when it opened, to tell later whether leaving it would lose anything.
 * `values` reads every field staff can change, as plain data.
 */
export class Baseline {
  readonly #values: () => unknown;
  readonly #start: string;

  constructor(values: () => unknown) {
    this.#values = values;
    this.#start = JSON.stringify(values());
  }

  get changed(): boolean {
    return JSON.stringify(this.#values()) !== this.#start;
  }
}

/**
 * Leaving a changed form asks first. The open staff area tells the guard how to see unsaved
 * changes; Cancel, another area and Lock go through `leave`, which runs at once when nothing would
 * be lost and otherwise waits for staff to choose "Leave without saving" or "Keep editing".
 */
class LeaveGuard {
  #unsaved: (() => boolean) | null = null;
  /** The step that waits for staff to say the changes may go. */
  pending = $state.raw<(() => void) | null>(null);

  /** The open area's way to see unsaved changes; call what it returns when the area closes. */
  watch(unsaved: () => boolean): () => void {
    this.#unsaved = unsaved;
    return () => {
      if (this.#unsaved === unsaved) this.#unsaved = null;
    };
  }

  leave(step: () => void) {
    if (this.#unsaved?.()) this.pending = step;
    else step();
  }

  /** "Leave without saving". */
  discard = () => {
    const step = this.pending;
    this.pending = null;
    step?.();
  };

  /** "Keep editing", or staff mode closed under the question. */
  stay = () => {
    this.pending = null;
  };
}

export const leaveGuard = new LeaveGuard();
