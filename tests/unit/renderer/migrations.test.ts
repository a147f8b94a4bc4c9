import type { IndexableType } from 'dexie';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AttendanceSchema,
  AuditEntrySchema,
  BoardSchema,
  GroupSchema,
  OccurrenceExceptionSchema,
  ResidentSchema,
  ReviewItemSchema,
  ShareSchema,
  type Resident,
} from '../../../shared/model';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { V1_IDB_VERSION, V1_ROWS, V1_STORES, type V1Table } from './fixtures/migrations-v1';

/*
 * A database written by version 1 opens under the newest schema with nothing lost. The old
 * database is built with the raw IndexedDB API from the frozen v1 definitions in the fixture,
 * never through AppDB, so this test stays true for every future version: a new version() must
 * carry every v1 row over, readable and still valid under the current model.
 */

const CURRENT_SCHEMAS: Record<V1Table, v.GenericSchema> = {
  groups: GroupSchema,
  exceptions: OccurrenceExceptionSchema,
  residents: ResidentSchema,
  attendance: AttendanceSchema,
  boards: BoardSchema,
  shares: ShareSchema,
  reviewItems: ReviewItemSchema,
  auditLog: AuditEntrySchema,
};

/**
 * What later versions change on purpose. Version 2: pictograms and colours are closed lists, and
 * the v1 group's ('sun', 'group-amber') were never in them, so it gets the defaults. Version 3:
 * residents have a colour; one from before keeps their symbol and gets the default colour.
 */
const UPGRADED: Partial<Record<V1Table, Record<string, unknown>>> = {
  groups: { pictogram: 'talk', colour: 'teal' },
  residents: { colour: 'blue' },
};

interface IndexDefinition {
  name: string;
  keyPath: string | string[];
  unique: boolean;
}

/** Reads one of Dexie's store strings ('id, &[a+b], c') as IndexedDB would hold it. */
function parseStore(definition: string): { keyPath: string; indexes: IndexDefinition[] } {
  const [primary, ...rest] = definition.split(',').map((part) => part.trim());
  if (!primary || /[&*+[]/.test(primary)) throw new Error(`The v1 fixture uses a primary key this test does not build: ${primary}`);
  const indexes = rest.map((part) => {
    const unique = part.startsWith('&');
    const name = unique ? part.slice(1) : part;
    const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
    return { name, keyPath, unique };
  });
  return { keyPath: primary, indexes };
}

/** Creates a version-1 Hearth database, with one row in every table, without Dexie. */
function createV1Database(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, V1_IDB_VERSION);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => {
      const database = request.result;
      for (const [table, definition] of Object.entries(V1_STORES)) {
        const { keyPath, indexes } = parseStore(definition);
        const store = database.createObjectStore(table, { keyPath });
        for (const index of indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique });
      }
    };
    request.onsuccess = () => {
      const database = request.result;
      const write = database.transaction(Object.keys(V1_ROWS), 'readwrite');
      for (const [table, row] of Object.entries(V1_ROWS)) write.objectStore(table).add(structuredClone(row));
      write.oncomplete = () => {
        database.close();
        resolve();
      };
      write.onerror = () => reject(write.error);
    };
  });
}

let n = 0;
async function v1OpenedByNewestAppDB(): Promise<AppDB> {
  const name = `hearth-migration-v1-${++n}`;
  await createV1Database(name);
  const database = new AppDB(name);
  await database.open();
  return database;
}

describe('a version-1 database opened by the newest AppDB', () => {
  it('is upgraded in place to the newest version', async () => {
    const database = await v1OpenedByNewestAppDB();
    expect(database.verno).toBeGreaterThanOrEqual(1);
    expect(database.tables.map((t) => t.name)).toEqual(expect.arrayContaining(Object.keys(V1_STORES)));
    database.close();
  });

  it.each(Object.keys(V1_ROWS) as V1Table[])('keeps the %s row with every field it had', async (table) => {
    const database = await v1OpenedByNewestAppDB();
    const row = V1_ROWS[table];
    const stored = await database.table(table).get(row.id);
    expect(stored).toMatchObject({ ...row, ...UPGRADED[table] });
    expect(await database.table(table).count()).toBe(1);
    database.close();
  });

  it.each(Object.keys(V1_ROWS) as V1Table[])('keeps the %s row valid under the current model', async (table) => {
    const database = await v1OpenedByNewestAppDB();
    const stored: unknown = await database.table(table).get(V1_ROWS[table].id);
    const parsed = v.safeParse(CURRENT_SCHEMAS[table], stored);
    expect(parsed.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
    database.close();
  });

  it('finds the rows through the indexes the repositories query', async () => {
    const database = await v1OpenedByNewestAppDB();
    const { shares, attendance, exceptions, residents, reviewItems, auditLog } = V1_ROWS;
    const found = (table: V1Table, index: string, key: unknown) => database.table(table).where(index).equals(key as IndexableType).count();
    expect(await found('shares', '[boardId+status+createdAt]', [shares.boardId, shares.status, shares.createdAt])).toBe(1);
    expect(await found('shares', 'expiresAt', shares.expiresAt)).toBe(1);
    expect(await found('attendance', 'occurrenceKey', attendance.occurrenceKey)).toBe(1);
    expect(await found('attendance', '[residentId+date]', [attendance.residentId, attendance.date])).toBe(1);
    expect(await found('exceptions', '[groupId+date]', [exceptions.groupId, exceptions.date])).toBe(1);
    expect(await found('residents', '[symbol+colour]', [residents.symbol, 'blue'])).toBe(1);
    expect(await found('reviewItems', '[state+priority+createdAt]', [reviewItems.state, reviewItems.priority, reviewItems.createdAt])).toBe(1);
    expect(await found('auditLog', 'at', auditLog.at)).toBe(1);
    database.close();
  });

  it('still refuses what v1 refused: a second tap-in by the same resident for the same session', async () => {
    const database = await v1OpenedByNewestAppDB();
    await expect(database.table('attendance').add({ ...V1_ROWS.attendance, id: 'a-2' })).rejects.toThrow();
    expect(await database.attendance.count()).toBe(1);
    database.close();
  });
});

describe('residents after the upgrade to colours', () => {
  it('refuses a second resident with the same picture, and takes the same symbol in another colour', async () => {
    const database = await v1OpenedByNewestAppDB();
    const { residents } = V1_ROWS;
    // The v1 row as v1 wrote it, with a new id: the fixture's rows are loosely typed.
    const newcomer = { ...residents, id: 'r-new', name: 'Newcomer', createdAt: 2 } as unknown as Resident;
    await expect(database.residents.add({ ...newcomer, colour: 'blue' })).rejects.toThrow();
    await database.residents.add({ ...newcomer, colour: 'orange' });
    expect((await database.residents.toArray()).map((r) => [r.symbol, r.colour]).sort()).toEqual([
      [residents.symbol, 'blue'],
      [residents.symbol, 'orange'],
    ]);
    database.close();
  });
});

describe('the frozen v1 fixture', () => {
  it('builds a database at Dexie’s version 1 with exactly the v1 stores and indexes', async () => {
    const name = `hearth-migration-fixture-${++n}`;
    await createV1Database(name);
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe(V1_IDB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(Object.keys(V1_STORES).sort());
    const exceptions = raw.transaction('exceptions').objectStore('exceptions');
    expect(exceptions.index('[groupId+date]').unique).toBe(true);
    expect(exceptions.index('[groupId+date]').keyPath).toEqual(['groupId', 'date']);
    raw.close();
  });
});
