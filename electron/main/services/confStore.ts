import { join } from 'node:path';
import Conf from 'conf';
import type { KeyValueStore, StoreOptions } from './keyValueStore';
import { lazyStore } from './lazyStore';
import { STORE_FILE_MODE, parseStoreObject, readingStore, secureStoreFolder, wrapStore } from './storeGuard';

/**
 * Conf-backed store for tests and the web preview. Never clears an unreadable file. Conf reads
 * the file as it opens it, so the store opens on first use: a damaged file then fails the calls
 * that need it with StoreUnreadableError instead of stopping the preview from starting.
 */
export function openConfStore({ cwd, name }: StoreOptions): KeyValueStore {
  const path = join(cwd, `${name}.json`);
  return lazyStore(path, () => {
    secureStoreFolder(cwd);
    return wrapStore(
      readingStore(path, () =>
        new Conf<Record<string, unknown>>({
          cwd,
          configName: name,
          projectName: 'hearth',
          clearInvalidConfig: false,
          accessPropertiesByDotNotation: false,
          deserialize: parseStoreObject,
          configFileMode: STORE_FILE_MODE,
        }),
      ),
    );
  });
}
