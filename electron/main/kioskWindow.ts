import { APP_ORIGIN } from './appFiles';
import type { KioskWindow, KioskWindowConstructor } from './electronApi';

export const KIOSK_START_URL = `${APP_ORIGIN}/index.html`;

/** The wall's background colour (renderer/src/styles/global.css --bg), shown before the first paint. */
const WALL_BACKGROUND = '#f7f3ec';

/** A crash within this long of the last one waits before reloading, so a crash loop cannot spin. */
const CRASH_LOOP_WINDOW_MS = 60_000;
const MAX_RELOAD_DELAY_MS = 30_000;

export interface KioskWindowDeps {
  BrowserWindow: KioskWindowConstructor;
  preloadPath: string;
  packaged: boolean;
  /** Whatever must happen when the page starts afresh: staff mode relocks. */
  rendererReset: () => void;
  log: (message: string) => void;
}

/**
 * Opens the one kiosk window on app://hearth. Every fresh start of the page (first load,
 * reload, recovery) resets the renderer-facing state first, so the page always comes back
 * locked. A crashed page reloads; a hung one is ended, then reloads; repeated crashes back off.
 */
export function openKioskWindow(deps: KioskWindowDeps): KioskWindow {
  const { BrowserWindow } = deps;
  // Written out here, where `new BrowserWindow` is, so electronegativity can read every option.
  const window = new BrowserWindow({
    title: 'Hearth',
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: WALL_BACKGROUND,
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise ask for a new window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      zoomFactor: 1,
      devTools: !deps.packaged,
    },
  });
  const contents = window.webContents;
  let lastCrashAt = Number.NEGATIVE_INFINITY;
  let reloadDelayMs = 0;

  const recover = (reason: string) => {
    const at = Date.now();
    reloadDelayMs = at - lastCrashAt < CRASH_LOOP_WINDOW_MS ? Math.min(Math.max(reloadDelayMs * 2, 1_000), MAX_RELOAD_DELAY_MS) : 0;
    lastCrashAt = at;
    deps.log(`The kiosk page's renderer is gone (${reason}); reloading${reloadDelayMs ? ` in ${reloadDelayMs} ms` : ''}.`);
    deps.rendererReset();
    const reload = () => {
      if (!window.isDestroyed()) contents.reload();
    };
    if (reloadDelayMs === 0) reload();
    else setTimeout(reload, reloadDelayMs);
  };

  contents.on('did-start-loading', () => deps.rendererReset());
  contents.on('render-process-gone', (_event, details) => recover(details.reason));
  // A hung renderer cannot run a reload. Ending it emits render-process-gone, which reloads.
  contents.on('unresponsive', () => {
    deps.log('The kiosk page stopped responding; ending its renderer.');
    contents.forcefullyCrashRenderer();
  });
  void contents.loadURL(KIOSK_START_URL).catch((error: unknown) => deps.log(`Could not load ${KIOSK_START_URL}: ${String(error)}`));
  return window;
}
