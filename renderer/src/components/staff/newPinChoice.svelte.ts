import { pinProblem, type PinProblem } from '../../../../shared/staff';
import type { MessageKey } from '../../lib/messageKey';

/** Why a PIN was not taken, by the PIN rules' own names for it. */
const PIN_PROBLEM_TEXT: Record<PinProblem, MessageKey> = {
  length: 'staff:pinProblem.length',
  digits: 'staff:pinProblem.digits',
  'same-digit': 'staff:pinProblem.same-digit',
  sequence: 'staff:pinProblem.sequence',
  repeat: 'staff:pinProblem.repeat',
  'near-repeat': 'staff:pinProblem.near-repeat',
  date: 'staff:pinProblem.date',
  common: 'staff:pinProblem.common',
};

/**
 * Choosing a new PIN: typed once, checked against the PIN rules at once (so nobody types a
 * refused PIN twice), then typed again to catch a slip of the finger.
 */
export class NewPinChoice {
  step = $state<'first' | 'confirm'>('first');
  value = $state('');
  /** Locale key of why the last entry was not taken, or null. */
  problemKey = $state<MessageKey | null>(null);
  #first = '';
  readonly #onchosen: (pin: string) => void;

  constructor(onchosen: (pin: string) => void) {
    this.#onchosen = onchosen;
  }

  submit = (pin: string) => {
    this.value = '';
    if (this.step === 'first') {
      const problem = pinProblem(pin);
      this.problemKey = problem ? PIN_PROBLEM_TEXT[problem] : null;
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
