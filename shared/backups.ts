import * as v from 'valibot';

/**
 * Backups that protect residents. Every backup file Hearth writes is sealed with the house's
 * backup passphrase (AES-256-GCM, the key from scrypt, both in main): a lost USB stick shows
 * nobody who lives here or which groups they go to. Main also makes a backup every day into a
 * folder staff choose, keeps the last few, and reads each one back to check it before counting it.
 */

/** What a sealed file says it is. A plain backup says `hearth-backup` (shared/backup.ts). */
export const SEALED_BACKUP_FORMAT = 'hearth-backup-sealed';
/** The extension of a sealed backup file: it is not JSON anyone can read. */
export const SEALED_BACKUP_EXTENSION = 'hearth';
/** The daily backups' names: `hearth-backup-2026-12-04-163005.hearth`, in the kiosk's local time, so names sort by age. */
export const BACKUP_FILE_NAME = /^hearth-backup-\d{4}-\d{2}-\d{2}-\d{6}(?:-\d+)?\.hearth$/;

export const MIN_PASSPHRASE_LETTERS = 10;
export const BackupPassphraseSchema = v.pipe(
  v.string(),
  v.minLength(MIN_PASSPHRASE_LETTERS, `a passphrase of at least ${MIN_PASSPHRASE_LETTERS} characters`),
  v.maxLength(200),
);

export const MIN_KEPT_BACKUPS = 2;
export const MAX_KEPT_BACKUPS = 60;
export const DEFAULT_KEPT_BACKUPS = 14;

export const BackupSchedulePatchSchema = v.object({
  daily: v.optional(v.boolean()),
  keep: v.optional(v.pipe(v.number(), v.integer(), v.minValue(MIN_KEPT_BACKUPS), v.maxValue(MAX_KEPT_BACKUPS))),
});
export type BackupSchedulePatch = v.InferOutput<typeof BackupSchedulePatchSchema>;

export const BackupFileNameSchema = v.pipe(v.string(), v.maxLength(80), v.regex(BACKUP_FILE_NAME));

/**
 * Why a backup into the folder did not count: no passphrase set yet (nothing is written
 * unsealed); no folder chosen; the folder is not there (a USB stick taken out); writing failed
 * (full, read-only, unplugged during the write); or it was written but did not read back the same,
 * so it is not counted and was removed.
 */
export const BACKUP_FAILURES = ['no-passphrase', 'no-folder', 'folder-missing', 'write-failed', 'verify-failed'] as const;
export type BackupFailure = (typeof BACKUP_FAILURES)[number];

export interface BackupAttempt {
  at: number;
  /** Made by the daily schedule, or by a staff member's "Back up now". */
  automatic: boolean;
  /** Written, read back and found the same. */
  ok: boolean;
  /** The file's name in the folder, when it was written. */
  file: string | null;
  problem: BackupFailure | null;
  /** How many files older than the kept ones were removed. */
  removed: number;
}

export interface BackupStatus {
  passphraseSet: boolean;
  /** The folder daily backups go to, as the system names it; null until staff choose one. */
  folder: string | null;
  daily: boolean;
  keep: number;
  last: BackupAttempt | null;
  /** The last backup that was written and checked. */
  lastGoodAt: number | null;
  /**
   * What staff should see first: 'failed' when the last attempt did not work, 'missed' when daily
   * backups are on and none has worked for over a day and a half, 'not-set-up' when daily backups
   * are off or have nowhere to go.
   */
  attention: 'failed' | 'missed' | 'not-set-up' | null;
}

/** A sealed backup in the folder, newest first in a list. */
export interface StoredBackup {
  name: string;
  /** When it was written (the file's own time). */
  madeAt: number;
  bytes: number;
}

export type OpenedBackup =
  | { ok: true; text: string }
  | { ok: false; reason: 'wrong-passphrase' | 'damaged' | 'missing' | 'not-sealed' };

export type PassphraseResult = 'set' | 'wrong-current';

/** Whether a file's text is a sealed backup (rather than a plain one or something else). */
export function isSealedBackup(text: string): boolean {
  return text.trimStart().startsWith('{') && text.slice(0, 200).includes(`"format":"${SEALED_BACKUP_FORMAT}"`);
}
