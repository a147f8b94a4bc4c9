import { backupRowCount, backupText, type BackupProblem, type BackupTableName } from '../../../../../../shared/backup';
import { localDateOf } from '../../../../../../shared/schedule/localTime';
import { recordStaffAction } from '../../../../db/repositories/audit';
import { exportBackup, restoreBackup, restoredRowCount, type RestoreProgress } from '../../../../db/repositories/backup';
import { FileTransferError, openTextFile, saveTextFile } from '../../../../lib/files';
import { language, t } from '../../../../lib/i18n.svelte';
import { checkedBackup, readBackup } from '../../../../lib/offThread/readBackup';
import { staffSession } from '../../../../lib/staffSession.svelte';

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

/** What the area says after an action: a locale key, its values, and whether it went well. */
export interface BackupNotice {
  key: string;
  values?: Record<string, string | number>;
  kind: 'done' | 'error';
}

/**
 * Backup and restore. A restore reads the whole file and checks every row before anything
 * changes, asks before replacing, then writes everything in one transaction with its progress.
 */
export class BackupArea {
  busy = $state<'saving' | 'reading' | 'restoring' | null>(null);
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
      const result = await saveTextFile({
        suggestedName: `hearth-backup-${localDateOf(now)}.json`,
        mimeType: 'application/json',
        text: backupText(backup),
      });
      if (result === 'cancelled') return;
      const rows = backupRowCount(backup.tables);
      await recordStaffAction(who, 'records.backupSaved', `${rows} rows`);
      this.notice = { key: 'records:backup.saved', values: { count: rows }, kind: 'done' };
    } catch (error) {
      this.#failed(error, 'records:backup.saveFailed');
    } finally {
      this.busy = null;
    }
  }

  async choose() {
    if (this.busy) return;
    this.busy = 'reading';
    this.notice = null;
    this.chosen = null;
    try {
      const file = await openTextFile({ extensions: ['json'] });
      if (!file) return;
      // Checked off the page: a big backup must not hold up the wall meanwhile.
      const parsed = await readBackup(file.text);
      if (!parsed.ok) {
        this.notice = problemNotice(parsed.problem);
        return;
      }
      const { createdAt, counts, json } = parsed;
      this.chosen = { fileName: file.name, createdAt, json, rowCount: restoredRowCount(counts), counts };
    } catch (error) {
      this.#failed(error, 'records:backup.readFailed');
    } finally {
      this.busy = null;
    }
  }

  forget() {
    this.chosen = null;
    this.confirming = false;
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
      const when = new Intl.DateTimeFormat(language.current, { dateStyle: 'long', timeStyle: 'short' }).format(Date.parse(chosen.createdAt));
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

  #failed(error: unknown, fallbackKey: string) {
    if (error instanceof FileTransferError && error.reason === 'locked') {
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
    default:
      return { key: `records:backup.problems.${problem.kind}`, kind: 'error' };
  }
}
