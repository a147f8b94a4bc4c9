import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { Dispatch } from '../../../electron/main/bridge/dispatcher';
import { startKioskApp, type KioskServices } from '../../../electron/main/kioskApp';
import { fakeElectron, type FakeBrowserWindow } from './fakeElectron';

/** A built renderer folder with an index page and one script, for the app:// handler to serve. */
export function fakeRendererFolder(): string {
  // Inside a private folder of its own, so tests may put files beside it.
  const root = join(mkdtempSync(join(tmpdir(), 'hearth-out-')), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hearth</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("hearth");');
  return root;
}

export interface BootOptions {
  packaged?: boolean;
  singleInstanceLock?: boolean;
  openServices?: () => KioskServices;
}

/** Starts the kiosk app on the fake Electron, makes the app ready and waits for the window. */
export async function bootKiosk(options: BootOptions = {}) {
  const fake = fakeElectron({ packaged: options.packaged ?? true, singleInstanceLock: options.singleInstanceLock ?? true });
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'dispatched' }));
  const rendererReset = vi.fn();
  const log = vi.fn<(message: string) => void>();
  const rendererRoot = fakeRendererFolder();
  const handle = startKioskApp(fake.electron, {
    preloadPath: '/opt/Hearth/resources/app.asar/out/preload/index.cjs',
    rendererRoot,
    log,
    openServices: options.openServices ?? (() => ({ dispatch, rendererReset })),
  });
  const beforeReady = { sandboxEnabled: fake.app.sandboxEnabled, privileged: [...fake.protocol.privileged] };
  fake.app.becomeReady();
  const window = (await handle.ready) as FakeBrowserWindow | null;
  return { ...fake, handle, window, dispatch, rendererReset, log, rendererRoot, beforeReady };
}

/** Boots the kiosk and returns its one window, which must exist. */
export async function bootKioskWindow(options: BootOptions = {}) {
  const booted = await bootKiosk(options);
  if (!booted.window) throw new Error('The kiosk window did not open.');
  return { ...booted, window: booted.window, contents: booted.window.webContents };
}
