import { BACKUP_TABLES, makeBackup, tableCounts, type Backup, type BackupTableName, type BackupTables } from '../../../../shared/backup';
import type { AppDB } from '../AppDB';
import { db as appDb } from '../db';
import { HEARTH_ITSELF, auditEntry, type StaffIdentity } from './audit';

/**
 * Rows written per bulk call: large enough to be quick, small enough that handing one chunk to
 * IndexedDB (a copy of every row, on the page's thread) takes a fraction of a second.
 */
export const RESTORE_CHUNK_ROWS = 1_000;

/** Chunks in flight at once during a restore: one being written while the next is handed over. */
export const RESTORE_LANES = 2;

export interface RestoreProgress {
  written: number;
  total: number;
}

/** Who restored, and the plain words the log keeps about it (when the backup was made). */
export interface RestoreRecord {
  by: StaffIdentity;
  detail: string;
}

/**
 * The tables a restore puts back. The audit log is not one of them: a backup carries it for
 * reading, and a restore never rewrites or erases it.
 */
export const RESTORED_TABLES: readonly BackupTableName[] = BACKUP_TABLES.filter((name) => name !== 'auditLog');

/** How many rows a restore writes, from how many each table holds: every table but the audit log. */
export function restoredRowCount(counts: Record<BackupTableName, number>): number {
  return RESTORED_TABLES.reduce((sum, table) => sum + counts[table], 0);
}

function tablesOf(database: AppDB, names: readonly BackupTableName[] = BACKUP_TABLES) {
  return names.map((name) => database.table(name));
}

/** The whole database as a backup, read in one transaction so the tables agree with each other. */
export async function exportBackup(now = Date.now(), database: AppDB = appDb): Promise<Backup> {
  const tables = await database.transaction('r', tablesOf(database), async () => {
    const read = await Promise.all(BACKUP_TABLES.map((name) => database.table(name).toArray()));
    return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, read[i]])) as unknown as BackupTables;
  });
  return makeBackup(tables, now);
}

/**
 * Replaces every table but the audit log with the backup's rows, and appends one entry to the log
 * saying so, in ONE read-write transaction: if anything fails (a full disk, a row the database
 * refuses), IndexedDB rolls it all back and nothing has changed. Pass only a backup that
 * parseBackup accepted. Rows go in with bulkAdd in chunks, so a duplicate key fails loudly instead
 * of overwriting, and `onProgress` hears after each chunk.
 */
export async function restoreBackup(
  backup: Backup,
  onProgress: (progress: RestoreProgress) => void = () => {},
  database: AppDB = appDb,
  record: RestoreRecord = { by: HEARTH_ITSELF, detail: backup.createdAt },
  now = Date.now(),
): Promise<RestoreProgress> {
  const total = restoredRowCount(tableCounts(backup.tables));
  let written = 0;
  // Every table's rows, cut into chunks: [table, rows].
  const chunks = RESTORED_TABLES.flatMap((name) => {
    const rows: readonly unknown[] = backup.tables[name];
    return Array.from({ length: Math.ceil(rows.length / RESTORE_CHUNK_ROWS) }, (_, i) => [name, rows.slice(i * RESTORE_CHUNK_ROWS, (i + 1) * RESTORE_CHUNK_ROWS)] as const);
  });
  await database.transaction('rw', [...tablesOf(database, RESTORED_TABLES), database.auditLog], async () => {
    await Promise.all(RESTORED_TABLES.map((name) => database.table(name).clear()));
    onProgress({ written, total });
    // Handing a chunk to IndexedDB copies its rows on the page's own thread. Were every chunk handed
    // over at once, the screen would freeze for the whole copy, progress unseen, then jump to done.
    // So RESTORE_LANES chunks are in flight at a time, each next one handed over as one lands: the
    // page paints between them, and IndexedDB always has the next chunk waiting.
    let next = 0;
    const lane = async () => {
      while (next < chunks.length) {
        const [name, rows] = chunks[next++]!;
        await database.table(name).bulkAdd(rows);
        written += rows.length;
        onProgress({ written, total });
      }
    };
    await Promise.all([
      database.auditLog.add(auditEntry(record.by, 'records.backupRestored', record.detail, now)),
      ...Array.from({ length: RESTORE_LANES }, lane),
    ]);
  });
  return { written, total };
}
