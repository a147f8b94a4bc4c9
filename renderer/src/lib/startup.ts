import { db } from '../db/db';
import { loadExampleHouse } from '../db/repositories/exampleHouse';
import { keepAttendanceRetention } from './attendanceRetention';
import { keepShareRetention } from './boards/shareRetention';
import { idle } from './idle.svelte';
import { kiosk, unwrap } from './kiosk';
import { houseSettings } from './settings.svelte';
import { staffSession } from './staffSession.svelte';
import { visit } from './visit.svelte';

/** Everything the wall needs before it shows anything: settings, language, idle timer, and the demo house when asked. */
export async function startWall(): Promise<void> {
  const [info] = await Promise.all([unwrap(kiosk.app.info()), houseSettings.load(), staffSession.startLocked()]);
  if (info.demo) {
    const house = await unwrap(kiosk.app.exampleHouse());
    await loadExampleHouse(db, house, houseSettings.current.shareRetentionDays);
  }
  visit.setHouseLocale(houseSettings.current.defaultLocale);
  idle.configure(houseSettings.current.idleTimeoutSeconds);
  staffSession.configure(houseSettings.current.staffRelockSeconds);
  keepAttendanceRetention();
  keepShareRetention();
}
