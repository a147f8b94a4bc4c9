import { addDays } from '../../../../../../shared/schedule/localTime';
import { MAX_RANGE_DAYS } from '../../../../lib/staff/dates';
import type { DateSpan } from './rangePresets';

/**
 * Choosing a range on a month calendar: one tap for the first day, one for the last. The two taps
 * may come in either order; the range is whatever lies between them. Nothing changes until the
 * second tap, so a calendar closed half way leaves the range as it was.
 */
export class RangePick {
  /** The first day tapped, waiting for the other end. */
  start = $state<string | null>(null);
  readonly #today: string;

  constructor(today: string) {
    this.#today = today;
  }

  /** The earliest day the next tap may choose. */
  get min(): string | undefined {
    return this.start === null ? undefined : addDays(this.start, -(MAX_RANGE_DAYS - 1));
  }

  /** The latest day the next tap may choose: never after today, and never more than a year on. */
  get max(): string {
    if (this.start === null) return this.#today;
    const limit = addDays(this.start, MAX_RANGE_DAYS - 1);
    return limit < this.#today ? limit : this.#today;
  }

  /** The range once both ends are chosen, else null (and the day is kept as the first end). */
  tap(date: string): DateSpan | null {
    if (date > this.max || (this.min !== undefined && date < this.min)) return null;
    if (this.start === null) {
      this.start = date;
      return null;
    }
    const first = this.start;
    this.start = null;
    return first <= date ? { from: first, to: date } : { from: date, to: first };
  }

  reset() {
    this.start = null;
  }
}
