import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/main/bridge/dispatcher';
import { createHandlers, createMainServices } from '../../../electron/main/mainServices';
import { openConfStore } from '../../../electron/main/services/confStore';
import { StoreUnreadableError } from '../../../electron/main/services/keyValueStore';
import { channels } from '../../../shared/bridge/contract';
import { fakeEvent } from './fakeElectron';
import { bootKiosk, bootKioskWindow } from './kioskBoot';

const kioskFrame = { url: 'app://hearth/index.html', parent: null };
const fromKioskPage = { senderFrame: kioskFrame, sender: { mainFrame: kioskFrame } };

describe('starting the kiosk app', () => {
  it('sandboxes every renderer, before the app is ready', async () => {
    const { beforeReady } = await bootKiosk();
    expect(beforeReady.sandboxEnabled).toBe(true);
  });

  it('registers app:// as a standard, secure scheme with fetch, before the app is ready', async () => {
    const { beforeReady } = await bootKiosk();
    expect(beforeReady.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('serves app:// once ready', async () => {
    const { protocol } = await bootKiosk();
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });

  it('removes the application menu', async () => {
    const { applicationMenus } = await bootKiosk();
    expect(applicationMenus).toEqual([null]);
  });

  it('keeps the display awake', async () => {
    const { powerSaveBlocks } = await bootKiosk();
    expect(powerSaveBlocks).toEqual(['prevent-display-sleep']);
  });

  it('registers one bridge handler for every contract channel', async () => {
    const { ipcMain } = await bootKiosk();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels().map((c) => c.name).sort());
  });
});

describe('a single instance', () => {
  it('quits a second instance without opening a window or serving anything', async () => {
    const { handle, app, windows, ipcMain, protocol } = await bootKiosk({ singleInstanceLock: false });
    expect(await handle.ready).toBeNull();
    expect(app.quits).toBe(1);
    expect(windows).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handlers.size).toBe(0);
  });

  it('brings the running kiosk forward when a second instance starts', async () => {
    const { app, window } = await bootKioskWindow();
    window.minimized = true;
    app.emit('second-instance', fakeEvent({}), [], '/');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
    expect(app.quits).toBe(0);
  });
});

describe('renderer restarts', () => {
  it('resets the renderer-facing state on every page load, so a reload comes back locked', async () => {
    const { contents, rendererReset } = await bootKioskWindow();
    expect(rendererReset).toHaveBeenCalledTimes(1);
    contents.emit('did-start-loading');
    expect(rendererReset).toHaveBeenCalledTimes(2);
  });

  it('reloads a crashed page and resets first', async () => {
    const { contents, rendererReset } = await bootKioskWindow();
    rendererReset.mockClear();
    contents.emit('render-process-gone', fakeEvent({}), { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
    expect(rendererReset).toHaveBeenCalled();
  });

  it('ends a hung page, then reloads it and resets', async () => {
    const { contents, rendererReset } = await bootKioskWindow();
    rendererReset.mockClear();
    contents.emit('unresponsive');
    expect(contents.reloads).toBe(1);
    expect(rendererReset).toHaveBeenCalled();
  });

  it('waits longer between reloads when the page keeps crashing', async () => {
    vi.useFakeTimers();
    try {
      const { contents } = await bootKioskWindow();
      const crash = () => contents.emit('render-process-gone', fakeEvent({}), { reason: 'crashed', exitCode: 139 });
      crash();
      expect(contents.reloads).toBe(1);
      crash();
      expect(contents.reloads).toBe(1);
      vi.advanceTimersByTime(1_000);
      expect(contents.reloads).toBe(2);
      crash();
      vi.advanceTimersByTime(1_999);
      expect(contents.reloads).toBe(2);
      vi.advanceTimersByTime(1);
      expect(contents.reloads).toBe(3);
      vi.advanceTimersByTime(60_000);
      crash();
      expect(contents.reloads).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a damaged settings file at startup', () => {
  it('still opens the window with the real services, and leaves the file as it was', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-damaged-'));
    writeFileSync(join(dataDir, 'settings.json'), '{"house": {"houseName": "Map');
    const { window, ipcMain } = await bootKiosk({
      openServices: () => {
        const services = createMainServices({
          dataDir,
          openStore: openConfStore,
          version: '1.0.0',
          preview: false,
          demo: false,
          exampleHouseDir: join(process.cwd(), 'resources', 'example-house'),
          exitKiosk: vi.fn(),
        });
        return { dispatch: createDispatcher(createHandlers(services)), rendererReset: () => services.rendererReset() };
      },
    });
    expect(window?.webContents.loadedUrls).toEqual(['app://hearth/index.html']);
    expect(await ipcMain.invoke('kiosk:settings:get', fromKioskPage)).toMatchObject({ ok: false, error: { code: 'store-unreadable' } });
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe('{"house": {"houseName": "Map');
  });

  it('still opens the window, resets nothing, and answers the bridge with an error', async () => {
    const damaged = new StoreUnreadableError('/home/kiosk/.config/Hearth/settings.json', new SyntaxError('Unexpected end of JSON input'));
    const { window, ipcMain, log } = await bootKiosk({
      openServices: () => {
        throw damaged;
      },
    });
    expect(window?.webContents.loadedUrls).toEqual(['app://hearth/index.html']);
    const answer = await ipcMain.invoke('kiosk:settings:get', fromKioskPage);
    expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('settings.json cannot be read'));
  });
});
