import type { LocalizedText } from '../locale';
import type { Group } from '../model';

/** One session of a group on one day, with its exception (cancel or move) applied. */
export interface Occurrence {
  /** `${groupId}@${originalDate}`: stable even when the session is moved. */
  key: string;
  groupId: string;
  /** The date the recurrence put it on, YYYY-MM-DD. */
  originalDate: string;
  /** Local start and end, as epoch milliseconds. */
  startMs: number;
  endMs: number;
  status: 'scheduled' | 'cancelled' | 'moved';
  /** The note staff wrote when cancelling or moving it. */
  note?: LocalizedText;
  group: Group;
}

export function occurrenceKey(groupId: string, originalDate: string): string {
  return `${groupId}@${originalDate}`;
}

export function parseOccurrenceKey(key: string): { groupId: string; originalDate: string } | null {
  const at = key.lastIndexOf('@');
  if (at <= 0) return null;
  const originalDate = key.slice(at + 1);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(originalDate)) return null;
  return { groupId: key.slice(0, at), originalDate };
}
