import type { KeyValueStore } from './keyValueStore';

/**
 * Opens a store on first use instead of at start-up, and tries again on every use until it
 * opens. A damaged file then fails only the calls that need it (fail closed, with the
 * StoreUnreadableError the opener throws) instead of stopping the whole main process, and a
 * file put back from a backup is picked up without a restart.
 */
export function lazyStore(path: string, open: () => KeyValueStore): KeyValueStore {
  let store: KeyValueStore | undefined;
  const opened = () => (store ??= open());
  return {
    get: (key) => opened().get(key),
    set: (key, value) => opened().set(key, value),
    delete: (key) => opened().delete(key),
    path,
  };
}
