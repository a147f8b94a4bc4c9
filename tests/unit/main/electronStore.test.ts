import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { StoreUnreadableError } from '../../../electron/main/services/keyValueStore';
import { SettingsService } from '../../../electron/main/services/settingsService';
import { parseStoreObject } from '../../../electron/main/services/storeGuard';

// The real 'electron' module would try to download the binary, and electron-store needs a
// running Electron. electron-store is Conf with Electron's paths, so Conf stands in for it.
const electronStub = vi.hoisted(() => ({ removeAllListeners: vi.fn(), storeOptions: [] as Record<string, unknown>[] }));
vi.mock('electron', () => ({ ipcMain: { removeAllListeners: electronStub.removeAllListeners } }));
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return {
    default: class ElectronStoreOnConf extends Conf<Record<string, unknown>> {
      constructor({ name, ...options }: { name: string; cwd: string; clearInvalidConfig: boolean; accessPropertiesByDotNotation: boolean }) {
        electronStub.storeOptions.push({ name, ...options });
        super({ ...options, configName: name, projectName: 'hearth' });
      }
    },
  };
});

const { openElectronStore } = await import('../../../electron/main/electron/electronStore');

const freshDir = () => mkdtempSync(join(tmpdir(), 'hearth-electron-store-'));

describe('the electron-store adapter', () => {
  it('keeps one file per name in the given folder, never clearing an unreadable one', () => {
    const cwd = freshDir();
    const store = openElectronStore({ cwd, name: 'settings' });
    expect(store.path).toBe(join(cwd, 'settings.json'));
    store.set('house', { houseName: 'Maple' });
    expect(store.get('house')).toEqual({ houseName: 'Maple' });
    expect(JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8'))).toEqual({ house: { houseName: 'Maple' } });
    expect(electronStub.storeOptions.at(-1)).toEqual({
      name: 'settings',
      cwd,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      deserialize: parseStoreObject,
      configFileMode: 0o600,
    });
  });

  it('hands out the same store for the same name', () => {
    const cwd = freshDir();
    expect(openElectronStore({ cwd, name: 'staff' })).toBe(openElectronStore({ cwd, name: 'staff' }));
    expect(openElectronStore({ cwd, name: 'staff' })).not.toBe(openElectronStore({ cwd, name: 'settings' }));
  });

  it('does not touch the file until the store is used', () => {
    const cwd = freshDir();
    openElectronStore({ cwd, name: 'settings' });
    expect(existsSync(join(cwd, 'settings.json'))).toBe(false);
  });

  it('lets main start on a damaged file, fails closed on use, and leaves the file as it was', () => {
    const cwd = freshDir();
    const damaged = '{"house": {"houseName": "Map';
    writeFileSync(join(cwd, 'settings.json'), damaged);
    const service = new SettingsService(openElectronStore({ cwd, name: 'settings' }));
    expect(() => service.get()).toThrow(StoreUnreadableError);
    expect(() => service.update({ houseName: 'New' })).toThrow(StoreUnreadableError);
    expect(readFileSync(join(cwd, 'settings.json'), 'utf8')).toBe(damaged);
  });

  it('opens once the damaged file has been restored', () => {
    const cwd = freshDir();
    writeFileSync(join(cwd, 'settings.json'), '{');
    const store = openElectronStore({ cwd, name: 'settings' });
    expect(() => store.get('house')).toThrow(StoreUnreadableError);
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ house: { houseName: 'Maple' } }));
    expect(store.get('house')).toEqual({ houseName: 'Maple' });
  });

  it("silences electron-store's userData answer to renderers each time it opens a file", () => {
    electronStub.removeAllListeners.mockClear();
    openElectronStore({ cwd: freshDir(), name: 'settings' }).get('house');
    expect(electronStub.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });
});
