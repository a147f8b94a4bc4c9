import { attendanceCutoffDate, purgeAttendanceBefore } from '../db/repositories/attendance';
import { houseSettings } from './settings.svelte';

const PURGE_EVERY_MS = 12 * 3_600_000;

/**
 * Deletes attendance older than the house keeps it (`attendanceRetentionDays`), now and twice a
 * day after: a wall may run for months without a restart. Returns the function that stops it.
 */
export function keepAttendanceRetention(): () => void {
  const purge = () =>
    purgeAttendanceBefore(attendanceCutoffDate(houseSettings.current.attendanceRetentionDays)).catch((error: unknown) =>
      console.error('[attendance] Old attendance could not be deleted; it will be tried again.', error),
    );
  void purge();
  const timer = setInterval(() => void purge(), PURGE_EVERY_MS);
  return () => clearInterval(timer);
}
