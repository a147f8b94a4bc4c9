import { channels, type KioskApi } from '../../../shared/bridge/contract';
import type { MainServicesOptions } from '../../../electron/main/mainServices';
import { testMain } from '../main/mainHarness';

/**
 * The kiosk bridge as the page sees it, answered in this process by main's real handlers over a
 * fresh data folder: every request and answer is copied as IPC copies it, so nothing is shared
 * by reference between the page's state and main's.
 */
export function inProcessKiosk(overrides: Partial<MainServicesOptions> = {}) {
  const main = testMain(overrides);
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const { area, verb, name } of channels()) {
    (api[area] ??= {})[verb] = async (request) => structuredClone(await main.dispatch(name, request === undefined ? undefined : structuredClone(request)));
  }
  return { kiosk: api as unknown as KioskApi, main };
}

/** Main behind this test file's page (set up in tests/unit/state/setup.ts): to seed or read it directly. */
export const mainOfThisPage = () => (globalThis as unknown as { hearthMain: ReturnType<typeof testMain> }).hearthMain;
