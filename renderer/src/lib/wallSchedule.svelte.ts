import type { Occurrence } from '../../../shared/schedule/occurrence';
import { addDays, localDateOf } from '../../../shared/schedule/localTime';
import { wallView, type WallView } from '../../../shared/schedule/wall';
import { clock } from './clock.svelte';

/** One of the days after today, for the home's "This week" strip and the day screen. */
export interface WeekDay {
  /** The local date. */
  date: string;
  /** Its sessions in time order, cancelled ones included (they say so). */
  sessions: Occurrence[];
}

/** How many days after today the home shows: with today, a week. */
export const WEEK_AHEAD_DAYS = 6;

export interface Days {
  /** The local date these lists belong to. */
  today: string;
  yesterday: Occurrence[];
  todays: Occurrence[];
  tomorrows: Occurrence[];
}

/**
 * Dexie's live query and the schedule's reader, loaded when the wall starts: the first screen
 * can show before the database code (Dexie, ical.js) has even been read.
 */
const loadDatabaseCode = () => Promise.all([import('../db/live.svelte'), import('../db/repositories/schedule')]);

/**
 * What the wall's home screen shows, following the clock: it re-sorts each minute (Now, Up next,
 * Later) and at local midnight switches to the new day's sessions, without a reload. The sessions
 * come from one live query over yesterday, today and the week ahead, so a staff edit shows at once.
 *
 * The wall keeps one for its whole life (`wallSchedule`), started by startWall: going home again
 * reads nothing. Until the database answers it can show a saved copy of the days (startView).
 */
export class WallSchedule {
  #days = $state.raw<Days | undefined>(undefined);
  /** The days as the database answered them (not a saved copy); undefined until the first answer. */
  liveDays = $state.raw<Days | undefined>(undefined);
  #week = $state.raw<WeekDay[] | undefined>(undefined);
  #formattersReady = $state(false);
  failed = $state(false);
  #started = false;

  /** The start of the current minute: the view changes once a minute, not every second. */
  readonly minuteMs = $derived.by(() => clock.minuteMs);
  /** Today's local date; changes at midnight, which restarts the live query for the new day. */
  readonly today = $derived.by(() => localDateOf(this.minuteMs));

  /** Starts following the days; a second call does nothing. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    loadDatabaseCode().then(
      ([{ follow }, { occurrencesBetweenDays }]) => {
        $effect.root(() => {
          $effect(() => {
            const today = this.today;
            const yesterday = addDays(today, -1);
            const tomorrow = addDays(today, 1);
            const lastDay = addDays(today, WEEK_AHEAD_DAYS);
            return follow(
              () => occurrencesBetweenDays(yesterday, lastDay),
              (days) => {
                const on = (day: string) => days.get(day) ?? [];
                this.#days = this.liveDays = { today, yesterday: on(yesterday), todays: on(today), tomorrows: on(tomorrow) };
                this.#week = Array.from({ length: WEEK_AHEAD_DAYS }, (_, i) => {
                  const date = addDays(today, i + 1);
                  return { date, sessions: on(date) };
                });
                this.failed = false;
              },
              () => (this.failed = true),
            );
          });
        });
      },
      (error: unknown) => {
        console.error('[schedule] The database code could not be loaded.', error);
        this.failed = true;
      },
    );
  }

  /**
   * The days after today, each with its sessions; undefined until the database has answered and
   * the wall's date formatters are built (`formattersReady`): the first frame does without them.
   */
  get week(): WeekDay[] | undefined {
    return this.#formattersReady ? this.#week : undefined;
  }

  /** Intl's date formatters are built (startup, once the wall is idle): the week ahead can be drawn. */
  formattersReady(): void {
    this.#formattersReady = true;
  }

  /** A saved copy of the days, shown until the database answers (startView.ts). */
  showCopy(days: Days): void {
    if (!this.liveDays) this.#days = days;
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

/** The wall's schedule: started by `startWall`, shown by the home screen and the night wall. */
export const wallSchedule = new WallSchedule();
