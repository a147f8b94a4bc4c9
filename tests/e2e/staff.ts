import { expect, type Page } from '@playwright/test';
import type { BridgeResult } from '../../shared/bridge/channel';
import type { SetupResult, StaffSessionInfo, UnlockResult } from '../../shared/staff';

/**
 * Helpers for browser tests that need staff mode. A preview without --demo has no staff account,
 * so the wall shows first-run setup until one exists: call `setupStaff(page)` before
 * `page.goto('/')` in any test that wants the wall (demo previews already have "Demo staff").
 *
 *   await setupStaff(page);                 // bridge: creates STAFF, no UI
 *   await page.goto('/');
 *   await unlockStaff(page);                // real UI: Staff button → (name, if several) → PIN pad → staff mode
 *   await openStaffArea(page, 'Settings');
 */

/** The staff member most tests use. The PIN passes the PIN rules. */
export const STAFF = { name: 'Sam Rivera', pin: '482915' } as const;
/** The account the web preview makes with --demo. */
export const DEMO_STAFF = { name: 'Demo staff', pin: '246810' } as const;

const origins = new WeakMap<Page, string>();
/**
 * Each helper call on a connection of its own. Playwright's request client keeps connections open
 * with no time limit; the preview closes one after 5 s without a request. A call made as that
 * happens went out on a connection being closed and failed with ECONNRESET (a test waiting through
 * a PIN lockout, on a busy machine).
 */
const FRESH_CONNECTION = { Connection: 'close' } as const;

/** The preview's origin, found from the context's baseURL without opening a page. */
async function previewOrigin(page: Page): Promise<string> {
  const known = origins.get(page);
  if (known) return known;
  const response = await page.request.get('/', { headers: FRESH_CONNECTION });
  const origin = new URL(response.url()).origin;
  origins.set(page, origin);
  return origin;
}

/** Calls the bridge as the page would (same origin), whether or not the page has been opened yet. */
export async function bridgeCall<T>(page: Page, area: string, verb: string, payload?: unknown): Promise<BridgeResult<T>> {
  const origin = await previewOrigin(page);
  const response = await page.request.post(`/kiosk/${area}/${verb}`, {
    headers: { Origin: origin, 'Content-Type': 'application/json', ...FRESH_CONNECTION },
    ...(payload === undefined ? {} : { data: JSON.stringify(payload) }),
  });
  return (await response.json()) as BridgeResult<T>;
}

/** Creates the first staff account through the bridge (no setup screen). Returns its id and recovery code. */
export async function setupStaff(page: Page, staff: { name: string; pin: string } = STAFF): Promise<SetupResult> {
  const result = await bridgeCall<SetupResult>(page, 'staff', 'setup', staff);
  if (!result.ok) throw new Error(`Staff setup failed: ${result.error.message}`);
  return result.value;
}

/** The id of a staff member by name, as the unlock screen lists them. */
export async function staffIdOf(page: Page, name: string): Promise<string> {
  const status = await bridgeCall<{ staff: { id: string; name: string }[] }>(page, 'staff', 'status');
  const member = status.ok ? status.value.staff.find((s) => s.name === name) : undefined;
  if (!member) throw new Error(`No staff member named ${name}: ${JSON.stringify(status)}`);
  return member.id;
}

/**
 * Opens main's staff session through the bridge, for tests that call staff-only channels
 * directly. The renderer does not know about it, and a page load locks it again.
 */
export async function unlockStaffViaBridge(page: Page, staff: { name: string; pin: string } = STAFF): Promise<StaffSessionInfo> {
  const staffId = await staffIdOf(page, staff.name);
  const result = await bridgeCall<UnlockResult>(page, 'staff', 'unlock', { staffId, pin: staff.pin });
  if (!result.ok || result.value.outcome !== 'ok') throw new Error(`Unlock failed: ${JSON.stringify(result)}`);
  return result.value.session;
}

/** Taps a PIN on the on-screen PIN pad, then the pad's submit button (OK, Next, Open…) if given. */
export async function tapPin(page: Page, pin: string, submit?: string) {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  if (submit) await page.getByRole('button', { name: submit, exact: true }).click();
}

/** How many staff accounts main holds. */
export async function staffCount(page: Page): Promise<number> {
  const status = await bridgeCall<{ staff: unknown[] }>(page, 'staff', 'status');
  if (!status.ok) throw new Error(`No staff status: ${JSON.stringify(status)}`);
  return status.value.staff.length;
}

/**
 * Opens the PIN pad for `name` from the unlock screen: with several accounts staff tap their name
 * first; with one, the pad is already there, saying whose PIN it asks for.
 */
export async function choosePinPad(page: Page, name: string, hello = `Hello, ${name}`) {
  if ((await staffCount(page)) > 1) await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name: hello })).toBeVisible();
}

/** Unlocks staff mode through the real UI, starting from the wall, and waits for the staff shell. */
export async function unlockStaff(page: Page, staff: { name: string; pin: string } = STAFF) {
  await page.getByRole('button', { name: 'Staff mode' }).click();
  await choosePinPad(page, staff.name);
  await tapPin(page, staff.pin, 'Open');
  await expect(page.getByTestId('staff-shell')).toBeVisible();
}

/** Opens one area of staff mode by its name in the shell's list. */
export async function openStaffArea(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name }).click();
}
