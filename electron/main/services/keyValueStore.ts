/**
 * The small part of electron-store / conf that Hearth's main services use. electron-store
 * backs it in Electron; conf (electron-store's own base library) in tests and the web preview.
 * Both throw when the file on disk cannot be parsed: they never clear it (no clearInvalidConfig).
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  readonly path: string;
}

export interface StoreOptions {
  /** Folder that holds the file. */
  cwd: string;
  /** File name without extension: one store per concern, so one damaged file cannot take the others down. */
  name: 'settings' | 'staff' | 'alerts' | 'backups';
}

export type StoreFactory = (options: StoreOptions) => KeyValueStore;

/** The store file exists but cannot be read as JSON; Hearth must fail closed, not start afresh. */
export class StoreUnreadableError extends Error {
  constructor(
    readonly storePath: string,
    cause: unknown,
  ) {
    super(`The file ${storePath} cannot be read.`, { cause });
    this.name = 'StoreUnreadableError';
  }
}
