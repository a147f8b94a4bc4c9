/// <reference types="electron" />

/*
 * The small parts of Electron's API that the kiosk modules use. They are handed in rather than
 * imported, so the modules run in plain Node and are tested against a fake. Every signature is
 * written against electron.d.ts, and electron/main/index.ts passes the real objects, so the
 * type checker proves that Electron fits them.
 */

export type NavigationEvent = Electron.Event<{ url: string }>;

/** Any web contents the app creates: the kiosk page, and anything that might sneak in. */
export interface LockableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Electron.Event) => void): unknown;
  on(event: 'context-menu', listener: (event: Electron.Event) => void): unknown;
  on(event: 'before-input-event', listener: (event: Electron.Event, input: Electron.Input) => void): unknown;
  on(event: 'did-finish-load', listener: () => void): unknown;
  setWindowOpenHandler: Electron.WebContents['setWindowOpenHandler'];
  setVisualZoomLevelLimits: Electron.WebContents['setVisualZoomLevelLimits'];
  setZoomFactor: Electron.WebContents['setZoomFactor'];
}

/** The kiosk page's contents, which also recover from crashes and hangs. */
export interface KioskContents {
  on(
    event: 'render-process-gone',
    listener: (event: Electron.Event, details: Electron.RenderProcessGoneDetails) => void,
  ): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'did-start-loading', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
  reload(): void;
  forcefullyCrashRenderer(): void;
}

export interface KioskWindow {
  readonly webContents: KioskContents;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  on(event: 'closed', listener: () => void): unknown;
}

export type KioskWindowConstructor = new (options: Electron.BrowserWindowConstructorOptions) => KioskWindow;

export type LockableSession = Pick<
  Electron.Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & {
  on(event: 'will-download', listener: (event: Electron.Event) => void): unknown;
};

export type AppProtocol = Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

/** The frame that sent a bridge request, as IpcMainInvokeEvent describes it. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

export interface BridgeRequestEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly mainFrame: SenderFrame };
}

export interface BridgeIpcMain {
  handle(channel: string, listener: (event: BridgeRequestEvent, payload: unknown) => Promise<unknown>): void;
}

export interface KioskAppApi {
  readonly isPackaged: boolean;
  enableSandbox(): void;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<void>;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: Electron.Event, contents: LockableContents) => void): unknown;
}

/** Everything the kiosk app needs from Electron, in one object. */
export interface KioskElectron {
  app: KioskAppApi;
  protocol: AppProtocol;
  ipcMain: BridgeIpcMain;
  setApplicationMenu(menu: null): void;
  powerSaveBlocker: Pick<Electron.PowerSaveBlocker, 'start'>;
  defaultSession(): LockableSession;
  BrowserWindow: KioskWindowConstructor;
}
