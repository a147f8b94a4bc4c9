import { parseBackup, tableCounts, type Backup, type BackupProblem, type BackupTableName } from '../../../../shared/backup';
import { askWorker } from './askWorker';

/**
 * A backup file read and checked: what the staff screen shows about it, and the checked backup as
 * JSON text. Text crosses from the worker to the page as one copy; the rows themselves, as objects,
 * would take the page longer to receive than the worker took to check them.
 */
export type ReadBackup =
  | { ok: true; createdAt: string; counts: Record<BackupTableName, number>; json: string }
  | { ok: false; problem: BackupProblem };

/** Reads and checks a backup's text; runs in the worker, or on the page should the worker not start. */
export function checkBackupText(text: string): ReadBackup {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;
  return { ok: true, createdAt: backup.createdAt, counts: tableCounts(backup.tables), json: JSON.stringify(backup) };
}

/** The checked backup itself, from what checkBackupText answered: read when it is restored. */
export function checkedBackup(json: string): Backup {
  return JSON.parse(json) as Backup;
}

/** Reads and checks a backup file in a Web Worker, so a big file never holds up the page. */
export function readBackup(text: string): Promise<ReadBackup> {
  const start = () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup-reader' });
  return askWorker<string, ReadBackup>(start, text, async () => checkBackupText(text), 'backup');
}
