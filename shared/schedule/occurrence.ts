import * as v from 'valibot';
import { LocalizedTextSchema, type LocalizedText } from '../locale';
import { GroupSchema, type Group } from '../model';

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

/**
 * Sessions in order of start, then title, then key: a total order, so the wall never reshuffles.
 * Titles compare by their characters, not by a collator: sessions rarely share a start, and
 * collation data would cost the wall's first screen several milliseconds to load.
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.startMs - b.startMs || compareText(a.group.title.en, b.group.title.en) || compareText(a.key, b.key);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/** An occurrence as data, for copies of the wall's day kept outside the database. */
export const OccurrenceSchema = v.object({
  key: v.pipe(v.string(), v.maxLength(100)),
  groupId: v.pipe(v.string(), v.maxLength(64)),
  originalDate: v.pipe(v.string(), v.isoDate()),
  startMs: v.number(),
  endMs: v.number(),
  status: v.picklist(['scheduled', 'cancelled', 'moved']),
  note: v.optional(LocalizedTextSchema),
  group: GroupSchema,
}) satisfies v.GenericSchema<Occurrence>;
