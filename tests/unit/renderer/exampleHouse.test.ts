import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readExampleHouse } from '../../../electron/main/mainServices';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { loadExampleHouse } from '../../../renderer/src/db/repositories/exampleHouse';

const house = readExampleHouse(join(process.cwd(), 'resources', 'example-house'));

describe('the example house', () => {
  it('loads into an empty database', async () => {
    const db = new AppDB('example-house-empty');
    expect(await loadExampleHouse(db, house, 14)).toBe(true);
    expect(await db.boards.count()).toBeGreaterThanOrEqual(3);
  });

  it('never loads over a house that already has data', async () => {
    const db = new AppDB('example-house-existing');
    await db.boards.add({ id: 'mine', title: { en: 'Ours', es: '' }, prompt: { en: 'p', es: '' }, order: 1, active: true });
    expect(await loadExampleHouse(db, house, 14)).toBe(false);
    expect((await db.boards.toArray()).map((b) => b.id)).toEqual(['mine']);
  });

  it('refuses data that does not fit the schema and writes nothing', async () => {
    const db = new AppDB('example-house-bad');
    await expect(loadExampleHouse(db, { boards: [{ id: 1 }] }, 14)).rejects.toThrow();
    expect(await db.boards.count()).toBe(0);
  });
});
