import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
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
