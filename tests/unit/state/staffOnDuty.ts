import { beforeAll, beforeEach } from 'vitest';
import { language } from '../../../renderer/src/lib/i18n.svelte';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import type { AlertStatus } from '../../../shared/alerts';
import type { SetupResult, UnlockResult } from '../../../shared/staff';
import { valueOf } from '../main/mainHarness';
import { GOOD_PIN } from '../main/staffAuthHarness';
import { mainOfThisPage } from './inProcessKiosk';

/**
 * A staff member with staff mode open, as after unlocking at the wall: the house's first account
 * is made in main if there is none, main opens a session for it, and the page follows.
 */
export async function staffOnDuty(name = 'Sam', pin = GOOD_PIN) {
  const main = mainOfThisPage();
  let staffId = valueOf(await main.call<{ staff: { id: string; name: string }[] }>('staff', 'status')).staff.find((s) => s.name === name)?.id;
  if (!staffId) staffId = valueOf(await main.call<SetupResult>('staff', 'setup', { name, pin })).staff.id;
  const unlocked = valueOf(await main.call<UnlockResult>('staff', 'unlock', { staffId, pin }));
  if (unlocked.outcome !== 'ok') throw new Error(`${name} could not unlock: ${unlocked.outcome}`);
  await staffSession.refresh();
  staffSession.signedIn(unlocked.session);
  return unlocked.session;
}

/** Main relocks by itself (its relock time passed, or the renderer restarted): the page has not noticed yet. */
export async function mainRelocks() {
  valueOf(await mainOfThisPage().call('staff', 'lock'));
}

/** How many alerts main holds that nobody has acknowledged yet. */
export const alertsWaiting = async () => valueOf(await mainOfThisPage().call<AlertStatus>('alerts', 'status')).waiting;

/**
 * A staff area's tests: staff mode's text is loaded once, and before each test the tables it
 * names are emptied and a staff member is on duty.
 */
export function staffAreaTests(...tables: { clear(): Promise<unknown> }[]) {
  beforeAll(async () => {
    await language.loadStaffText();
  });
  beforeEach(async () => {
    await Promise.all(tables.map((table) => table.clear()));
    if (!staffSession.unlocked) await staffOnDuty();
  });
}
