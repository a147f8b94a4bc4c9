import type { Attendance } from '../../../../../../shared/model';
import { recordStaffAction } from '../../../../db/repositories/audit';
import { listResidents } from '../../../../db/repositories/residents';
import { saveTextFile } from '../../../../lib/files';
import { language, t } from '../../../../lib/i18n.svelte';
import type { MessageKey } from '../../../../lib/messageKey';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { groupTitle, type RangeReport } from './rangeReport';
import { recordCount } from '../../../../lib/staff/auditWords';

/** How each tap-in was made, in the CSV's "How" column. */
const METHOD_TEXT: Record<Attendance['method'], MessageKey> = {
  symbol: 'records:csv.methods.symbol',
  'symbol+code': 'records:csv.methods.symbol+code',
  headcount: 'records:csv.methods.headcount',
  staff: 'records:csv.methods.staff',
};

/**
 * Saves a range's tap-ins as CSV for a spreadsheet, in the staff member's language, every cell
 * safe against formula injection (shared/reports/csv.ts). Answers how many rows were saved, or
 * null when staff cancelled.
 */
export async function exportAttendanceCsv(report: RangeReport): Promise<number | null> {
  // Kept now: a save dialog left open can outlast staff mode's relock, and the export must still be logged.
  const who = staffSession.current;
  if (!who) return null;
  // Loaded on first export: the CSV writer is not needed to start the wall.
  const { attendanceCsv } = await import('../../../../../../shared/reports/attendanceCsv');
  const names = new Map((await listResidents()).map((r) => [r.id, r.name]));
  const text = attendanceCsv(
    report.rows,
    {
      header: {
        date: t('records:csv.date'),
        group: t('records:csv.group'),
        resident: t('records:csv.resident'),
        tappedInAt: t('records:csv.tappedInAt'),
        how: t('records:csv.how'),
      },
      groupTitle: (groupId) => groupTitle(report.groups, groupId),
      residentName: (residentId) => (residentId === undefined ? t('records:csv.headcount') : (names.get(residentId) ?? t('records:csv.unknownResident'))),
      method: (method) => t(METHOD_TEXT[method]),
      time: (atMs) => language.time(new Date(atMs)),
    },
    language.current,
  );
  const saved = await saveTextFile({ suggestedName: `hearth-attendance-${report.from}-to-${report.to}.csv`, mimeType: 'text/csv;charset=utf-8', text });
  if (saved === 'cancelled') return null;
  await recordStaffAction(who, 'records.attendanceExported', `${report.from} – ${report.to} · ${recordCount(report.rows.length)}`);
  return report.rows.length;
}
