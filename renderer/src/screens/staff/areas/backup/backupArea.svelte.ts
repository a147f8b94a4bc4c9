import { backupRowCount, backupText, type BackupProblem, type BackupTableName } from '../../../../../../shared/backup';
import { isSealedBackup, MIN_PASSPHRASE_LETTERS, type BackupAttempt, type BackupStatus, type OpenedBackup, type StoredBackup } from '../../../../../../shared/backups';
import { localDateOf } from '../../../../../../shared/schedule/localTime';
import { recordStaffAction } from '../../../../db/repositories/audit';
import { exportBackup, restoreBackup, restoredRowCount, type RestoreProgress } from '../../../../db/repositories/backup';
import { FileTransferError, openTextFile, saveTextFile } from '../../../../lib/files';
import { t } from '../../../../lib/i18n.svelte';
import type { MessageKey } from '../../../../lib/messageKey';
import { kiosk, KioskError, unwrap } from '../../../../lib/kiosk';
import { checkedBackup, readBackup } from '../../../../lib/offThread/readBackup';
import { recordCount } from '../../../../lib/staff/auditWords';
import { BACKUP_FAILURE_TEXT } from '../../../../lib/staff/backupText';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { momentText } from '../../../../lib/staff/groupWhen';

export interface ChosenBackup {
  fileName: string;
  /** When the backup was made (ISO). */
  createdAt: string;
  /** The checked backup as JSON text, read again only when it is restored. */
  json: string;
  /** Rows a restore writes: every table but the audit log, which is never put back. */
  rowCount: number;
  counts: Record<BackupTableName, number>;
}

/** A sealed backup chosen to restore: it opens only with the passphrase. */
export interface LockedBackup {
  fileName: string;
  /** In the backup folder (by name), or a file staff opened themselves (its text). */
  source: { kind: 'folder'; name: string } | { kind: 'file'; text: string };
}

/** What the area says after an action: a locale key, its values, and whether it went well. */
export interface BackupNotice {
  key: MessageKey;
  values?: Record<string, string | number>;
  kind: 'done' | 'error';
}

/** Why a sealed backup did not open. */
const NOT_OPENED_TEXT: Record<Extract<OpenedBackup, { ok: false }>['reason'], MessageKey> = {
  'wrong-passphrase': 'records:backup.opened.wrong-passphrase',
  damaged: 'records:backup.opened.damaged',
  missing: 'records:backup.opened.missing',
  'not-sealed': 'records:backup.opened.not-sealed',
};

/**
 * Backup and restore. A restore reads the whole file and checks every row before anything
 * changes, asks before replacing, then writes everything in one transaction with its progress.
 */
export class BackupArea {
  busy = $state<'saving' | 'reading' | 'restoring' | 'opening' | 'writing' | 'protecting' | null>(null);
  /** Main's side: the passphrase, the folder, the daily schedule and the last attempt. */
  status = $state.raw<BackupStatus | null>(null);
  /** The sealed backups in the folder, newest first. */
  stored = $state.raw<StoredBackup[]>([]);
  /** A sealed backup waiting for its passphrase. */
  locked = $state.raw<LockedBackup | null>(null);
  chosen = $state.raw<ChosenBackup | null>(null);
  confirming = $state(false);
  progress = $state.raw<RestoreProgress | null>(null);
  notice = $state.raw<BackupNotice | null>(null);

  async save(now = Date.now()) {
    // Who asked, kept now: a save dialog left open can outlast staff mode's relock, and the save must still be logged.
    const who = staffSession.current;
    if (this.busy || !who) return;
    this.busy = 'saving';
    this.notice = null;
    try {
      const backup = await exportBackup(now);
      // Sealed in main with the house's passphrase: the file shows nothing to whoever finds it.
      const sealed = await unwrap(kiosk.backups.seal({ text: backupText(backup) }));
      const result = await saveTextFile({
        suggestedName: `hearth-backup-${localDateOf(now)}.hearth`,
        mimeType: 'application/octet-stream',
        text: sealed,
      });
      if (result === 'cancelled') return;
      const rows = backupRowCount(backup.tables);
      await recordStaffAction(who, 'records.backupSaved', recordCount(rows));
      this.notice = { key: 'records:backup.saved', values: { count: rows }, kind: 'done' };
    } catch (error) {
      this.#failed(error, 'records:backup.saveFailed');
    } finally {
      this.busy = null;
    }
  }

  /** Main's side of the backups, and what the folder holds. */
  async load() {
    try {
      this.status = await unwrap(kiosk.backups.status());
      this.stored = await unwrap(kiosk.backups.list());
    } catch (error) {
      this.#failed(error, 'records:backup.statusFailed');
    }
  }

  /** A file staff pick: a sealed one waits for its passphrase, a plain one (made before backups were sealed) is read at once. */
  async choose() {
    if (this.busy) return;
    this.busy = 'reading';
    this.notice = null;
    this.forget();
    try {
      const file = await openTextFile({ extensions: ['hearth', 'json'] });
      if (!file) return;
      if (isSealedBackup(file.text)) this.locked = { fileName: file.name, source: { kind: 'file', text: file.text } };
      else await this.#read(file.name, file.text);
    } catch (error) {
      this.#failed(error, 'records:backup.readFailed');
    } finally {
      this.busy = null;
    }
  }

  /** One of the backups in the folder: it opens with the passphrase. */
  pickStored(name: string) {
    if (this.busy) return;
    this.notice = null;
    this.forget();
    this.locked = { fileName: name, source: { kind: 'folder', name } };
  }

  /** Opens the locked backup with the passphrase typed; a wrong one says so and changes nothing. */
  async openLocked(passphrase: string) {
    const locked = this.locked;
    if (!locked || this.busy) return;
    this.busy = 'opening';
    this.notice = null;
    try {
      const opened: OpenedBackup = await unwrap(
        locked.source.kind === 'folder'
          ? kiosk.backups.open({ name: locked.source.name, passphrase })
          : kiosk.backups.unseal({ text: locked.source.text, passphrase }),
      );
      if (!opened.ok) {
        this.notice = { key: NOT_OPENED_TEXT[opened.reason], kind: 'error' };
        return;
      }
      this.locked = null;
      await this.#read(locked.fileName, opened.text);
    } catch (error) {
      this.#failed(error, 'records:backup.readFailed');
    } finally {
      this.busy = null;
    }
  }

  async #read(fileName: string, text: string) {
    // Checked off the page: a big backup must not hold up the wall meanwhile.
    const parsed = await readBackup(text);
    if (!parsed.ok) {
      this.notice = problemNotice(parsed.problem);
      return;
    }
    const { createdAt, counts, json } = parsed;
    this.chosen = { fileName, createdAt, json, rowCount: restoredRowCount(counts), counts };
  }

  forget() {
    this.chosen = null;
    this.locked = null;
    this.confirming = false;
  }

  /**
   * Sets the passphrase (or changes it: `current` is then needed). Answers an error's locale key,
   * or null when it was set.
   */
  async protect(passphrase: string, repeat: string, current: string | undefined): Promise<MessageKey | null> {
    const who = staffSession.current;
    if (this.busy || !who) return null;
    if (passphrase.length < MIN_PASSPHRASE_LETTERS) return 'records:backup.passphrase.tooShort';
    if (passphrase !== repeat) return 'records:backup.passphrase.different';
    this.busy = 'protecting';
    this.notice = null;
    try {
      const changing = this.status?.passphraseSet ?? false;
      const result = await unwrap(kiosk.backups.setPassphrase({ passphrase, ...(changing ? { current: current ?? '' } : {}) }));
      if (result === 'wrong-current') return 'records:backup.passphrase.wrongCurrent';
      await recordStaffAction(who, changing ? 'records.backupPassphraseChanged' : 'records.backupPassphraseSet');
      this.notice = { key: changing ? 'records:backup.passphrase.changed' : 'records:backup.passphrase.set', kind: 'done' };
      await this.load();
      return null;
    } catch (error) {
      this.#failed(error, 'records:backup.statusFailed');
      return null;
    } finally {
      this.busy = null;
    }
  }

  async chooseFolder() {
    const who = staffSession.current;
    if (this.busy || !who) return;
    this.notice = null;
    try {
      const status = await unwrap(kiosk.backups.chooseFolder());
      if (!status) return;
      await recordStaffAction(who, 'records.backupFolderChosen', status.folder ?? '');
      await this.load();
    } catch (error) {
      this.#failed(error, 'records:backup.folderRefused');
    }
  }

  /** Daily backups on or off, and how many to keep. */
  async schedule(patch: { daily?: boolean; keep?: number }) {
    const who = staffSession.current;
    if (this.busy || !who || !this.status) return;
    try {
      const before = this.status;
      this.status = await unwrap(kiosk.backups.updateSchedule({ patch }));
      if (patch.daily !== undefined && patch.daily !== before.daily) {
        await recordStaffAction(who, patch.daily ? 'records.backupDailyOn' : 'records.backupDailyOff', this.status.folder ?? '');
      }
      if (patch.keep !== undefined && patch.keep !== before.keep) {
        await recordStaffAction(who, 'records.backupKeepChanged', t('records:backup.daily.keepDetail', { count: patch.keep }));
      }
    } catch (error) {
      this.#failed(error, 'records:backup.statusFailed');
    }
  }

  /** A backup into the folder now: sealed, written, read back. */
  async backUpNow(now = Date.now()) {
    const who = staffSession.current;
    if (this.busy || !who) return;
    this.busy = 'writing';
    this.notice = null;
    try {
      const backup = await exportBackup(now);
      const attempt: BackupAttempt = await unwrap(kiosk.backups.writeNow({ text: backupText(backup) }));
      if (attempt.ok) {
        await recordStaffAction(who, 'records.backupMadeInFolder', attempt.file ?? '');
        this.notice = { key: 'records:backup.daily.madeNow', values: { name: attempt.file ?? '' }, kind: 'done' };
      } else {
        this.notice = { key: BACKUP_FAILURE_TEXT[attempt.problem ?? 'write-failed'], kind: 'error' };
      }
      await this.load();
    } catch (error) {
      this.#failed(error, 'records:backup.saveFailed');
    } finally {
      this.busy = null;
    }
  }

  async restore() {
    const chosen = this.chosen;
    // A long restore can outlast staff mode's relock; it is still logged as the person who confirmed it.
    const who = staffSession.current;
    this.confirming = false;
    if (!chosen || this.busy || !who) return;
    this.busy = 'restoring';
    this.notice = null;
    this.progress = { written: 0, total: chosen.rowCount };
    try {
      const when = momentText(chosen.createdAt, 'long');
      // The log entry goes in with the restore itself: the log is kept as it is, and says what happened.
      const detail = t('records:backup.auditDetail', { when, name: chosen.fileName, count: chosen.rowCount });
      await restoreBackup(checkedBackup(chosen.json), (progress) => (this.progress = progress), undefined, { by: who, detail });
      this.notice = { key: 'records:backup.restored', values: { count: chosen.rowCount }, kind: 'done' };
      this.chosen = null;
    } catch (error) {
      console.error('[backup] The restore failed and was rolled back.', error);
      this.notice = { key: 'records:backup.restoreFailed', kind: 'error' };
    } finally {
      this.busy = null;
      this.progress = null;
    }
  }

  #failed(error: unknown, fallbackKey: MessageKey) {
    if ((error instanceof FileTransferError && error.reason === 'locked') || (error instanceof KioskError && error.error.code === 'forbidden')) {
      void staffSession.lock();
      return;
    }
    if (error instanceof FileTransferError && error.reason === 'refused') {
      this.notice = { key: 'records:backup.fileRefused', kind: 'error' };
      return;
    }
    console.error('[backup]', error);
    this.notice = { key: fallbackKey, kind: 'error' };
  }
}

function problemNotice(problem: BackupProblem): BackupNotice {
  switch (problem.kind) {
    case 'newer-version':
      return { key: 'records:backup.problems.newer-version', values: { version: problem.schemaVersion }, kind: 'error' };
    case 'missing-table':
      return { key: 'records:backup.problems.missing-table', values: { table: problem.table }, kind: 'error' };
    case 'invalid-row':
      return { key: 'records:backup.problems.invalid-row', values: { table: problem.table, row: problem.row, field: problem.field }, kind: 'error' };
    case 'duplicate-row':
      return { key: 'records:backup.problems.duplicate-row', values: { table: problem.table, row: problem.row }, kind: 'error' };
    case 'too-many-groups':
      return { key: 'records:backup.problems.too-many-groups', values: { count: problem.count, max: problem.max }, kind: 'error' };
    case 'not-json':
      return { key: 'records:backup.problems.not-json', kind: 'error' };
    case 'not-hearth':
      return { key: 'records:backup.problems.not-hearth', kind: 'error' };
  }
}
