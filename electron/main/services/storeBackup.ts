import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StoreUnreadableError, type KeyValueStore, type StoreFactory, type StoreOptions } from './keyValueStore';
import { parseStoreObject, secureStoreFile, secureStoreFolder } from './storeGuard';

/** A damaged store file that was put back from its last-known-good copy. */
export interface StoreRestore {
  /** The store file's name, e.g. 'staff.json'. */
  file: string;
  /** When it was put back, in milliseconds since the epoch. */
  at: number;
  /** Where the damaged file was kept, untouched, for the IT person. */
  damagedCopy: string;
}

export interface KeptStoreOptions {
  /** The store file. Its last-known-good copy is `<path>.bak`. */
  path: string;
  /** Opens the library's store; a damaged file makes its calls throw StoreUnreadableError. */
  open: () => KeyValueStore;
  onRestored: (restore: StoreRestore) => void;
  log: (message: string) => void;
  now?: () => number;
}

/** A store that keeps a last-known-good copy of its file and falls back on it. */
export interface KeptStore extends KeyValueStore {
  /** Opens the store now (restoring it if needed); throws StoreUnreadableError when it cannot. */
  check(): void;
}

export const backupPathOf = (path: string) => `${path}.bak`;

/**
 * Wraps a store so that its file survives damage: after every successful write the file is
 * copied, atomically, to `<name>.json.bak`. When the file cannot be read and the copy parses,
 * the damaged file is moved aside (never erased), the copy is put back and the call goes on;
 * the restore is logged and reported. Without a usable copy the call fails closed with
 * StoreUnreadableError, and nothing is written.
 */
export function keptStore(options: KeptStoreOptions): KeptStore {
  const { path, log } = options;
  const now = options.now ?? Date.now;
  let store: KeyValueStore | undefined;

  const opened = (): KeyValueStore => {
    if (store) return store;
    // Every kept store, whatever its name: its folder and files for Hearth's user only.
    tighten(() => secureStoreFolder(dirname(path)), dirname(path));
    tighten(() => secureStoreFile(path), path);
    tighten(() => secureStoreFile(backupPathOf(path)), backupPathOf(path));
    // Refuses a damaged file before the library sees it, so even the first call fails closed.
    const text = readStoreText(path);
    const fresh = options.open();
    if (text !== undefined && !existsSync(backupPathOf(path))) keepCopy(text);
    store = fresh;
    return fresh;
  };

  // A file whose mode cannot be changed (another owner, a read-only mount) is reported, not fatal.
  const tighten = (work: () => void, what: string) => {
    try {
      work();
    } catch (error) {
      log(`Could not make ${what} private to Hearth's user: ${String(error)}`);
    }
  };

  const keepCopy = (text: string) => {
    try {
      writeFileAtomically(backupPathOf(path), text);
    } catch (error) {
      // The write itself succeeded; only the spare copy is behind. Say so, and carry on.
      log(`Could not update the backup copy of ${path}: ${String(error)}`);
    }
  };

  const keepCopyOfFile = () => {
    let text: string | undefined;
    try {
      text = readStoreText(path);
    } catch (error) {
      // Never copy a file that does not read back: the last good copy stays as it is.
      log(`${path} did not read back after a write; its backup copy was left as it was: ${String(error)}`);
      return;
    }
    if (text !== undefined) keepCopy(text);
  };

  const restore = (damage: StoreUnreadableError): boolean => {
    const backup = backupPathOf(path);
    let text: string | undefined;
    try {
      text = readStoreText(backup);
    } catch {
      log(`${path} cannot be read, and neither can its backup copy ${backup}: nothing was changed.`);
      return false;
    }
    if (text === undefined) {
      log(`${path} cannot be read and has no backup copy: nothing was changed.`);
      return false;
    }
    const at = now();
    const damagedCopy = `${path}.damaged-${new Date(at).toISOString().replace(/[:.]/g, '-')}`;
    if (existsSync(path)) {
      renameSync(path, damagedCopy);
      tighten(() => secureStoreFile(damagedCopy), damagedCopy);
    }
    writeFileAtomically(path, text);
    store = undefined;
    log(`${path} could not be read (${String(damage.cause)}); restored it from ${backup} and kept the damaged file as ${damagedCopy}.`);
    options.onRestored({ file: basename(path), at, damagedCopy });
    return true;
  };

  const use = <T>(work: (s: KeyValueStore) => T, writes: boolean): T => {
    let result: T;
    try {
      result = work(opened());
    } catch (error) {
      if (!(error instanceof StoreUnreadableError) || !restore(error)) throw error;
      result = work(opened());
    }
    if (writes) {
      tighten(() => secureStoreFile(path), path);
      keepCopyOfFile();
    }
    return result;
  };

  return {
    get: (key) => use((s) => s.get(key), false),
    set: (key, value) => use((s) => s.set(key, value), true),
    delete: (key) => use((s) => s.delete(key), true),
    // Reads the file itself: the library may hold it open already and would not notice damage until its next call.
    check: () => void use(() => readStoreText(path), false),
    path,
  };
}

/**
 * A store file's text when it holds one JSON object; undefined when there is no file;
 * StoreUnreadableError for anything else (garbage, empty, truncated, not an object).
 */
export function readStoreText(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    parseStoreObject(text);
  } catch (error) {
    throw new StoreUnreadableError(path, error);
  }
  return text;
}

/** Writes the whole text or nothing: a temporary file, flushed to disk, then renamed over `path`. */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  flushFolder(dirname(path));
}

/** Makes the rename itself durable; not every file system lets a folder be opened for this. */
function flushFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // A rename that is not yet on disk leaves the old, complete file: still safe.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface MainStoresOptions {
  dataDir: string;
  openStore: StoreFactory;
  log: (message: string) => void;
}

/** Main's store files, each `<name>.json` in the data folder. */
export const MAIN_STORE_NAMES = ['settings', 'staff', 'alerts', 'backups'] as const;

/** Main's stores, each kept with its backup copy, and what had to be restored since start. */
export function openMainStores({ dataDir, openStore, log }: MainStoresOptions) {
  const restores: StoreRestore[] = [];
  const keep = (name: StoreOptions['name']) =>
    keptStore({
      path: join(dataDir, `${name}.json`),
      open: () => openStore({ cwd: dataDir, name }),
      onRestored: (restore) => restores.push(restore),
      log,
    });
  const stores = {
    settings: keep('settings'),
    staff: keep('staff'),
    alerts: keep('alerts'),
    backups: keep('backups'),
  } satisfies Record<(typeof MAIN_STORE_NAMES)[number], KeptStore>;
  return {
    ...stores,
    /** Opens every store (restoring what needs it) and answers every restore since start. */
    restored(): StoreRestore[] {
      for (const store of Object.values(stores)) {
        try {
          store.check();
        } catch {
          // A store that cannot open fails its own calls closed; here it only has nothing to report.
        }
      }
      return [...restores];
    },
  };
}
