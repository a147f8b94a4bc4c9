import type { BridgeResult } from '../../shared/bridge/channel';
import { registerAppScheme, serveAppFiles } from './appProtocol';
import type { Dispatch } from './bridge/dispatcher';
import type { KioskElectron, KioskWindow } from './electronApi';
import { registerBridge } from './ipcBridge';
import { openKioskWindow } from './kioskWindow';
import { lockDownContents, lockDownSession } from './lockdown';

/** What the app needs from main's services: the bridge, and the hook run when the page starts afresh. */
export interface KioskServices {
  dispatch: Dispatch;
  rendererReset(): void;
}

export interface KioskAppOptions {
  preloadPath: string;
  rendererRoot: string;
  /** Builds main's services once Electron is ready. */
  openServices(): KioskServices;
  log(message: string): void;
}

export interface KioskAppHandle {
  /** The kiosk window once it is open; null in a second instance, which quits. */
  readonly ready: Promise<KioskWindow | null>;
}

/**
 * Starts the kiosk: sandbox for every renderer, the app:// scheme, one instance only, the
 * lockdown on every web contents and the session, no application menu, the display kept
 * awake, the bridge, and the one window.
 */
export function startKioskApp(electron: KioskElectron, options: KioskAppOptions): KioskAppHandle {
  const { app } = electron;
  // Both must happen before the app is ready.
  app.enableSandbox();
  registerAppScheme(electron.protocol);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(null) };
  }

  let window: KioskWindow | null = null;
  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  const ready = app.whenReady().then(() => {
    electron.setApplicationMenu(null);
    lockDownSession(electron.defaultSession());
    serveAppFiles(electron.protocol, options.rendererRoot);
    const services = openServicesOrExplain(options);
    registerBridge(electron.ipcMain, services.dispatch, options.log);
    electron.powerSaveBlocker.start('prevent-display-sleep');
    const opened = openKioskWindow({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: options.preloadPath,
      packaged: app.isPackaged,
      rendererReset: () => services.rendererReset(),
      log: options.log,
    });
    opened.on('closed', () => {
      window = null;
    });
    window = opened;
    return opened;
  });
  return { ready };
}

/**
 * A file main cannot read (a damaged settings or staff file) must not keep the window from
 * opening, and must not be reset: the page still opens, and every bridge call answers with an
 * error the renderer can show, until the file is restored.
 */
function openServicesOrExplain(options: KioskAppOptions): KioskServices {
  try {
    return options.openServices();
  } catch (error) {
    options.log(`Main services could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const unavailable: BridgeResult<never> = {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : 'Main services could not start.' },
    };
    return { dispatch: async () => unavailable, rendererReset: () => {} };
  }
}
