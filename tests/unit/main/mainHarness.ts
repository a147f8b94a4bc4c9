import { join } from 'node:path';
import { createDispatcher } from '../../../electron/main/bridge/dispatcher';
import { createHandlers, createMainServices, type MainServicesOptions } from '../../../electron/main/mainServices';
import { openConfStore } from '../../../electron/main/services/confStore';
import type { BridgeResult } from '../../../shared/bridge/channel';
import { freshStaffDir } from './staffAuthHarness';

/**
 * Main's real services behind its real bridge, built as the web preview builds them, quiet and on
 * a fresh data folder unless the overrides say otherwise.
 */
export function testMain(overrides: Partial<MainServicesOptions> = {}, dispatcherLog?: (message: string) => void) {
  const dataDir = overrides.dataDir ?? freshStaffDir();
  const services = createMainServices({
    openStore: openConfStore,
    version: '0.0.0-test',
    preview: true,
    demo: false,
    exampleHouseDir: join(process.cwd(), 'resources', 'example-house'),
    exitKiosk: () => {},
    log: () => {},
    ...overrides,
    dataDir,
  });
  const dispatch = createDispatcher(createHandlers(services), dispatcherLog);
  const call = <T>(area: string, verb: string, payload?: unknown) => dispatch(`kiosk:${area}:${verb}`, payload) as Promise<BridgeResult<T>>;
  return { services, dispatch, call, dataDir };
}

/** The value of a call that must succeed; a refusal fails the test with its code and message. */
export const valueOf = <T>(result: BridgeResult<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
