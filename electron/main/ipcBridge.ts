import type { BridgeResult } from '../../shared/bridge/channel';
import { channels } from '../../shared/bridge/contract';
import { isAppUrl } from './appUrl';
import type { Dispatch } from './bridge/dispatcher';
import type { BridgeIpcMain, BridgeRequestEvent } from './electronApi';

const FORBIDDEN: BridgeResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the kiosk page may use the bridge.' },
};

/**
 * True when a bridge request comes from the kiosk page itself: a live frame, the top frame
 * (never an iframe), showing a page from app://hearth.
 */
export function isTrustedSender(event: BridgeRequestEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  const isTopFrame = frame === event.sender.mainFrame || frame.parent === null;
  return isTopFrame && isAppUrl(frame.url);
}

/**
 * The one place bridge handlers are registered: one handler per contract channel that checks
 * the sender, then hands the payload to the dispatcher (which parses it against the contract).
 */
export function registerBridge(ipcMain: BridgeIpcMain, dispatch: Dispatch, log: (message: string) => void = () => {}): void {
  for (const { name } of channels()) {
    // eslint-disable-next-line no-restricted-syntax -- this is registerBridge itself: every channel gets the sender check below
    ipcMain.handle(name, async (event, payload) => {
      if (!isTrustedSender(event)) {
        log(`Refused ${name} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
        return FORBIDDEN;
      }
      return dispatch(name, payload);
    });
  }
}
