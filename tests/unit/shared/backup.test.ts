import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION, backupText, makeBackup, parseBackup, type BackupTables } from '../../../shared/backup';
import { sampleTables } from './backupFixtures';

const CREATED = Date.UTC(2026, 2, 10, 12);
const validText = (tables: BackupTables = sampleTables()) => backupText(makeBackup(tables, CREATED));
// Tests edit parsed JSON freely, as a damaged or hand-made file would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A valid backup with one change made to its parsed JSON. */
function edited(change: (file: Loose) => void): string {
  const file = JSON.parse(validText()) as Loose;
  change(file);
  return JSON.stringify(file);
}

describe('reading a backup file', () => {
  it('accepts a backup Hearth wrote, row for row, and counts its rows', () => {
    const result = parseBackup(validText());
    expect(result).toEqual({ ok: true, rowCount: 16, backup: { format: 'hearth-backup', schemaVersion: 2, createdAt: '2026-03-10T12:00:00.000Z', tables: sampleTables() } });
  });

  it('says a file that is not JSON is not JSON', () => {
    expect(parseBackup('Name,Date\nAna,2026-03-10')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(parseBackup('')).toEqual({ ok: false, problem: { kind: 'not-json' } });
  });

  it('says JSON from somewhere else is not a Hearth backup', () => {
    expect(parseBackup('{"groups":[]}')).toEqual({ ok: false, problem: { kind: 'not-hearth' } });
    expect(parseBackup('[1,2,3]')).toEqual({ ok: false, problem: { kind: 'not-hearth' } });
    expect(parseBackup('null')).toEqual({ ok: false, problem: { kind: 'not-hearth' } });
    expect(parseBackup(edited((f) => (f.schemaVersion = '1')))).toEqual({ ok: false, problem: { kind: 'not-hearth' } });
    expect(parseBackup(edited((f) => (f.createdAt = 'yesterday')))).toEqual({ ok: false, problem: { kind: 'not-hearth' } });
    expect(parseBackup(edited((f) => delete f.tables))).toEqual({ ok: false, problem: { kind: 'not-hearth' } });
  });

  it('refuses a backup from a newer Hearth instead of guessing at it', () => {
    const newer = BACKUP_SCHEMA_VERSION + 1;
    expect(parseBackup(edited((f) => (f.schemaVersion = newer)))).toEqual({ ok: false, problem: { kind: 'newer-version', schemaVersion: newer } });
  });

  it('names a table that is missing', () => {
    expect(parseBackup(edited((f) => delete f.tables.attendance))).toEqual({ ok: false, problem: { kind: 'missing-table', table: 'attendance' } });
    expect(parseBackup(edited((f) => (f.tables.boards = {})))).toEqual({ ok: false, problem: { kind: 'missing-table', table: 'boards' } });
  });

  it('names the first invalid row, counted from 1, and the field that is wrong', () => {
    expect(parseBackup(edited((f) => (f.tables.attendance[2].method = 'teleport')))).toEqual({
      ok: false,
      problem: { kind: 'invalid-row', table: 'attendance', row: 3, field: 'method' },
    });
    expect(parseBackup(edited((f) => (f.tables.groups[1].title = { en: 'Only English' })))).toEqual({
      ok: false,
      problem: { kind: 'invalid-row', table: 'groups', row: 2, field: 'title.es' },
    });
    expect(parseBackup(edited((f) => f.tables.shares.push('a share')))).toMatchObject({ ok: false, problem: { kind: 'invalid-row', table: 'shares', row: 3 } });
  });

  it('refuses rows the database keeps unique, before anything is written', () => {
    expect(parseBackup(edited((f) => f.tables.boards.push(f.tables.boards[0])))).toEqual({ ok: false, problem: { kind: 'duplicate-row', table: 'boards', row: 2 } });
    expect(parseBackup(edited((f) => Object.assign(f.tables.residents[1], { symbol: 'sun', colour: 'blue' })))).toEqual({
      ok: false,
      problem: { kind: 'duplicate-row', table: 'residents', row: 2 },
    });
    expect(parseBackup(edited((f) => f.tables.attendance.push({ ...f.tables.attendance[0], id: 'a-9' })))).toEqual({
      ok: false,
      problem: { kind: 'duplicate-row', table: 'attendance', row: 5 },
    });
    expect(parseBackup(edited((f) => (f.tables.exceptions[1].date = '2026-03-04')))).toEqual({ ok: false, problem: { kind: 'duplicate-row', table: 'exceptions', row: 2 } });
  });

  it('keeps two residents with one symbol in different colours, and carries each colour', () => {
    const result = parseBackup(edited((f) => (f.tables.residents[1].symbol = 'sun')));
    expect(result.ok && result.backup.tables.residents.map(({ symbol, colour }) => [symbol, colour])).toEqual([
      ['sun', 'blue'],
      ['sun', 'orange'],
    ]);
  });

  it('reads a file from before colours: its residents keep their symbols and get the default colour', () => {
    const older = edited((f) => {
      f.schemaVersion = 1;
      for (const resident of f.tables.residents) delete resident.colour;
    });
    const result = parseBackup(older);
    expect(result.ok && result.backup.tables.residents.map(({ symbol, colour }) => [symbol, colour])).toEqual([
      ['sun', 'blue'],
      ['tree', 'blue'],
    ]);
    // Two residents with one symbol in such a file would be one picture: refused, as before.
    const clash = edited((f) => {
      f.schemaVersion = 1;
      for (const resident of f.tables.residents) delete resident.colour;
      f.tables.residents[1].symbol = 'sun';
    });
    expect(parseBackup(clash)).toEqual({ ok: false, problem: { kind: 'duplicate-row', table: 'residents', row: 2 } });
  });

  it('refuses a colour Hearth does not have', () => {
    expect(parseBackup(edited((f) => (f.tables.residents[0].colour = 'chartreuse')))).toEqual({
      ok: false,
      problem: { kind: 'invalid-row', table: 'residents', row: 1, field: 'colour' },
    });
  });

  it('keeps many headcount tap-ins of one session: they identify nobody, so they are never duplicates', () => {
    const result = parseBackup(validText());
    expect(result.ok && result.backup.tables.attendance.filter((a) => a.residentId === undefined)).toHaveLength(2);
  });

  it('drops fields the row schemas do not know', () => {
    const result = parseBackup(edited((f) => (f.tables.boards[0].colourOfTheDay = 'red')));
    expect(result.ok && result.backup.tables.boards[0]).toEqual(sampleTables().boards[0]);
  });

  it('never throws, and never accepts, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a cut-off backup, and accepts it only when nothing was cut', () => {
    const text = validText();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (length) => {
        expect(parseBackup(text.slice(0, length)).ok).toBe(length === text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a backup with one value swapped for random JSON', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (value && typeof value === 'object') for (const [k, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(k) : k]);
    };
    walk(JSON.parse(validText()), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
        const file = JSON.parse(validText()) as Loose;
        let parent = file;
        for (const step of path.slice(0, -1)) parent = parent[step];
        parent[path.at(-1) as string | number] = value;
        const result = parseBackup(JSON.stringify(file));
        if (result.ok) expect(result.rowCount).toBeGreaterThanOrEqual(0);
        else expect(result.problem.kind).toMatch(/^(not-hearth|newer-version|missing-table|invalid-row|duplicate-row)$/);
      }),
      { numRuns: 500 },
    );
  });
});
