import * as v from 'valibot';
import {
  AttendanceSchema,
  AuditEntrySchema,
  BoardSchema,
  GroupSchema,
  OccurrenceExceptionSchema,
  ResidentSchema,
  ReviewItemSchema,
  ShareSchema,
  type Attendance,
  type AuditEntry,
  type Board,
  type Group,
  type OccurrenceException,
  type Resident,
  type ReviewItem,
  type Share,
} from './model';
import { MAX_GROUPS_PER_IMPORT } from './schedule/limits';

/**
 * The backup file: the renderer's whole database as one JSON document. House settings and staff
 * accounts live in main and are not in it. `schemaVersion` changes whenever a table's rows change
 * shape; a file from a newer Hearth is refused rather than half understood.
 */
export const BACKUP_FORMAT = 'hearth-backup';
/** 2: residents have a colour. A version 1 file still restores: its residents get the default colour. */
export const BACKUP_SCHEMA_VERSION = 2;

/** Every table, with the schema each row must pass before anything is restored. In restore order. */
export const BACKUP_TABLE_SCHEMAS = {
  groups: GroupSchema,
  exceptions: OccurrenceExceptionSchema,
  residents: ResidentSchema,
  attendance: AttendanceSchema,
  boards: BoardSchema,
  shares: ShareSchema,
  reviewItems: ReviewItemSchema,
  auditLog: AuditEntrySchema,
} as const;

export type BackupTableName = keyof typeof BACKUP_TABLE_SCHEMAS;
export const BACKUP_TABLES = Object.keys(BACKUP_TABLE_SCHEMAS) as BackupTableName[];

export interface BackupTables {
  groups: Group[];
  exceptions: OccurrenceException[];
  residents: Resident[];
  attendance: Attendance[];
  boards: Board[];
  shares: Share[];
  reviewItems: ReviewItem[];
  auditLog: AuditEntry[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  /** When the backup was made, ISO 8601 in UTC. */
  createdAt: string;
  tables: BackupTables;
}

/** Why a file cannot be restored. Rows are counted from 1, as staff would count them. */
export type BackupProblem =
  | { kind: 'not-json' }
  | { kind: 'not-hearth' }
  | { kind: 'newer-version'; schemaVersion: number }
  | { kind: 'missing-table'; table: BackupTableName }
  | { kind: 'invalid-row'; table: BackupTableName; row: number; field: string }
  /** Two rows that the database keeps unique: the same id, or (for residents) the same picture, and so on. */
  | { kind: 'duplicate-row'; table: BackupTableName; row: number }
  /** More groups than one restore may bring (MAX_GROUPS_PER_IMPORT): the wall could not show them all. */
  | { kind: 'too-many-groups'; count: number; max: number };

export type ParsedBackup = { ok: true; backup: Backup; rowCount: number } | { ok: false; problem: BackupProblem };

export function makeBackup(tables: BackupTables, createdAtMs: number): Backup {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, createdAt: new Date(createdAtMs).toISOString(), tables };
}

/** The file's text. Compact: a house with years of records stays small enough to move around. */
export function backupText(backup: Backup): string {
  return JSON.stringify(backup);
}

export function backupRowCount(tables: BackupTables): number {
  return BACKUP_TABLES.reduce((sum, table) => sum + tables[table].length, 0);
}

/** How many rows each table holds. */
export function tableCounts(tables: BackupTables): Record<BackupTableName, number> {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, tables[table].length])) as Record<BackupTableName, number>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const CreatedAtSchema = v.pipe(v.string(), v.isoTimestamp());

/**
 * Reads a whole backup file and checks every row of every table before saying yes. Never throws:
 * whatever the text, the answer is a backup or the first reason it is not one.
 */
export function parseBackup(text: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'not-hearth' } };
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { kind: 'not-hearth' } };
  if (version > BACKUP_SCHEMA_VERSION) return { ok: false, problem: { kind: 'newer-version', schemaVersion: version } };
  if (!v.is(CreatedAtSchema, data.createdAt) || !isRecord(data.tables)) return { ok: false, problem: { kind: 'not-hearth' } };

  const tables: Partial<Record<BackupTableName, unknown[]>> = {};
  let rowCount = 0;
  for (const table of BACKUP_TABLES) {
    const rows = data.tables[table];
    if (!Array.isArray(rows)) return { ok: false, problem: { kind: 'missing-table', table } };
    if (table === 'groups' && rows.length > MAX_GROUPS_PER_IMPORT) {
      return { ok: false, problem: { kind: 'too-many-groups', count: rows.length, max: MAX_GROUPS_PER_IMPORT } };
    }
    const parsed: unknown[] = [];
    for (const [index, row] of rows.entries()) {
      const result = v.safeParse(BACKUP_TABLE_SCHEMAS[table], row);
      if (!result.success) {
        const field = v.getDotPath(result.issues[0]) ?? '';
        return { ok: false, problem: { kind: 'invalid-row', table, row: index + 1, field } };
      }
      parsed.push(result.output);
    }
    const duplicate = firstDuplicate(table, parsed);
    if (duplicate !== null) return { ok: false, problem: { kind: 'duplicate-row', table, row: duplicate + 1 } };
    tables[table] = parsed;
    rowCount += parsed.length;
  }
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, createdAt: data.createdAt, tables: tables as unknown as BackupTables },
    rowCount,
  };
}

/**
 * The keys the database holds unique (AppDB's primary keys and `&` indexes). A compound key with
 * a missing part is not indexed, so a headcount tap-in (no resident) is never a duplicate.
 */
const UNIQUE_KEYS: Record<BackupTableName, ((row: Record<string, unknown>) => string | null)[]> = {
  groups: [(r) => String(r.id)],
  exceptions: [(r) => String(r.id), (r) => JSON.stringify([r.groupId, r.date])],
  // Rows are checked first, so a resident from an older file already has the default colour here.
  residents: [(r) => String(r.id), (r) => JSON.stringify([r.symbol, r.colour])],
  attendance: [(r) => String(r.id), (r) => (r.residentId === undefined ? null : JSON.stringify([r.occurrenceKey, r.residentId]))],
  boards: [(r) => String(r.id)],
  shares: [(r) => String(r.id)],
  reviewItems: [(r) => String(r.id)],
  auditLog: [(r) => String(r.id)],
};

/** Index of the first row that repeats a unique key of an earlier one, or null. */
function firstDuplicate(table: BackupTableName, rows: unknown[]): number | null {
  const keys = UNIQUE_KEYS[table];
  const seen = keys.map(() => new Set<string>());
  for (const [index, row] of rows.entries()) {
    for (const [k, keyOf] of keys.entries()) {
      const key = keyOf(row as Record<string, unknown>);
      if (key === null) continue;
      const set = seen[k] as Set<string>;
      if (set.has(key)) return index;
      set.add(key);
    }
  }
  return null;
}
