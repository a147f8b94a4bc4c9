import type { MessageKey } from '../messageKey';

/** How long ago a share was posted, only as closely as is safe: the minute could point to its author. */
export type CoarseTime = 'today' | 'yesterday' | 'thisWeek' | 'earlier';

/** A share's age on the wall. */
export const COARSE_TIME_TEXT: Record<CoarseTime, MessageKey> = {
  today: 'boards:time.today',
  yesterday: 'boards:time.yesterday',
  thisWeek: 'boards:time.thisWeek',
  earlier: 'boards:time.earlier',
};

/** A held share's age for staff, who read it in the review queue. */
export const COARSE_AGE_TEXT: Record<CoarseTime, MessageKey> = {
  today: 'records:age.today',
  yesterday: 'records:age.yesterday',
  thisWeek: 'records:age.thisWeek',
  earlier: 'records:age.earlier',
};

function startOfLocalDay(ms: number): number {
  const day = new Date(ms);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Calendar days in local time, so "Yesterday" starts at midnight, not 24 hours ago. */
function localDaysBetween(earlierMs: number, laterMs: number): number {
  const from = new Date(startOfLocalDay(earlierMs));
  const to = new Date(startOfLocalDay(laterMs));
  // Counting by calendar fields keeps a 23- or 25-hour day (clock change) one day long.
  const utc = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function coarseTimeOf(createdAtMs: number, nowMs: number): CoarseTime {
  const days = localDaysBetween(createdAtMs, nowMs);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 7) return 'thisWeek';
  return 'earlier';
}
