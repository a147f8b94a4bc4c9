import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/main/bridge/dispatcher';
import { createHandlers, createMainServices } from '../../../electron/main/mainServices';
import { openConfStore } from '../../../electron/main/services/confStore';
import { StaffAuth } from '../../../electron/main/services/staffAuth';
import { openMainStores } from '../../../electron/main/services/storeBackup';
import type { BridgeResult } from '../../../shared/bridge/channel';
import type { StaffStatus, UnlockResult } from '../../../shared/staff';
import { FakeFrame, fakeEvent, type FakeWebContents } from './fakeElectron';
import { bootKioskWindow } from './kioskBoot';
import { GOOD_PIN, TEST_HASH_PARAMS, freshStaffDir } from './staffAuthHarness';

/*
 * The kiosk window on the fake Electron, with main's real services on conf files in a temporary
 * folder: a staff member unlocks through the IPC bridge, the page's renderer crashes or hangs,
 * and the page must come back reloaded and locked.
 */

const kioskPage = new FakeFrame('app://hearth/index.html');
const fromKioskPage = { senderFrame: kioskPage, sender: { mainFrame: kioskPage } };

async function kioskWithStaffUnlocked() {
  const dataDir = freshStaffDir();
  // Sam is made with cheap hash parameters; main checks the PIN with the stored ones.
  const sam = (await new StaffAuth(openMainStores({ dataDir, openStore: openConfStore, log: () => {} }).staff, { hashParams: TEST_HASH_PARAMS }).setup('Sam', GOOD_PIN)).staff;
  const booted = await bootKioskWindow({
    openServices: () => {
      const services = createMainServices({
        dataDir,
        openStore: openConfStore,
        version: '0.0.0-test',
        preview: false,
        demo: false,
        exampleHouseDir: join(process.cwd(), 'resources', 'example-house'),
        exitKiosk: vi.fn(),
        log: vi.fn(),
      });
      return { dispatch: createDispatcher(createHandlers(services)), rendererReset: () => services.rendererReset() };
    },
  });
  const call = <T>(area: string, verb: string, payload?: unknown) =>
    booted.ipcMain.invoke(`kiosk:${area}:${verb}`, fromKioskPage, payload) as Promise<BridgeResult<T>>;
  const unlock = await call<UnlockResult>('staff', 'unlock', { staffId: sam.id, pin: GOOD_PIN });
  expect(unlock).toMatchObject({ ok: true, value: { outcome: 'ok' } });
  return { ...booted, call };
}

async function expectLocked(call: Awaited<ReturnType<typeof kioskWithStaffUnlocked>>['call']) {
  expect(await call<StaffStatus>('staff', 'status')).toMatchObject({ ok: true, value: { session: null, needsSetup: false } });
  expect(await call('settings', 'update', { patch: { houseName: 'Anyone House' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await call('app', 'exitKiosk')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
}

const RESTARTS: [string, (contents: FakeWebContents) => void][] = [
  ['the renderer process is gone (crashed)', (c) => c.emit('render-process-gone', fakeEvent({}), { reason: 'crashed', exitCode: 139 })],
  ['the renderer process is gone (out of memory)', (c) => c.emit('render-process-gone', fakeEvent({}), { reason: 'oom', exitCode: 0 })],
  ['the page stops responding', (c) => c.emit('unresponsive')],
  ['the page reloads', (c) => c.reload()],
];

describe('a renderer that crashes, hangs or reloads while staff mode is open', () => {
  it('is unlocked before anything happens, so the test starts from an open staff session', async () => {
    const { call } = await kioskWithStaffUnlocked();
    expect(await call<StaffStatus>('staff', 'status')).toMatchObject({ ok: true, value: { session: { name: 'Sam' } } });
    expect(await call('settings', 'update', { patch: { houseName: 'Maple House' } })).toMatchObject({ ok: true });
  });

  it.each(RESTARTS)('comes back reloaded and locked when %s', async (_what, restart) => {
    const { contents, call } = await kioskWithStaffUnlocked();
    const reloadsBefore = contents.reloads;
    restart(contents);
    expect(contents.reloads).toBe(reloadsBefore + 1);
    await expectLocked(call);
  });

  it('keeps the staff accounts: the same PIN unlocks again after the crash', async () => {
    const { contents, call } = await kioskWithStaffUnlocked();
    RESTARTS[0]![1](contents);
    const status = await call<StaffStatus>('staff', 'status');
    const samId = status.ok ? status.value.staff[0]?.id : undefined;
    expect(await call('staff', 'unlock', { staffId: samId, pin: GOOD_PIN })).toMatchObject({ ok: true, value: { outcome: 'ok' } });
  });
});
