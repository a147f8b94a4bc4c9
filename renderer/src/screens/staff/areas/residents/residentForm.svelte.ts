import { isPictureTaken, type ResidentPicture } from '../../../../../../shared/residentPictures';
import { DEFAULT_RESIDENT_COLOUR } from '../../../../../../shared/wallKeys';
import type { StaffResidentView } from '../../../../db/repositories/residents';
import { isPersonalCode } from '../../../../db/personalCode';
import { Baseline } from '../../../../lib/staff/leaveGuard.svelte';
import type { MessageKey } from '../../../../lib/messageKey';

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
  colour = $state<string>(DEFAULT_RESIDENT_COLOUR);
  active = $state(true);
  codeAction = $state<CodeAction>('keep');
  codeStep = $state<'first' | 'again' | 'ready'>('first');
  /** How many digits are typed in the current step; the digits stay private. */
  typedCount = $state(0);
  codeProblem = $state<MessageKey | null>(null);
  problems = $state<{ name?: MessageKey; symbol?: MessageKey; colour?: MessageKey }>({});
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
      this.colour = resident.colour;
      this.active = resident.active;
    }
    // A code being typed or set, or one to clear, is a change as much as a new name.
    this.#baseline = new Baseline(() => [this.name, this.symbol, this.colour, this.active, this.codeAction]);
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

  /**
   * Null with `problems` set when something is missing, or when the picture is one of `taken`
   * (other residents' pictures): each picture is one resident's.
   */
  checked(taken: readonly ResidentPicture[] = []): { name: string; symbol: string; colour: string } | null {
    const problems: { name?: MessageKey; symbol?: MessageKey; colour?: MessageKey } = {};
    const name = this.name.trim();
    if (name === '') problems.name = 'admin:residents.problems.name';
    if (this.symbol === '') problems.symbol = 'admin:residents.problems.symbol';
    else if (isPictureTaken({ symbol: this.symbol, colour: this.colour }, taken)) problems.colour = 'admin:residents.problems.pictureTaken';
    this.problems = problems;
    if (this.codeAction === 'set' && this.codeStep !== 'ready') this.codeProblem = 'admin:residents.codeUnfinished';
    if (Object.keys(problems).length > 0 || (this.codeAction === 'set' && this.codeStep !== 'ready')) return null;
    return { name, symbol: this.symbol, colour: this.colour };
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
