import Dexie, { type EntityTable } from 'dexie';
import type {
  Attendance,
  AuditEntry,
  Board,
  Group,
  OccurrenceException,
  ReviewItem,
  Resident,
  Share,
} from '../../../shared/model';

export const DB_NAME = 'hearth';

/**
 * The renderer's database. One `version()` per schema change, never edited once released;
 * tests/unit/renderer/migrations.test.ts opens every older fixture under the newest schema.
 */
export class AppDB extends Dexie {
  groups!: EntityTable<Group, 'id'>;
  exceptions!: EntityTable<OccurrenceException, 'id'>;
  residents!: EntityTable<Resident, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  boards!: EntityTable<Board, 'id'>;
  shares!: EntityTable<Share, 'id'>;
  reviewItems!: EntityTable<ReviewItem, 'id'>;
  auditLog!: EntityTable<AuditEntry, 'id'>;

  constructor(name = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Chromium's default durability is relaxed, which can lose acknowledged writes on power loss.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      groups: 'id',
      exceptions: 'id, groupId, &[groupId+date], date, newDate',
      residents: 'id, &symbol',
      attendance: 'id, occurrenceKey, date, &[occurrenceKey+residentId], [residentId+date]',
      boards: 'id, order',
      shares: 'id, [boardId+status+createdAt], status, expiresAt',
      reviewItems: 'id, [state+priority+createdAt], shareId',
      auditLog: 'id, at',
    });
  }
}
