import { join } from 'node:path';
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import { STORE_FILE_MODE, parseStoreObject, secureStoreFolder, wrapStore } from '../services/storeGuard';
import type { KeyValueStore, StoreFactory, StoreOptions } from '../services/keyValueStore';
import { lazyStore } from '../services/lazyStore';

const stores = new Map<string, KeyValueStore>();

/**
 * Main's key-value stores on electron-store: one JSON file, and one store, per name in `cwd`
 * (the userData folder). electron-store parses the file as it opens it, so each store opens on
 * first use, inside wrapStore's guard: a damaged file fails that call closed with
 * StoreUnreadableError instead of stopping main, and is never cleared (clearInvalidConfig: false).
 */
export const openElectronStore: StoreFactory = (options) => {
  const path = join(options.cwd, `${options.name}.json`);
  const store = stores.get(path) ?? wrapStore(lazyStore(path, () => openFile(options)));
  stores.set(path, store);
  return store;
};

function openFile({ cwd, name }: StoreOptions): KeyValueStore {
  secureStoreFolder(cwd);
  try {
    return new ElectronStore<Record<string, unknown>>({
      cwd,
      name,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      deserialize: parseStoreObject,
      configFileMode: STORE_FILE_MODE,
    });
  } finally {
    // electron-store answers this synchronous message from any renderer with the userData
    // path; Hearth's page never asks, so nothing should answer.
    ipcMain.removeAllListeners('electron-store-get-data');
  }
}
