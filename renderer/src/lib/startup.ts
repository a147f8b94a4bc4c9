import type { AppInfo } from '../../../shared/bridge/contract';
import { idle } from './idle.svelte';
import { kiosk, unwrap } from './kiosk';
import { houseSettings } from './settings.svelte';
import { staffSession } from './staffSession.svelte';
import { storageHealth } from './storageHealth.svelte';
import { visit } from './visit.svelte';
import { keepStartViewSaved } from './startView.svelte';
import { wallSchedule } from './wallSchedule.svelte';
import { warmFormatters } from './scheduleFormat';
import { whenSomeoneComesOrSettled } from './firstVisit';

/**
 * Everything the wall needs: settings, language, idle timer, the day's sessions, and the demo
 * house when asked. When the home screen already shows from the saved copy (startView), all of
 * it waits until that screen is on the glass; otherwise the day's sessions are read while main
 * answers. `prefetch` (the screens one tap from home) runs when the page is idle, half a second
 * after the first touch (its own frame first), or once the wall has stood untouched for a while (firstVisit.ts), whichever comes first: its first
 * seconds are for the home screen and the database, and the first resident to come, a minute or an
 * hour later, finds those screens ready.
 */
export async function startWall({ shownFromCopy = false, prefetch }: { shownFromCopy?: boolean; prefetch: () => Promise<void> }): Promise<void> {
  if (shownFromCopy) await afterFirstFrame();
  wallSchedule.start();
  keepStartViewSaved();
  // The house language is set the moment the settings arrive, unless the saved first frame
  // already showed it: a resident who taps "Español" on that frame keeps their choice.
  const settingsAndLanguage = houseSettings.load().then(() => {
    if (visit.houseLocale !== houseSettings.current.defaultLocale) visit.setHouseLocale(houseSettings.current.defaultLocale);
  });
  let info: AppInfo;
  try {
    [info] = await Promise.all([unwrap(kiosk.app.info()), settingsAndLanguage, staffSession.startLocked()]);
  } catch (error) {
    // A damaged settings or staff file: the recovery screen, never first-run setup or "could not start".
    if (storageHealth.reportBridgeFailure(error)) return;
    throw error;
  }
  idle.configure(houseSettings.current.idleTimeoutSeconds);
  staffSession.configure(houseSettings.current.staffRelockSeconds);
  whenSomeoneComesOrSettled(() => requestIdleCallback(() => void prefetch(), { timeout: 1000 }));
  requestIdleCallback(
    () => {
      warmFormatters(houseSettings.current.languages);
      wallSchedule.formattersReady();
    },
    { timeout: 2000 },
  );
  const data = await import('./startupData');
  await data.recordRestoredFiles(info.restoredFiles);
  if (info.demo) await data.loadDemoHouse(await unwrap(kiosk.app.exampleHouse()), houseSettings.current);
  data.keepHousekeeping();
}

/** Resolves once the current frame has been painted, or after a second if no frame comes (a hidden window paints none). */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 1000);
  });
}
