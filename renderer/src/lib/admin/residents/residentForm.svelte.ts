import type { StaffResidentView } from '../../../db/repositories/residents';
import { isPersonalCode } from '../../personalCode';
import { Baseline } from '../leaveGuard.svelte';

export const CODE_LENGTH = 4;

/** What happens to the resident's personal code when the form is saved. */
export type CodeAction = 'keep' | 'set' | 'clear';

/**
 * The resident editor's values. A new code is typed twice on the number pad (the resident can
 * type it themselves) and never shown; only whether the two matched.
 */
export class ResidentForm {
  readonly id: string | undefined;
  readonly hadCode: boolean;
  name = $state('');
  symbol = $state('');
  active = $state(true);
  codeAction = $state<CodeAction>('keep');
  codeStep = $state<'first' | 'again' | 'ready'>('first');
  /** How many digits are typed in the current step; the digits stay private. */
  typedCount = $state(0);
  codeProblem = $state<string | null>(null);
  problems = $state<{ name?: string; symbol?: string }>({});
  #typed = '';
  #first = '';
  #code: string | null = null;
  readonly #baseline: Baseline;

  constructor(resident?: StaffResidentView) {
    this.id = resident?.id;
    this.hadCode = resident?.hasCode ?? false;
    if (resident) {
      this.name = resident.name;
      this.symbol = resident.symbol;
      this.active = resident.active;
    }
    // A code being typed or set, or one to clear, is a change as much as a new name.
    this.#baseline = new Baseline(() => [this.name, this.symbol, this.active, this.codeAction]);
  }

  /** Something differs from when the editor opened. */
  get changed(): boolean {
    return this.#baseline.changed;
  }

  get isNew(): boolean {
    return this.id === undefined;
  }

  /** The new code, once typed the same twice. */
  get newCode(): string | null {
    return this.codeAction === 'set' && this.codeStep === 'ready' ? this.#code : null;
  }

  startNewCode() {
    this.codeAction = 'set';
    this.#resetCode();
  }

  clearCode() {
    this.codeAction = 'clear';
    this.#resetCode();
  }

  keepCode() {
    this.codeAction = 'keep';
    this.#resetCode();
  }

  typeDigit(digit: string) {
    if (this.codeAction !== 'set' || this.codeStep === 'ready' || this.#typed.length >= CODE_LENGTH) return;
    this.#typed += digit;
    this.typedCount = this.#typed.length;
    this.codeProblem = null;
    if (this.#typed.length < CODE_LENGTH) return;
    if (this.codeStep === 'first') {
      this.#first = this.#typed;
      this.codeStep = 'again';
    } else if (this.#typed === this.#first && isPersonalCode(this.#typed)) {
      this.#code = this.#typed;
      this.codeStep = 'ready';
    } else {
      this.#resetCode();
      this.codeProblem = 'admin:residents.codeMismatch';
      return;
    }
    this.#typed = '';
    this.typedCount = 0;
  }

  deleteDigit() {
    this.#typed = this.#typed.slice(0, -1);
    this.typedCount = this.#typed.length;
  }

  /** Null with `problems` set when something is missing. */
  checked(): { name: string; symbol: string } | null {
    const problems: { name?: string; symbol?: string } = {};
    const name = this.name.trim();
    if (name === '') problems.name = 'admin:residents.problems.name';
    if (this.symbol === '') problems.symbol = 'admin:residents.problems.symbol';
    this.problems = problems;
    if (this.codeAction === 'set' && this.codeStep !== 'ready') this.codeProblem = 'admin:residents.codeUnfinished';
    if (Object.keys(problems).length > 0 || (this.codeAction === 'set' && this.codeStep !== 'ready')) return null;
    return { name, symbol: this.symbol };
  }

  #resetCode() {
    this.codeStep = 'first';
    this.#typed = '';
    this.#first = '';
    this.#code = null;
    this.typedCount = 0;
    this.codeProblem = null;
  }
}
