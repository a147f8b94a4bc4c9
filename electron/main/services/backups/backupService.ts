import { createHash } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  BACKUP_FAILURES,
  BACKUP_FILE_NAME,
  DEFAULT_KEPT_BACKUPS,
  MAX_KEPT_BACKUPS,
  MIN_KEPT_BACKUPS,
  type BackupAttempt,
  type BackupFailure,
  type BackupSchedulePatch,
  type BackupStatus,
  type OpenedBackup,
  type PassphraseResult,
  type StoredBackup,
} from '../../../../shared/backups';
import { BridgeRefusal } from '../../../../shared/bridge/channel';
import type { KeyValueStore } from '../keyValueStore';
import { BackupKeySchema, keyFromPassphrase, passphraseMatches, sealBackup, unsealWithKey, unsealWithPassphrase, type BackupKey, type ScryptParams } from './backupSeal';

const HOUR_MS = 60 * 60_000;
/** A daily backup is due this long after the last good one: a little under a day, so it does not drift later each day. */
export const DAILY_INTERVAL_MS = 23 * HOUR_MS;
/** After a failed attempt the daily backup tries again this much later, not at every check. */
export const RETRY_AFTER_MS = HOUR_MS;
/** No good backup for this long while daily backups are on: staff are told it was missed. */
export const MISSED_AFTER_MS = 36 * HOUR_MS;
/** The largest sealed file read back from the folder: a 50 MB backup grows by a third when sealed. */
const MAX_SEALED_BYTES = 70 * 1024 * 1024;

const AttemptSchema = v.object({
  at: v.number(),
  automatic: v.boolean(),
  ok: v.boolean(),
  file: v.nullable(v.string()),
  problem: v.nullable(v.picklist(BACKUP_FAILURES)),
  removed: v.number(),
});

export interface BackupServiceOptions {
  /** The backups' own store ('backups.json'): the key, the folder, the schedule and the last attempt. */
  store: KeyValueStore;
  /** Asks staff for the folder daily backups go to; null when they cancel. */
  chooseFolder: () => Promise<string | null>;
  now?: () => number;
  /** Reads a backup file back; tests give one that returns what a failing stick would. */
  readBack?: (path: string) => Promise<string>;
  /** scrypt's cost: tests use a cheaper one. */
  scrypt?: ScryptParams;
  log?: (message: string) => void;
}

/**
 * The house's backups in main: the passphrase's key, the folder staff chose (a USB stick), the
 * daily schedule, and every file written there sealed and checked. The renderer holds the
 * database, so it hands main the backup's text; main never writes it anywhere unsealed.
 */
export class BackupService {
  readonly #store: KeyValueStore;
  readonly #now: () => number;
  readonly #log: (message: string) => void;
  /** One write at a time: a staff "Back up now" and the daily one must not share a file name or a prune. */
  #writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: BackupServiceOptions) {
    this.#store = options.store;
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? ((message) => console.error(`[backups] ${message}`));
  }

  status(): BackupStatus {
    const now = this.#now();
    const key = this.#key();
    const folder = this.#folder();
    const daily = this.#store.get('daily') === true;
    const last = this.#last();
    const lastGoodAt = this.#number('lastGoodAt');
    const dailySince = this.#number('dailySince') ?? now;
    const ready = daily && folder !== null && key !== null;
    let attention: BackupStatus['attention'] = null;
    if (last && !last.ok) attention = 'failed';
    else if (ready && now - (lastGoodAt ?? dailySince) > MISSED_AFTER_MS) attention = 'missed';
    else if (!ready) attention = 'not-set-up';
    return { passphraseSet: key !== null, folder, daily, keep: this.#keep(), last, lastGoodAt, attention };
  }

  /** Sets the passphrase; changing it needs the current one. Backups made before keep their old passphrase. */
  async setPassphrase(passphrase: string, current?: string): Promise<PassphraseResult> {
    const existing = this.#key();
    if (existing && (current === undefined || !(await passphraseMatches(existing, current)))) return 'wrong-current';
    this.#store.set('key', await keyFromPassphrase(passphrase, this.options.scrypt));
    return 'set';
  }

  /** Asks staff for the folder; answers the status, or null when they cancelled. */
  async chooseFolder(): Promise<BackupStatus | null> {
    const folder = await this.options.chooseFolder();
    if (folder === null) return null;
    if (!(await isFolder(folder))) throw new BridgeRefusal('refused', 'That folder cannot be used.');
    this.#store.set('folder', folder);
    return this.status();
  }

  updateSchedule(patch: BackupSchedulePatch): BackupStatus {
    if (patch.daily !== undefined && patch.daily !== (this.#store.get('daily') === true)) {
      this.#store.set('daily', patch.daily);
      if (patch.daily) this.#store.set('dailySince', this.#now());
    }
    if (patch.keep !== undefined) this.#store.set('keep', patch.keep);
    return this.status();
  }

  /** Whether the daily backup should run now: on, ready, a day since the last good one, and not just failed. */
  due(): boolean {
    const { daily, folder, passphraseSet, last, lastGoodAt } = this.status();
    if (!daily || folder === null || !passphraseSet) return false;
    const now = this.#now();
    if (last && !last.ok && now - last.at < RETRY_AFTER_MS) return false;
    return lastGoodAt === null || now - lastGoodAt >= DAILY_INTERVAL_MS;
  }

  /** The daily backup, when due; null when it is not (the wall asks often, main decides). */
  async runDaily(text: string): Promise<BackupAttempt | null> {
    if (!this.due()) return null;
    return this.writeToFolder(text, true);
  }

  /** The backup as a sealed file's text, for staff to save where they like. */
  seal(text: string): string {
    const key = this.#key();
    if (!key) throw new BridgeRefusal('refused', 'Set a backup passphrase first.');
    return sealBackup(text, key);
  }

  /** Writes a sealed backup into the folder, reads it back, keeps the last few. The attempt is remembered either way. */
  writeToFolder(text: string, automatic: boolean): Promise<BackupAttempt> {
    const run = this.#writing.then(() => this.#write(text, automatic));
    this.#writing = run.catch(() => undefined);
    return run;
  }

  async #write(text: string, automatic: boolean): Promise<BackupAttempt> {
    const at = this.#now();
    const key = this.#key();
    const folder = this.#folder();
    const attempt = (problem: BackupFailure | null, file: string | null = null, removed = 0): BackupAttempt => {
      const result: BackupAttempt = { at, automatic, ok: problem === null, file, problem, removed };
      this.#store.set('last', result);
      if (result.ok) this.#store.set('lastGoodAt', at);
      return result;
    };
    if (!key) return attempt('no-passphrase');
    if (folder === null) return attempt('no-folder');
    if (!(await isFolder(folder))) return attempt('folder-missing');
    const name = await freeName(folder, at);
    const path = join(folder, name);
    const sealed = sealBackup(text, key);
    try {
      await writeDurably(path, sealed);
    } catch (error) {
      this.#log(`A backup could not be written to ${folder}: ${String(error)}`);
      return attempt('write-failed');
    }
    // Read back from the folder and opened with the key: only a file that gives the same backup counts.
    let same = false;
    try {
      const back = unsealWithKey(await (this.options.readBack ?? readLimited)(path), key);
      same = back.ok && digest(back.text) === digest(text);
    } catch (error) {
      this.#log(`A backup in ${folder} could not be read back: ${String(error)}`);
    }
    if (!same) {
      await rm(path, { force: true }).catch(() => undefined);
      return attempt('verify-failed');
    }
    return attempt(null, name, await this.#prune(folder));
  }

  /** Removes the oldest of Hearth's own backups beyond the number kept; never touches any other file. */
  async #prune(folder: string): Promise<number> {
    const names = (await readdir(folder)).filter((name) => BACKUP_FILE_NAME.test(name)).sort().reverse();
    let removed = 0;
    for (const name of names.slice(this.#keep())) {
      try {
        await rm(join(folder, name));
        removed++;
      } catch (error) {
        this.#log(`An old backup ${name} could not be removed: ${String(error)}`);
      }
    }
    return removed;
  }

  /** The sealed backups in the folder, newest first. */
  async list(): Promise<StoredBackup[]> {
    const folder = this.#folder();
    if (folder === null || !(await isFolder(folder))) return [];
    const names = (await readdir(folder)).filter((name) => BACKUP_FILE_NAME.test(name)).sort().reverse();
    const found: StoredBackup[] = [];
    for (const name of names) {
      try {
        const info = await stat(join(folder, name));
        if (info.isFile()) found.push({ name, madeAt: info.mtimeMs, bytes: info.size });
      } catch {
        // Gone since the folder was read: not listed.
      }
    }
    return found;
  }

  /** Opens a backup from the folder with the passphrase staff typed. `name` has passed BackupFileNameSchema. */
  async open(name: string, passphrase: string): Promise<OpenedBackup> {
    const folder = this.#folder();
    if (folder === null || !BACKUP_FILE_NAME.test(name)) return { ok: false, reason: 'missing' };
    let sealed: string;
    try {
      sealed = await readLimited(join(folder, name));
    } catch {
      return { ok: false, reason: 'missing' };
    }
    return unsealWithPassphrase(sealed, passphrase);
  }

  /** Opens a sealed file staff chose themselves, with the passphrase they typed. */
  unseal(sealed: string, passphrase: string): Promise<OpenedBackup> {
    return unsealWithPassphrase(sealed, passphrase);
  }

  #key(): BackupKey | null {
    const parsed = v.safeParse(BackupKeySchema, this.#store.get('key'));
    return parsed.success ? parsed.output : null;
  }

  #folder(): string | null {
    const folder = this.#store.get('folder');
    return typeof folder === 'string' && folder !== '' ? folder : null;
  }

  #keep(): number {
    const keep = this.#store.get('keep');
    return typeof keep === 'number' && Number.isInteger(keep) && keep >= MIN_KEPT_BACKUPS && keep <= MAX_KEPT_BACKUPS ? keep : DEFAULT_KEPT_BACKUPS;
  }

  #last(): BackupAttempt | null {
    const parsed = v.safeParse(AttemptSchema, this.#store.get('last'));
    return parsed.success ? parsed.output : null;
  }

  #number(name: string): number | null {
    const value = this.#store.get(name);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** `hearth-backup-2026-12-04-163005.hearth` in the kiosk's local time, with `-2` added if that name is taken. */
async function freeName(folder: string, at: number): Promise<string> {
  const d = new Date(at);
  const stem = `hearth-backup-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
  const taken = new Set(await readdir(folder));
  let name = `${stem}.hearth`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.hearth`;
  return name;
}

/** Written beside its name, flushed to the stick, then renamed: a stick pulled out mid-write leaves no half file under a backup's name. */
async function writeDurably(path: string, text: string): Promise<void> {
  const partial = `${path}.partial`;
  try {
    const file = await open(partial, 'wx', 0o600);
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function readLimited(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const info = await file.stat();
    if (!info.isFile() || info.size > MAX_SEALED_BYTES) throw new Error('not a backup file');
    return await file.readFile('utf8');
  } finally {
    await file.close();
  }
}
