import type { AppInfo } from '../../../shared/bridge/contract';
import { db } from '../db/db';
import { recordHearthEventOnce } from '../db/repositories/audit';
import { loadExampleHouse } from '../db/repositories/exampleHouse';
import { keepAttendanceRetention } from './attendanceRetention';
import { keepShareRetention } from './boards/shareRetention';
import { idle } from './idle.svelte';
import { kiosk, unwrap } from './kiosk';
import { houseSettings } from './settings.svelte';
import { staffSession } from './staffSession.svelte';
import { storageHealth } from './storageHealth.svelte';
import { visit } from './visit.svelte';

/** Everything the wall needs before it shows anything: settings, language, idle timer, and the demo house when asked. */
export async function startWall(): Promise<void> {
  // The house language is set the moment the settings arrive, before the wall can show: a resident
  // who taps "Español" while the rest is still loading keeps their choice.
  const settingsAndLanguage = houseSettings.load().then(() => visit.setHouseLocale(houseSettings.current.defaultLocale));
  let info: AppInfo;
  try {
    [info] = await Promise.all([unwrap(kiosk.app.info()), settingsAndLanguage, staffSession.startLocked()]);
  } catch (error) {
    // A damaged settings or staff file: the recovery screen, never first-run setup or "could not start".
    if (storageHealth.reportBridgeFailure(error)) return;
    throw error;
  }
  await recordRestoredFiles(info.restoredFiles);
  if (info.demo) {
    const house = await unwrap(kiosk.app.exampleHouse());
    await loadExampleHouse(db, house, houseSettings.current.shareRetentionDays);
  }
  idle.configure(houseSettings.current.idleTimeoutSeconds);
  staffSession.configure(houseSettings.current.staffRelockSeconds);
  keepAttendanceRetention();
  keepShareRetention();
}

/** Main put a damaged file back from its copy: the audit log says so, once. The wall starts regardless. */
async function recordRestoredFiles(restored: AppInfo['restoredFiles']): Promise<void> {
  try {
    for (const { file, at } of restored) await recordHearthEventOnce('recovery.restoredFromBackup', file, at);
  } catch (error) {
    console.warn('[startup] Could not write the restore to the audit log.', error);
  }
}
