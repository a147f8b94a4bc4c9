/** Wrong codes in a row for one symbol before its number pad rests. */
export const WRONG_CODES_BEFORE_REST = 5;
/** How long the pad rests each time. */
export const CODE_REST_MS = 60_000;

/**
 * Wrong personal codes, by resident. A 4-digit code is quick to guess by trying them all, so
 * after five wrong codes in a row for one symbol its number pad rests for a minute, and again
 * after each further wrong code, until the right code is entered. Counted for the wall's life,
 * not per visit: walking away and coming back does not start the count again.
 */
export class CodeTries {
  readonly #wrong = new Map<string, { count: number; restUntilMs: number }>();

  /** When this resident's pad opens again, or 0 when it is open now. */
  restingUntil(residentId: string, nowMs: number): number {
    const restUntilMs = this.#wrong.get(residentId)?.restUntilMs ?? 0;
    return restUntilMs > nowMs ? restUntilMs : 0;
  }

  /** Counts a wrong code; returns when the pad opens again (0: at once). */
  wrongCode(residentId: string, nowMs: number): number {
    const count = (this.#wrong.get(residentId)?.count ?? 0) + 1;
    const restUntilMs = count >= WRONG_CODES_BEFORE_REST ? nowMs + CODE_REST_MS : 0;
    this.#wrong.set(residentId, { count, restUntilMs });
    return restUntilMs;
  }

  /** The right code: the count starts again. */
  rightCode(residentId: string): void {
    this.#wrong.delete(residentId);
  }
}

export const codeTries = new CodeTries();
