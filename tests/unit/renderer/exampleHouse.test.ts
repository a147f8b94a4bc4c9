import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readExampleHouse } from '../../../electron/main/mainServices';
import { AppDB } from '../../../renderer/src/db/AppDB';
import * as v from 'valibot';
import { EXAMPLE_HISTORY_WEEKS, loadExampleHouse } from '../../../renderer/src/db/repositories/exampleHouse';
import { AttendanceSchema } from '../../../shared/model';
import { occurrencesBetween } from '../../../shared/schedule/occurrencesOn';
import { addDays, localDateOf, zonedEpochMs } from '../../../shared/schedule/localTime';

const house = readExampleHouse(join(process.cwd(), 'resources', 'example-house'));
const RETENTION = { shareRetentionDays: 14, attendanceRetentionDays: 730 };
let n = 0;

describe('the example house', () => {
  it('loads into an empty database', async () => {
    const db = new AppDB('example-house-empty');
    expect(await loadExampleHouse(db, house, RETENTION)).toBe(true);
    expect(await db.boards.count()).toBeGreaterThanOrEqual(3);
  });

  it('never loads over a house that already has data', async () => {
    const db = new AppDB('example-house-existing');
    await db.boards.add({ id: 'mine', title: { en: 'Ours', es: '' }, prompt: { en: 'p', es: '' }, order: 1, active: true });
    expect(await loadExampleHouse(db, house, RETENTION)).toBe(false);
    expect((await db.boards.toArray()).map((b) => b.id)).toEqual(['mine']);
  });

  it('refuses data that does not fit the schema and writes nothing', async () => {
    const db = new AppDB('example-house-bad');
    await expect(loadExampleHouse(db, { boards: [{ id: 1 }] }, RETENTION)).rejects.toThrow();
    expect(await db.boards.count()).toBe(0);
  });

  describe('comes with attendance history', () => {
    // A Tuesday at 15:00: the morning's sessions and the recovery circle (14:00–15:00) are over.
    const now = zonedEpochMs('2026-03-10', '15:00');
    const today = localDateOf(now);

    async function loaded(retention = RETENTION) {
      const db = new AppDB(`example-house-history-${++n}`);
      expect(await loadExampleHouse(db, house, retention, now)).toBe(true);
      return db;
    }

    it('eight weeks of it, only for sessions held, only regulars at their own groups', async () => {
      const db = await loaded();
      const rows = await db.attendance.toArray();
      const first = addDays(today, -EXAMPLE_HISTORY_WEEKS * 7);
      const dates = rows.map((row) => row.date).sort();
      expect(dates[0]! >= first && dates[0]! <= addDays(first, 2)).toBe(true);
      expect(dates.at(-1)).toBe(today);

      const groups = await db.groups.toArray();
      const sessions = new Map([...occurrencesBetween(first, today, groups, await db.exceptions.toArray()).values()].flat().map((s) => [s.key, s]));
      const regulars = new Set((house.attendanceRegulars as { residentId: string; groupId: string }[]).map((r) => `${r.residentId} ${r.groupId}`));
      const residents = new Map((await db.residents.toArray()).map((r) => [r.id, r]));
      for (const row of rows) {
        expect(() => v.parse(AttendanceSchema, row)).not.toThrow();
        const session = sessions.get(row.occurrenceKey);
        expect(session, row.occurrenceKey).toBeDefined();
        expect(session!.status).not.toBe('cancelled');
        expect(session!.endMs).toBeLessThanOrEqual(now);
        expect(Math.abs(row.at - session!.startMs)).toBeLessThanOrEqual(10 * 60_000);
        expect(regulars.has(`${row.residentId} ${row.groupId}`)).toBe(true);
        expect(residents.get(row.residentId!)?.active).toBe(true);
      }
      // Every active resident with regular groups has a history; each came to some sessions, not all.
      const withHistory = new Set(rows.map((row) => row.residentId));
      for (const resident of residents.values()) {
        const regular = [...regulars].some((r) => r.startsWith(`${resident.id} `));
        expect(withHistory.has(resident.id), resident.name).toBe(resident.active && regular);
      }
      const circle = [...sessions.values()].filter((s) => s.groupId === 'recovery-circle' && s.endMs <= now);
      const desmond = rows.filter((row) => row.residentId === 'resident-2' && row.groupId === 'recovery-circle').length;
      expect(desmond).toBeGreaterThan(circle.length / 2);
      expect(desmond).toBeLessThanOrEqual(circle.length);
    });

    it('the same on the same day, and never older than the house keeps attendance', async () => {
      const ids = async (db: AppDB) => (await db.attendance.toCollection().primaryKeys()).sort();
      expect(await ids(await loaded())).toEqual(await ids(await loaded()));
      const short = await loaded({ shareRetentionDays: 14, attendanceRetentionDays: 30 });
      const dates = (await short.attendance.toArray()).map((row) => row.date).sort();
      expect(dates.length).toBeGreaterThan(0);
      expect(dates[0]! >= addDays(today, -29)).toBe(true);
    });
  });
});

