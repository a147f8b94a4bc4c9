import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, BACKUP_TABLES, backupText, makeBackup, parseBackup, type Backup, type BackupTables } from '../../../shared/backup';
import { db } from '../../../renderer/src/db/db';
import { RESTORE_CHUNK_ROWS, RESTORE_LANES, exportBackup, restoreBackup, type RestoreProgress } from '../../../renderer/src/db/repositories/backup';
import { sampleTables } from '../shared/backupFixtures';

const NOW = Date.UTC(2026, 2, 10, 12);

/** Every table as stored, each sorted by id, for comparing whole databases. */
async function dump(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(BACKUP_TABLES.map(async (name) => [name, await db.table(name).orderBy(':id').toArray()] as const));
  return Object.fromEntries(entries);
}

/** The tables a restore puts back: every one but the audit log, which a restore only adds to. */
async function dumpRestored(): Promise<Record<string, unknown[]>> {
  const { auditLog: _kept, ...rest } = await dump();
  return rest;
}

async function fill(tables: BackupTables) {
  await db.transaction('rw', BACKUP_TABLES.map((name) => db.table(name)), async () => {
    for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name]);
  });
}

const sampleRowCount = () => Object.values(sampleTables()).reduce((sum, rows) => sum + rows.length, 0);
const emptyTables = (): BackupTables => ({ groups: [], exceptions: [], residents: [], attendance: [], boards: [], shares: [], reviewItems: [], auditLog: [] });

/** What the backup area does with a file's text: parse the whole file, restore only if it passed. */
async function restoreFromText(text: string): Promise<boolean> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return false;
  await restoreBackup(parsed.backup);
  return true;
}

beforeEach(async () => {
  await db.transaction('rw', BACKUP_TABLES.map((name) => db.table(name)), async () => {
    for (const name of BACKUP_TABLES) await db.table(name).clear();
  });
  await fill(sampleTables());
});

describe('backup and restore', () => {
  it('backs up every table, with when it was made', async () => {
    const backup = await exportBackup(NOW);
    expect(backup.format).toBe('hearth-backup');
    expect(backup.schemaVersion).toBe(BACKUP_SCHEMA_VERSION);
    expect(backup.createdAt).toBe('2026-03-10T12:00:00.000Z');
    for (const name of BACKUP_TABLES) expect(backup.tables[name]).toHaveLength(sampleTables()[name].length);
  });

  it('gives back identical data after backup, wipe and restore', async () => {
    const before = await dumpRestored();
    const text = backupText(await exportBackup(NOW));
    await restoreBackup(makeBackup(emptyTables(), NOW));
    expect(Object.values(await dumpRestored()).every((rows) => rows.length === 0)).toBe(true);

    expect(await restoreFromText(text)).toBe(true);
    expect(await dumpRestored()).toEqual(before);
  });

  it('replaces what was there, rather than merging with it', async () => {
    const backup = await exportBackup(NOW);
    await db.boards.add({ id: 'b-new', title: { en: 'New', es: 'Nuevo' }, prompt: { en: 'New', es: 'Nuevo' }, order: 2, active: true });
    await db.residents.update('r-1', { name: 'Changed' });
    await restoreBackup(backup);
    expect(await db.boards.get('b-new')).toBeUndefined();
    expect((await db.residents.get('r-1'))?.name).toBe('Marisol Vega');
  });

  it('keeps the indexes working after a restore: attendance by session and by resident', async () => {
    const backup = await exportBackup(NOW);
    await restoreBackup(backup);
    expect(await db.attendance.where('occurrenceKey').equals('art@2026-03-02').count()).toBe(3);
    expect(await db.attendance.where('[residentId+date]').equals(['r-2', '2026-03-03']).count()).toBe(1);
  });

  it('reports progress in chunks, up to every row', async () => {
    const tables = sampleTables();
    tables.attendance = Array.from({ length: RESTORE_CHUNK_ROWS * 2 + 7 }, (_, i) => ({
      id: `tap-${String(i).padStart(6, '0')}`,
      occurrenceKey: 'art@2026-03-02',
      groupId: 'art',
      date: '2026-03-02',
      at: NOW + i,
      method: 'headcount' as const,
    }));
    const seen: RestoreProgress[] = [];
    const done = await restoreBackup(makeBackup(tables, NOW), (p) => seen.push(p));
    // Every row of the sample but its one audit entry, which a restore never writes back.
    const total = sampleRowCount() - sampleTables().attendance.length - 1 + RESTORE_CHUNK_ROWS * 2 + 7;
    expect(done).toEqual({ written: total, total });
    expect(seen[0]).toEqual({ written: 0, total });
    expect(seen.at(-1)).toEqual({ written: total, total });
    expect(seen.map((p) => p.written)).toEqual([...seen.map((p) => p.written)].sort((a, b) => a - b));
    expect(await db.attendance.count()).toBe(RESTORE_CHUNK_ROWS * 2 + 7);
  });

  it('hands IndexedDB a few chunks at a time, so the page gets its thread back between them', async () => {
    const tables = sampleTables();
    const rows = RESTORE_CHUNK_ROWS * 5;
    tables.attendance = Array.from({ length: rows }, (_, i) => ({ id: `tap-${i}`, occurrenceKey: 'art@2026-03-02', groupId: 'art', date: '2026-03-02', at: NOW + i, method: 'headcount' as const }));
    const table = db.table('attendance');
    const bulkAdd = table.bulkAdd.bind(table);
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    table.bulkAdd = ((chunk: readonly unknown[]) => {
      calls++;
      inFlight++;
      most = Math.max(most, inFlight);
      return bulkAdd(chunk as never).finally(() => inFlight--);
    }) as typeof table.bulkAdd;
    try {
      await restoreBackup(makeBackup(tables, NOW));
    } finally {
      delete (table as { bulkAdd?: unknown }).bulkAdd;
    }
    expect(calls).toBe(5);
    expect(most).toBe(RESTORE_LANES);
    expect(await db.attendance.count()).toBe(rows);
  });

  it('changes nothing when a corrupt, foreign or cut-off file is chosen', async () => {
    const before = await dump();
    const valid = backupText(await exportBackup(NOW));
    const foreign = JSON.stringify({ format: 'other-app', tables: {} });
    const corrupt = valid.replace('"method":"symbol"', '"method":"teleport"');
    for (const text of ['', 'not json', foreign, corrupt, valid.slice(0, valid.length - 1), valid.slice(0, valid.length / 2)]) {
      expect(await restoreFromText(text)).toBe(false);
    }
    expect(await dump()).toEqual(before);
  });

  it('changes nothing when the database refuses a row half-way through: the one transaction rolls back', async () => {
    const before = await dump();
    // Passes each row's schema but breaks a unique index; parseBackup would refuse it, so it is built by hand.
    const tables = sampleTables();
    tables.residents = [...tables.residents, { ...tables.residents[0]!, id: 'r-3' }];
    const broken: Backup = makeBackup(tables, NOW);
    await expect(restoreBackup(broken)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });

  it('never changes the database for random JSON or a cut-off backup', async () => {
    const before = await dump();
    const valid = backupText(await exportBackup(NOW));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.integer({ min: 0, max: valid.length - 1 }).map((length) => valid.slice(0, length)),
        ),
        async (text) => {
          expect(await restoreFromText(text)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
    expect(await dump()).toEqual(before);
  });
});
