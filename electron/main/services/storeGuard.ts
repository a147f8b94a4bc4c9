import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { StoreUnreadableError, type KeyValueStore } from './keyValueStore';

// Kept apart from confStore.ts so the Electron build does not bundle conf (electron-store brings its own).

/** Store files hold PIN hashes and the house's settings: readable and writable by Hearth's own user only. */
export const STORE_FILE_MODE = 0o600;
export const STORE_FOLDER_MODE = 0o700;

/** Creates the folder of main's files for Hearth's user only, and tightens one that was made looser. */
export function secureStoreFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: STORE_FOLDER_MODE });
  if ((statSync(folder).mode & 0o777) !== STORE_FOLDER_MODE) chmodSync(folder, STORE_FOLDER_MODE);
}

/** Tightens a store file (or its copy) made looser, e.g. by an earlier version; a missing file is left alone. */
export function secureStoreFile(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (mode !== STORE_FILE_MODE) chmodSync(path, STORE_FILE_MODE);
}

/** What electron-store and conf have in common. */
export interface ConfLike {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  readonly path: string;
}

/**
 * Reads a store file's text as conf and electron-store would, but refuses anything that is not
 * one JSON object: conf would quietly read `null`, an array or a number as an empty store, and
 * an empty staff store means first-run setup. Passed to both libraries as `deserialize`.
 */
export function parseStoreObject(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SyntaxError('The store file does not hold a JSON object.');
  }
  return value as Record<string, unknown>;
}

/** Turns the library's parse errors into StoreUnreadableError, the one error main handles. */
export function readingStore<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SyntaxError || (error instanceof Error && error.message.includes('Config schema violation'))) {
      throw new StoreUnreadableError(path, error);
    }
    throw error;
  }
}

export function wrapStore(conf: ConfLike): KeyValueStore {
  const guard = <T>(work: () => T): T => readingStore(conf.path, work);
  return {
    get: (key) => guard(() => conf.get(key)),
    set: (key, value) => guard(() => conf.set(key, value)),
    delete: (key) => guard(() => conf.delete(key)),
    get path() {
      return conf.path;
    },
  };
}
