import type { AppInfo } from '../../../shared/bridge/contract';
import { db } from '../db/db';
import { recordHearthEventOnce } from '../db/repositories/audit';
import type { ExampleRetention } from '../db/repositories/exampleHouse';
import { keepAttendanceRetention } from './attendanceRetention';
import { keepShareRetention } from './boards/shareRetention';
import { keepDailyBackup } from './dailyBackup';

/**
 * The start-up work that needs the database: loaded once the wall's first screen shows, so
 * that screen starts without the database code.
 */

/** Main put a damaged file back from its copy: the audit log says so, once. The wall starts regardless. */
export async function recordRestoredFiles(restored: AppInfo['restoredFiles']): Promise<void> {
  try {
    for (const { file, at } of restored) await recordHearthEventOnce('recovery.restoredFromBackup', file, at);
  } catch (error) {
    console.warn('[startup] Could not write the restore to the audit log.', error);
  }
}

/** The example house (and ical.js, which lays out its sessions) loads only for a demo. */
export async function loadDemoHouse(house: unknown, retention: ExampleRetention): Promise<void> {
  const { loadExampleHouse } = await import('../db/repositories/exampleHouse');
  await loadExampleHouse(db, house, retention);
}

/** The wall's housekeeping for as long as it runs: old records go as the house keeps them, and the daily backup is made. */
export function keepHousekeeping(): void {
  keepAttendanceRetention();
  keepShareRetention();
  keepDailyBackup();
}
