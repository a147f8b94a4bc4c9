import { symbolChoices, type SymbolChoice } from '../../../shared/residentPictures';
import type { Occurrence } from '../../../shared/schedule/occurrence';
import { UNDO_WINDOW_MS, tapIn, undoTapIn, type TapInMethod, type TapInResult, type WallTap } from '../db/repositories/attendance';
import { residentsForSymbolGrid, verifyCode, type WallResident } from '../db/repositories/residents';
import { findOccurrence } from '../db/repositories/schedule';
import { afterPaint } from './afterPaint';
import { clock } from './clock.svelte';
import { codeTries } from './codeTries';
import { nav } from './nav.svelte';
import { houseSettings } from './settings.svelte';
import { signInWindow, type SignInWindow } from './signInWindow';
import { storageHealth } from './storageHealth.svelte';
import { visit } from './visit.svelte';

/** How long "You're in" stays before the wall goes home; each touch on it starts the wait again. */
export const CONFIRMATION_MS = 5_000;
export const CODE_LENGTH = 4;

/** A resident's picture as the wall shows it: the colour only when others share the symbol. */
export interface WallPicture {
  symbol: string;
  colour?: string;
}

export type SignInStep =
  | { name: 'loading' }
  /** No such session (a stale key, or the group was removed). */
  | { name: 'missing' }
  /** The symbol grid, or the "I'm here" button in headcount mode. `undone` after "Not you? Undo". */
  | { name: 'choose'; undone: boolean }
  /** A symbol several residents share: which colour is theirs. */
  | { name: 'colour'; choice: SymbolChoice<WallResident> }
  /** `restUntilMs`: after too many wrong codes the pad rests until then (0: it is open). */
  | { name: 'code'; resident: WallResident; picture: WallPicture; entered: string; wrong: boolean; restUntilMs: number }
  | {
      name: 'done';
      /** Told only after a personal code: from a symbol alone it would tell anyone who came. */
      already: boolean;
      /** How many are here; null after a symbol alone, where the count before and after would tell who came. */
      count: number | null;
      /** The picture just tapped, so "Not you?" means something; none in headcount mode. */
      picture: WallPicture | null;
      /** What "Not you? Undo" takes back: only what this tap wrote. None after a code for someone already in. */
      tap: WallTap | null;
      atMs: number;
      tooLate: boolean;
    }
  | { name: 'failed' };

/**
 * One resident's way through the sign-in screen for one session. Nothing here ever holds a
 * resident's name: the wall knows residents only by their symbols.
 */
export class SignInFlow {
  occurrence = $state.raw<Occurrence | undefined>();
  residents = $state.raw<WallResident[]>([]);
  step = $state.raw<SignInStep>({ name: 'loading' });
  /** True while a tap-in or a code check is under way: further taps wait for it. */
  busy = $state(false);
  /** The first step's buttons: one per symbol in use, always in the same order. */
  readonly choices: SymbolChoice<WallResident>[] = $derived(symbolChoices(this.residents));

  /** Whether the session is open for tap-in right now, following the clock. */
  readonly status: SignInWindow | undefined = $derived(
    this.occurrence && signInWindow(this.occurrence, clock.nowMs, houseSettings.current.signInOpensMinutesBefore),
  );
  /** The number pad is resting after too many wrong codes for this symbol; it opens again by itself. */
  readonly resting: boolean = $derived(this.step.name === 'code' && clock.nowMs < this.step.restUntilMs);
  readonly canUndo: boolean = $derived(
    this.step.name === 'done' && this.step.tap !== null && clock.nowMs - this.step.atMs <= UNDO_WINDOW_MS,
  );
  /** Whole seconds left to take the tap-in back, shown beside "Not you? Undo". */
  readonly undoSecondsLeft: number = $derived(
    // The wall's clock ticks on whole seconds, a little behind the tap: never more than the minute.
    this.step.name === 'done' ? Math.min(UNDO_WINDOW_MS / 1000, Math.max(0, Math.ceil((this.step.atMs + UNDO_WINDOW_MS - clock.nowMs) / 1000))) : 0,
  );

  readonly #occurrenceKey: () => string;
  #homeTimer: ReturnType<typeof setTimeout> | undefined;
  #stopListening: (() => void) | undefined;

  constructor(occurrenceKey: () => string) {
    this.#occurrenceKey = occurrenceKey;
  }

  async start() {
    // The idle reset forgets everything a resident did here (digits typed, what can be undone).
    this.#stopListening = visit.onEnd(() => this.#forget());
    try {
      const [occurrence, residents] = await Promise.all([findOccurrence(this.#occurrenceKey()), residentsForSymbolGrid()]);
      this.occurrence = occurrence;
      this.residents = residents;
      this.step = occurrence ? { name: 'choose', undone: false } : { name: 'missing' };
    } catch (error) {
      this.#fail(error);
    }
  }

  dispose() {
    this.#forget();
    this.#stopListening?.();
  }

  /**
   * A symbol on the first step: its one resident goes on at once; a shared symbol asks for the
   * colour next. So a house where every symbol is different keeps its one tap.
   */
  async chooseSymbol(choice: SymbolChoice<WallResident>) {
    if (this.busy || this.step.name !== 'choose') return;
    const [only, ...others] = choice.residents;
    if (!only) return;
    if (others.length === 0) await this.#chooseResident(only, { symbol: only.symbol });
    else this.step = { name: 'colour', choice };
  }

  /** A colour on the second step. */
  async chooseColour(resident: WallResident) {
    const step = this.step;
    if (this.busy || step.name !== 'colour' || !step.choice.residents.includes(resident)) return;
    await this.#chooseResident(resident, { symbol: resident.symbol, colour: resident.colour });
  }

  /** Back from the colours to the symbols. */
  backToSymbols() {
    if (this.busy || this.step.name !== 'colour') return;
    this.step = { name: 'choose', undone: false };
  }

  async #chooseResident(resident: WallResident, picture: WallPicture) {
    if (houseSettings.current.signInMode === 'symbol+code' && resident.hasCode) {
      this.step = { name: 'code', resident, picture, entered: '', wrong: false, restUntilMs: codeTries.restingUntil(resident.id, Date.now()) };
      return;
    }
    await this.#tapIn(picture, 'symbol', () => tapIn(this.#occurrenceKey(), resident.id, 'symbol'));
  }

  async imHere() {
    if (this.busy || this.step.name !== 'choose') return;
    await this.#tapIn(null, 'headcount', () => tapIn(this.#occurrenceKey(), null, 'headcount'));
  }

  async pressDigit(digit: string) {
    const step = this.step;
    if (this.busy || step.name !== 'code' || step.entered.length >= CODE_LENGTH) return;
    if (this.resting) return;
    const entered = step.entered + digit;
    this.step = { ...step, entered, wrong: false };
    if (entered.length < CODE_LENGTH) return;

    this.busy = true;
    let matches = false;
    try {
      matches = await verifyCode(step.resident.id, entered);
    } catch (error) {
      this.#fail(error);
      return;
    } finally {
      this.busy = false;
    }
    if (!matches) {
      this.step = { ...step, entered: '', wrong: true, restUntilMs: codeTries.wrongCode(step.resident.id, Date.now()) };
      return;
    }
    codeTries.rightCode(step.resident.id);
    await this.#tapIn(step.picture, 'symbol+code', () => tapIn(this.#occurrenceKey(), step.resident.id, 'symbol+code'));
  }

  deleteDigit() {
    const step = this.step;
    if (this.busy || step.name !== 'code') return;
    this.step = { ...step, entered: step.entered.slice(0, -1) };
  }

  /** Back from the number pad to the symbols. */
  notMine() {
    if (this.busy || this.step.name !== 'code') return;
    this.step = { name: 'choose', undone: false };
  }

  async undo() {
    const step = this.step;
    if (this.busy || step.name !== 'done' || step.tap === null) return;
    this.busy = true;
    try {
      const result = await undoTapIn(step.tap);
      this.#clearHomeTimer();
      if (result.kind === 'too-late') {
        this.step = { ...step, tap: null, tooLate: true };
        this.#startHomeTimer();
      } else {
        this.step = { name: 'choose', undone: true };
      }
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** A touch on the confirmation: the resident is still reading, so wait again before going home. */
  stay() {
    if (this.step.name === 'done') this.#startHomeTimer();
  }

  async #tapIn(picture: WallPicture | null, method: TapInMethod, record: () => Promise<TapInResult>) {
    if (this.status?.state !== 'open') return;
    this.busy = true;
    try {
      // The buttons are painted waiting before the write starts.
      await afterPaint();
      const result = await record();
      storageHealth.writeSucceeded();
      // Anyone can tap any symbol: after a symbol alone the wall answers the same whether or not
      // that person was already in (same words, no count, "Not you? Undo" offered either way).
      const blind = method === 'symbol';
      this.step = {
        name: 'done',
        already: !blind && result.kind === 'already',
        count: blind ? null : result.count,
        picture,
        tap: blind || result.kind === 'recorded' ? result.tap : null,
        atMs: Date.now(),
        tooLate: false,
      };
      this.#startHomeTimer();
    } catch (error) {
      // A full disk has its own calm notice; the symbols stay, to try again once staff have looked.
      if (storageHealth.reportWriteFailure(error, 'tapIn')) return;
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Home a few seconds after the last touch, but not while the tap-in can still be taken back:
   * "Not you? Undo" stays for the whole minute, with the time left shown.
   */
  #startHomeTimer() {
    this.#clearHomeTimer();
    const step = this.step;
    const undoLeft = step.name === 'done' && step.tap !== null ? step.atMs + UNDO_WINDOW_MS - Date.now() : 0;
    this.#homeTimer = setTimeout(() => nav.home(), Math.max(CONFIRMATION_MS, undoLeft));
  }

  #clearHomeTimer() {
    clearTimeout(this.#homeTimer);
    this.#homeTimer = undefined;
  }

  #forget() {
    this.#clearHomeTimer();
    this.step = { name: 'loading' };
  }

  #fail(error: unknown) {
    console.error('[sign-in]', error);
    this.step = { name: 'failed' };
  }
}
