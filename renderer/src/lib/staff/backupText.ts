import type { BackupTableName } from '../../../../shared/backup';
import type { BackupFailure } from '../../../../shared/backups';
import type { MessageKey } from '../messageKey';

/** Each table of the records, as staff call it ("attendance records"). */
export const BACKUP_TABLE_TEXT: Record<BackupTableName, MessageKey> = {
  groups: 'records:backup.tables.groups',
  exceptions: 'records:backup.tables.exceptions',
  residents: 'records:backup.tables.residents',
  attendance: 'records:backup.tables.attendance',
  boards: 'records:backup.tables.boards',
  shares: 'records:backup.tables.shares',
  reviewItems: 'records:backup.tables.reviewItems',
  auditLog: 'records:backup.tables.auditLog',
};
const backupTableTexts = new Map<string, MessageKey>(Object.entries(BACKUP_TABLE_TEXT));

/** The words for a table named at run time (by the database itself); undefined for a table they do not cover. */
export const tableTextOf = (table: string): MessageKey | undefined => backupTableTexts.get(table);

/** Why a backup did not work, in words that end a sentence ("The last backup did not work (…): the backup folder is not there."). */
export const BACKUP_FAILURE_TEXT: Record<BackupFailure, MessageKey> = {
  'no-passphrase': 'records:backup.failures.no-passphrase',
  'no-folder': 'records:backup.failures.no-folder',
  'folder-missing': 'records:backup.failures.folder-missing',
  'write-failed': 'records:backup.failures.write-failed',
  'verify-failed': 'records:backup.failures.verify-failed',
};
