import Dexie, { type EntityTable, type Transaction } from 'dexie';
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
import {
  DEFAULT_GROUP_COLOUR,
  DEFAULT_PICTOGRAM,
  DEFAULT_RESIDENT_COLOUR,
  SYMBOL_KEYS,
  isGroupColour,
  isPictogramKey,
  isResidentColour,
  isSymbolKey,
} from '../../../shared/wallKeys';

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
    this.version(2).stores({}).upgrade(keepOnlyKnownWallKeys);
    // Residents' pictures became a symbol and a colour: the pair is unique, no longer the symbol.
    this.version(3).stores({ residents: 'id, &[symbol+colour]' }).upgrade(giveResidentsTheDefaultColour);
  }
}

/**
 * Version 2: pictograms, colours and symbols became closed lists. A row from before that names one
 * Hearth does not have gets the default (a group) or the first symbol nobody has (a resident; left
 * as it is when every symbol is taken), so every row is valid again and every backup restores.
 */
async function keepOnlyKnownWallKeys(transaction: Transaction): Promise<void> {
  await transaction
    .table<Group>('groups')
    .toCollection()
    .modify((group) => {
      if (!isPictogramKey(group.pictogram)) group.pictogram = DEFAULT_PICTOGRAM;
      if (!isGroupColour(group.colour)) group.colour = DEFAULT_GROUP_COLOUR;
    });
  const residents = await transaction.table<Resident>('residents').toArray();
  const taken = new Set<string>(residents.map((resident) => resident.symbol));
  const free = SYMBOL_KEYS.filter((symbol) => !taken.has(symbol));
  for (const resident of residents) {
    if (isSymbolKey(resident.symbol)) continue;
    const symbol = free.shift();
    if (symbol) await transaction.table<Resident>('residents').update(resident.id, { symbol });
  }
}

/**
 * Version 3: every resident has a colour. Those from before keep their symbol and get the default
 * colour; their symbols were unique, so their pictures are too.
 */
async function giveResidentsTheDefaultColour(transaction: Transaction): Promise<void> {
  await transaction
    .table<Resident>('residents')
    .toCollection()
    .modify((resident) => {
      if (!isResidentColour(resident.colour)) resident.colour = DEFAULT_RESIDENT_COLOUR;
    });
}
