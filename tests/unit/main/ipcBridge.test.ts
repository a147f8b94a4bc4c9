import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/main/bridge/dispatcher';
import type { BridgeRequestEvent } from '../../../electron/main/electronApi';
import { registerBridge } from '../../../electron/main/ipcBridge';
import { channels } from '../../../shared/bridge/contract';
import { FakeFrame, FakeIpcMain } from './fakeElectron';

function bridge() {
  const ipcMain = new FakeIpcMain();
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'dispatched' }));
  const log = vi.fn<(message: string) => void>();
  registerBridge(ipcMain, dispatch, log);
  return { ipcMain, dispatch, log };
}

/** A request from the top frame of a page showing `url`. */
function fromTopFrame(url: string): BridgeRequestEvent {
  const frame = new FakeFrame(url);
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

const FORBIDDEN = { ok: false, error: { code: 'forbidden' } };

describe('the IPC bridge', () => {
  it('hands a request from the kiosk page to the dispatcher, payload and all', async () => {
    const { ipcMain, dispatch } = bridge();
    const answer = await ipcMain.invoke('kiosk:settings:update', fromTopFrame('app://hearth/index.html'), { patch: { houseName: 'Maple' } });
    expect(answer).toEqual({ ok: true, value: 'dispatched' });
    expect(dispatch).toHaveBeenCalledWith('kiosk:settings:update', { patch: { houseName: 'Maple' } });
  });

  it('registers exactly one handler per contract channel', () => {
    const { ipcMain } = bridge();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels().map((c) => c.name).sort());
  });

  it.each([
    'https://example.com/index.html',
    'http://127.0.0.1:5178/',
    'file:///opt/Hearth/resources/app.asar/out/renderer/index.html',
    'app://evil/index.html',
    'app://hearth.evil/index.html',
    'app://someone@hearth/index.html',
    'app://hearth:8080/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses a top frame showing %s, without dispatching', async (url) => {
    const { ipcMain, dispatch, log } = bridge();
    expect(await ipcMain.invoke('kiosk:settings:get', fromTopFrame(url))).toMatchObject(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining(url));
  });

  it('refuses a subframe, even one on app://hearth, without dispatching', async () => {
    const { ipcMain, dispatch } = bridge();
    const top = new FakeFrame('app://hearth/index.html');
    const child = new FakeFrame('app://hearth/index.html', top);
    expect(await ipcMain.invoke('kiosk:app:exitKiosk', { senderFrame: child, sender: { mainFrame: top } })).toMatchObject(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a request whose frame is already gone, without dispatching', async () => {
    const { ipcMain, dispatch } = bridge();
    const top = new FakeFrame('app://hearth/index.html');
    expect(await ipcMain.invoke('kiosk:app:exitKiosk', { senderFrame: null, sender: { mainFrame: top } })).toMatchObject(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers every channel with the same sender check', async () => {
    const { ipcMain, dispatch } = bridge();
    for (const { name } of channels()) {
      expect(await ipcMain.invoke(name, fromTopFrame('https://example.com/')), name).toMatchObject(FORBIDDEN);
      expect(await ipcMain.invoke(name, fromTopFrame('app://hearth/index.html')), name).toEqual({ ok: true, value: 'dispatched' });
    }
    expect(dispatch).toHaveBeenCalledTimes(channels().length);
  });
});
