import { liveQuery } from 'dexie';
import type { Occurrence } from '../../../shared/schedule/occurrence';
import { addDays, localDateOf } from '../../../shared/schedule/localTime';
import { wallView, type WallView } from '../../../shared/schedule/wall';
import { occurrencesForDay } from '../db/repositories/schedule';
import { clock as appClock } from './clock.svelte';

interface Days {
  /** The local date these lists belong to. */
  today: string;
  yesterday: Occurrence[];
  todays: Occurrence[];
  tomorrows: Occurrence[];
}

/**
 * What the wall's home screen shows, following the clock: it re-sorts each minute (Now, Up next,
 * Later) and at local midnight switches to the new day's sessions, without a reload. The sessions
 * come from a live query, so a staff edit shows at once. Create it while a component initialises:
 * it lives as long as that component.
 */
export class WallSchedule {
  #days = $state.raw<Days | undefined>(undefined);
  failed = $state(false);
  readonly #clock: { readonly minuteMs: number };
  readonly #source: (day: string) => Promise<Occurrence[]>;

  /** The start of the current minute: the view changes once a minute, not every second. */
  readonly minuteMs = $derived.by(() => this.#clock.minuteMs);
  /** Today's local date; changes at midnight, which restarts the live query for the new day. */
  readonly today = $derived.by(() => localDateOf(this.minuteMs));

  constructor(source: (day: string) => Promise<Occurrence[]> = occurrencesForDay, clock: { readonly minuteMs: number } = appClock) {
    this.#source = source;
    this.#clock = clock;
    $effect(() => {
      const today = this.today;
      const subscription = liveQuery(() =>
        Promise.all([this.#source(addDays(today, -1)), this.#source(today), this.#source(addDays(today, 1))]),
      ).subscribe({
        next: ([yesterday, todays, tomorrows]) => {
          this.#days = { today, yesterday, todays, tomorrows };
          this.failed = false;
        },
        error: () => (this.failed = true),
      });
      return () => subscription.unsubscribe();
    });
  }

  /** Undefined until the first read of the day has answered. */
  get view(): WallView | undefined {
    return this.#view;
  }

  readonly #view = $derived.by(() => {
    const days = this.#days;
    if (!days) return undefined;
    // Yesterday's sessions matter only while one runs past midnight.
    if (days.today === this.today) return wallView(this.minuteMs, [...days.yesterday, ...days.todays], days.tomorrows);
    // For the moment after midnight before the new day's read answers, the lists already held
    // are the new yesterday and today.
    if (addDays(days.today, 1) === this.today) return wallView(this.minuteMs, [...days.todays, ...days.tomorrows], []);
    return undefined;
  });
}
