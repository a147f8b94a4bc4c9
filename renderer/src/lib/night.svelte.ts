import { localTimeOf } from '../../../shared/schedule/localTime';
import type { Occurrence } from '../../../shared/schedule/occurrence';
import type { WallView } from '../../../shared/schedule/wall';
import type { HouseSettings } from '../../../shared/settings';
import { clock } from './clock.svelte';
import { idle } from './idle.svelte';
import { houseSettings } from './settings.svelte';

type NightHours = HouseSettings['nightHours'];

const MINUTE_MS = 60_000;

/** Minutes since midnight for a "22:00"-style time. */
function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Whether `nowMs` falls in the house's night hours, in local time. The hours may run past
 * midnight (22:00–06:00); the start is inside, the end is not; equal start and end mean none.
 */
export function isNightTime(nowMs: number, hours: NightHours): boolean {
  if (!hours.enabled) return false;
  const minute = minutesOf(localTimeOf(nowMs));
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** Steps of the drift each way: the picture moves within ±(DRIFT_STEPS/2 × DRIFT_STEP_PX) of the middle. */
const DRIFT_STEPS = 8;
export const DRIFT_STEP_PX = 3;

/** 0, 1, … last, … 1, 0, 1, …: a walk back and forth that never jumps. */
function bounce(n: number, last: number): number {
  const phase = n % (2 * last);
  return phase <= last ? phase : 2 * last - phase;
}

/**
 * Where the night picture sits this minute, in CSS pixels from the middle. Each minute it moves
 * one small step, left or right or down or up, snaking across a small square and back, so no
 * pixel shows the same bright digit all night (screen burn-in) and nothing ever jumps.
 */
export function driftAt(minuteMs: number): { x: number; y: number } {
  const side = DRIFT_STEPS + 1;
  const cell = bounce(Math.floor(minuteMs / MINUTE_MS), side * side - 1);
  const row = Math.floor(cell / side);
  const along = cell % side;
  const column = row % 2 === 0 ? along : side - 1 - along;
  const half = DRIFT_STEPS / 2;
  return { x: (column - half) * DRIFT_STEP_PX, y: (row - half) * DRIFT_STEP_PX };
}

/** The next group that will really happen: later tonight or today, else tomorrow's first. */
export function nextGroupOf(view: WallView): Occurrence | undefined {
  return [...view.now, ...view.upNext, ...view.later].find((o) => o.status !== 'cancelled') ?? view.nextDayFirst;
}

/**
 * Night hours on the wall. While they last and nobody is using the wall, it shows the dim night
 * picture. A touch on it starts a visit, which wakes the wall until the idle reset; a visit already
 * going on when night falls is not interrupted.
 */
class NightWatch {
  get sleeping(): boolean {
    return !idle.visiting && isNightTime(clock.minuteMs, houseSettings.current.nightHours);
  }

  wake() {
    idle.activity();
  }
}

export const night = new NightWatch();
