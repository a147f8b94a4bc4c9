import { keepPurging } from './keepPurging';
import { kiosk, unwrap } from './kiosk';

/** How often the wall asks main whether the daily backup is due: main decides, the wall only hands over the data. */
export const DAILY_BACKUP_CHECK_MS = 15 * 60_000;

let running = false;

/** Asks main once; when a backup is due, reads the whole database and hands it over to be sealed and written. */
export async function backUpIfDue(now = Date.now()): Promise<void> {
  if (running) return;
  running = true;
  try {
    if (!(await unwrap(kiosk.backups.due()))) return;
    // The backup's code loads only when one is due: once a day, not with every start.
    const [{ backupText }, { exportBackup }] = await Promise.all([import('../../../shared/backup'), import('../db/repositories/backup')]);
    const backup = await exportBackup(now);
    const attempt = await unwrap(kiosk.backups.runDaily({ text: backupText(backup) }));
    if (attempt && !attempt.ok) console.error(`[backup] The daily backup did not work: ${attempt.problem ?? 'unknown'}. It will be tried again.`);
  } finally {
    running = false;
  }
}

/**
 * The daily backup, for as long as the wall runs: soon after start, then every quarter hour the
 * wall asks whether one is due. Returns the function that stops it.
 */
export function keepDailyBackup(): () => void {
  return keepPurging(() => backUpIfDue(), DAILY_BACKUP_CHECK_MS, '[backup] The daily backup could not be made; it will be tried again.');
}
