import { compareOccurrences, type Occurrence } from './occurrence';

const MINUTE_MS = 60_000;

/** "Up next" means starting within this many minutes; by default tap-in opens as early. */
export const UP_NEXT_MINUTES = 15;

/** What the wall shows at one moment. Cancelled sessions stay in place, in time order, so nobody waits for them. */
export interface WallView {
  /** In progress. */
  now: Occurrence[];
  /** Starting within UP_NEXT_MINUTES. */
  upNext: Occurrence[];
  /** Later today. */
  later: Occurrence[];
  /** Nothing more is on today (cancelled sessions do not count). */
  doneForToday: boolean;
  /** Tomorrow's first session, when nothing more is on today. */
  nextDayFirst?: Occurrence;
}

/** The session takes place: it is not cancelled. */
export const happening = (o: Occurrence) => o.status !== 'cancelled';

/**
 * Sorts today's and tomorrow's sessions into the wall's sections at `nowMs`. `today` may also
 * hold sessions from yesterday that run past midnight; sessions already over are left out.
 * Tomorrow's sessions count as "up next" when they start within UP_NEXT_MINUTES (just before
 * midnight).
 */
export function wallView(nowMs: number, today: readonly Occurrence[], tomorrow: readonly Occurrence[]): WallView {
  const soon = nowMs + UP_NEXT_MINUTES * MINUTE_MS;
  const todayKeys = new Set(today.map((o) => o.key));
  const current = [...today, ...tomorrow.filter((o) => !todayKeys.has(o.key))]
    .filter((o) => o.endMs > nowMs)
    .sort(compareOccurrences);

  const now = current.filter((o) => o.startMs <= nowMs);
  const upNext = current.filter((o) => o.startMs > nowMs && o.startMs <= soon);
  const later = current.filter((o) => o.startMs > soon && todayKeys.has(o.key));
  const doneForToday = ![...now, ...upNext, ...later].some(happening);
  const shown = new Set([...now, ...upNext].map((o) => o.key));
  const nextDayFirst = doneForToday
    ? [...tomorrow].sort(compareOccurrences).find((o) => happening(o) && !shown.has(o.key) && o.startMs > nowMs)
    : undefined;
  return { now, upNext, later, doneForToday, ...(nextDayFirst ? { nextDayFirst } : {}) };
}

/**
 * Tap-in is open from `opensMinutesBefore` (the house setting signInOpensMinutesBefore) before a
 * session until its end, unless it is cancelled.
 */
export function isOpenForTapIn(occurrence: Occurrence, nowMs: number, opensMinutesBefore = UP_NEXT_MINUTES): boolean {
  return happening(occurrence) && nowMs >= occurrence.startMs - opensMinutesBefore * MINUTE_MS && nowMs < occurrence.endMs;
}

/** Whole minutes left in a session, rounded up: "1 minute left" until it ends. */
export function minutesLeft(occurrence: Occurrence, nowMs: number): number {
  return Math.max(0, Math.ceil((occurrence.endMs - nowMs) / MINUTE_MS));
}

/** Whole minutes until a session starts, rounded up; 0 once it has started. */
export function minutesUntil(occurrence: Occurrence, nowMs: number): number {
  return Math.max(0, Math.ceil((occurrence.startMs - nowMs) / MINUTE_MS));
}
