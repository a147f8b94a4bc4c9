/// <reference types="electron" />
import type { BridgeRequestEvent, KioskElectron, SenderFrame } from '../../../electron/main/electronApi';

/*
 * A small fake of the Electron API for main-process tests. It records what the app asks of
 * Electron (window options, event handlers, protocol and IPC handlers, permission handlers) and
 * lets a test play Electron's part: emit events, press keys, navigate, crash the page.
 */

type Listener = (...args: never[]) => unknown;

class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

/** An Electron event whose preventDefault() is recorded. */
export function fakeEvent<P extends object>(params: P): Electron.Event<P> {
  let prevented = false;
  return {
    ...params,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export class FakeFrame implements SenderFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

const NO_KEY: Electron.Input = {
  type: 'keyDown',
  key: '',
  code: '',
  isAutoRepeat: false,
  isComposing: false,
  shift: false,
  control: false,
  alt: false,
  meta: false,
  location: 0,
  modifiers: [],
};

export class FakeWebContents extends FakeEmitter {
  readonly mainFrame = new FakeFrame('app://hearth/index.html');
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  visualZoomLimits: [number, number] | null = null;
  zoomFactors: number[] = [];
  loadedUrls: string[] = [];
  reloads = 0;

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }

  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void> {
    this.visualZoomLimits = [minimumLevel, maximumLevel];
    return Promise.resolve();
  }

  setZoomFactor(factor: number): void {
    this.zoomFactors.push(factor);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.emit('did-start-loading');
    return Promise.resolve();
  }

  reload(): void {
    this.reloads += 1;
    this.emit('did-start-loading');
  }

  /** As documented: ending the renderer emits render-process-gone with reason 'killed'. */
  forcefullyCrashRenderer(): void {
    this.emit('render-process-gone', fakeEvent({}), { reason: 'killed', exitCode: 9 } satisfies Electron.RenderProcessGoneDetails);
  }

  /** Emits before-input-event as Electron does for a key press; true when the app blocked it. */
  pressKey(key: Partial<Electron.Input>): boolean {
    const event = fakeEvent({});
    this.emit('before-input-event', event, { ...NO_KEY, ...key });
    return event.defaultPrevented;
  }

  /** Emits a navigation event for a URL; true when the app prevented it. */
  tryToNavigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    const navigation = fakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
    this.emit(event, navigation);
    return navigation.defaultPrevented;
  }

  /** Emits an event that carries only preventDefault; true when the app prevented it. */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    const preventable = fakeEvent({});
    this.emit(event, preventable, ...args);
    return preventable.defaultPrevented;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  focused = 0;
  restored = 0;
  minimized = false;
  destroyed = false;

  constructor(
    app: FakeApp,
    readonly options: Electron.BrowserWindowConstructorOptions,
  ) {
    super();
    // Electron announces every new web contents on the app before anything loads in it.
    app.emit('web-contents-created', fakeEvent({}), this.webContents);
  }

  focus(): void {
    this.focused += 1;
  }

  restore(): void {
    this.restored += 1;
    this.minimized = false;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeApp extends FakeEmitter {
  isReady = false;
  sandboxEnabled = false;
  quits = 0;
  private markReady: () => void = () => {};
  private readonly ready = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });

  constructor(
    readonly isPackaged: boolean,
    private readonly singleInstanceLock: boolean,
  ) {
    super();
  }

  enableSandbox(): void {
    if (this.isReady) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }

  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }

  quit(): void {
    this.quits += 1;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  becomeReady(): void {
    this.isReady = true;
    this.markReady();
  }
}

export class FakeProtocol {
  privileged: Electron.CustomScheme[] = [];
  handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  constructor(private readonly app: FakeApp) {}

  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (this.app.isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  }
}

export class FakeIpcMain {
  handlers = new Map<string, (event: BridgeRequestEvent, payload: unknown) => Promise<unknown>>();

  handle(channel: string, listener: (event: BridgeRequestEvent, payload: unknown) => Promise<unknown>): void {
    // Electron refuses a second handler for a channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  invoke(channel: string, event: BridgeRequestEvent, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, payload);
  }
}

export class FakeSession extends FakeEmitter {
  permissionRequestHandler: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null;
  permissionCheckHandler: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null;
  devicePermissionHandler: Parameters<Electron.Session['setDevicePermissionHandler']>[0] = null;

  setPermissionRequestHandler(handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: Parameters<Electron.Session['setDevicePermissionHandler']>[0]): void {
    this.devicePermissionHandler = handler;
  }
}

export function fakeElectron(options: { packaged?: boolean; singleInstanceLock?: boolean } = {}) {
  const app = new FakeApp(options.packaged ?? true, options.singleInstanceLock ?? true);
  const protocol = new FakeProtocol(app);
  const ipcMain = new FakeIpcMain();
  const session = new FakeSession();
  const windows: FakeBrowserWindow[] = [];
  const applicationMenus: unknown[] = [];
  const powerSaveBlocks: string[] = [];
  const electron: KioskElectron = {
    app,
    protocol,
    ipcMain,
    setApplicationMenu: (menu) => void applicationMenus.push(menu),
    powerSaveBlocker: {
      start: (type) => {
        powerSaveBlocks.push(type);
        return powerSaveBlocks.length;
      },
    },
    defaultSession: () => session,
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(windowOptions: Electron.BrowserWindowConstructorOptions) {
        super(app, windowOptions);
        windows.push(this);
      }
    },
  };
  return { electron, app, protocol, ipcMain, session, windows, applicationMenus, powerSaveBlocks };
}
