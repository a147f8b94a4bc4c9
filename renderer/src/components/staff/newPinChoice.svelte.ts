import { pinProblem } from '../../../../shared/staff';

/**
 * Choosing a new PIN: typed once, checked against the PIN rules at once (so nobody types a
 * refused PIN twice), then typed again to catch a slip of the finger.
 */
export class NewPinChoice {
  step = $state<'first' | 'confirm'>('first');
  value = $state('');
  /** Locale key of why the last entry was not taken, or null. */
  problemKey = $state<string | null>(null);
  #first = '';
  readonly #onchosen: (pin: string) => void;

  constructor(onchosen: (pin: string) => void) {
    this.#onchosen = onchosen;
  }

  submit = (pin: string) => {
    this.value = '';
    if (this.step === 'first') {
      const problem = pinProblem(pin);
      this.problemKey = problem ? `staff:pinProblem.${problem}` : null;
      if (problem) return;
      this.#first = pin;
      this.step = 'confirm';
      return;
    }
    if (pin !== this.#first) {
      this.reset();
      this.problemKey = 'staff:pin.mismatch';
      return;
    }
    this.problemKey = null;
    this.#onchosen(pin);
  };

  reset() {
    this.step = 'first';
    this.value = '';
    this.#first = '';
    this.problemKey = null;
  }
}
