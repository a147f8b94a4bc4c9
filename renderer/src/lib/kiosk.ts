import { channels, type KioskApi } from '../../../shared/bridge/contract';
import type { BridgeError, BridgeResult } from '../../../shared/bridge/channel';

declare global {
  interface Window {
    kiosk?: KioskApi;
  }
}

/**
 * In Electron the preload provides window.kiosk. In the web preview there is no preload, so the
 * same contract is answered over POST /kiosk/<area>/<verb> on the page's own origin.
 */
function httpKiosk(): KioskApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<BridgeResult<unknown>>>> = {};
  for (const { area, verb } of channels()) {
    (api[area] ??= {})[verb] = async (request) => {
      try {
        const response = await fetch(`/kiosk/${area}/${verb}`, {
          method: 'POST',
          // Carries the page token the preview set with this page: staff calls need it.
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: request === undefined ? '' : JSON.stringify(request),
        });
        return (await response.json()) as BridgeResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'failed', message: 'The kiosk service did not answer.' } };
      }
    };
  }
  return api as unknown as KioskApi;
}

export const kiosk: KioskApi = window.kiosk ?? httpKiosk();

export class KioskError extends Error {
  constructor(readonly error: BridgeError) {
    super(error.message);
    this.name = 'KioskError';
  }
}

/** Unwraps a bridge result for callers that treat failure as exceptional. */
export async function unwrap<T>(pending: Promise<BridgeResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new KioskError(result.error);
  return result.value;
}
