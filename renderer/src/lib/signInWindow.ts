import type { Occurrence } from '../../../shared/schedule/occurrence';

const MINUTE_MS = 60_000;

/** Where a session stands for tap-in at one moment. */
export type SignInWindow =
  | { state: 'cancelled' }
  | { state: 'not-open'; opensAtMs: number }
  | { state: 'open' }
  | { state: 'over' };

/**
 * Tap-in opens `opensMinutesBefore` minutes before a session starts (a house setting) and
 * closes when it ends. A moved session opens around its new time; a cancelled one never opens.
 */
export function signInWindow(
  occurrence: Pick<Occurrence, 'startMs' | 'endMs' | 'status'>,
  nowMs: number,
  opensMinutesBefore: number,
): SignInWindow {
  if (occurrence.status === 'cancelled') return { state: 'cancelled' };
  if (nowMs >= occurrence.endMs) return { state: 'over' };
  const opensAtMs = occurrence.startMs - opensMinutesBefore * MINUTE_MS;
  if (nowMs < opensAtMs) return { state: 'not-open', opensAtMs };
  return { state: 'open' };
}
