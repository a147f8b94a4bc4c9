import { attendanceCutoffDate, purgeAttendanceBefore } from '../db/repositories/attendance';
import { keepPurging } from './keepPurging';
import { houseSettings } from './settings.svelte';

/**
 * Deletes attendance older than the house keeps it (`attendanceRetentionDays`), soon after start
 * and twice a day after. Returns the function that stops it.
 */
export function keepAttendanceRetention(): () => void {
  return keepPurging(
    () => purgeAttendanceBefore(attendanceCutoffDate(houseSettings.current.attendanceRetentionDays)),
    12 * 3_600_000,
    '[attendance] Old attendance could not be deleted; it will be tried again.',
  );
}
