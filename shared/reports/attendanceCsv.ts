import type { Attendance } from '../model';
import { toCsv } from './csv';

/** The words and formats of the staff member's language, handed in by the screen. */
export interface AttendanceCsvLabels {
  header: { date: string; group: string; resident: string; tappedInAt: string; how: string };
  groupTitle(groupId: string): string;
  /** The resident's name; for a headcount tap-in (no resident) the screen's word for it. */
  residentName(residentId: string | undefined): string;
  method(method: Attendance['method']): string;
  /** Local time of day of a tap-in. */
  time(atMs: number): string;
}

/**
 * One line per tap-in: date, group, resident, time, how. Ordered by date, then group, then name
 * (headcount taps last): never by how often anyone came.
 */
export function attendanceCsv(rows: readonly Attendance[], labels: AttendanceCsvLabels, locale: string): string {
  const collator = new Intl.Collator(locale);
  const lines = rows.map((row) => ({
    row,
    group: labels.groupTitle(row.groupId),
    resident: labels.residentName(row.residentId),
  }));
  lines.sort(
    (a, b) =>
      (a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : 0) ||
      collator.compare(a.group, b.group) ||
      Number(a.row.residentId === undefined) - Number(b.row.residentId === undefined) ||
      collator.compare(a.resident, b.resident) ||
      a.row.at - b.row.at,
  );
  const { header } = labels;
  return toCsv(
    [header.date, header.group, header.resident, header.tappedInAt, header.how],
    lines.map(({ row, group, resident }) => [row.date, group, resident, labels.time(row.at), labels.method(row.method)]),
  );
}
