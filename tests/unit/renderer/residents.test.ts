import { beforeEach, describe, expect, it } from 'vitest';
import { freePictures } from '../../../shared/residentPictures';
import { db } from '../../../renderer/src/db/db';
import {
  ResidentNotFoundError,
  SymbolTakenError,
  deleteResident,
  listResidents,
  residentsForSymbolGrid,
  saveResident,
  setActive,
  setResidentCode,
  verifyCode,
} from '../../../renderer/src/db/repositories/residents';

beforeEach(async () => {
  await db.residents.clear();
  await db.attendance.clear();
  await db.auditLog.clear();
});

const tapOf = (id: string, residentId: string | undefined, date: string) => ({
  id,
  occurrenceKey: `walk@${date}`,
  groupId: 'walk',
  date,
  ...(residentId ? { residentId } : {}),
  at: Date.parse(`${date}T10:00:00Z`),
  method: residentId ? ('symbol' as const) : ('headcount' as const),
});

describe('deleting a resident', () => {
  it('deletes the resident and every attendance record of theirs, and nobody else’s', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    const grace = await saveResident({ symbol: 'moon', name: 'Grace' });
    await db.attendance.bulkAdd([
      tapOf('a1', ada.id, '2026-01-05'),
      tapOf('a2', ada.id, '2026-03-10'),
      tapOf('g1', grace.id, '2026-03-10'),
      tapOf('h1', undefined, '2026-03-10'),
    ]);
    expect(await deleteResident(ada.id)).toEqual({ attendanceRemoved: 2 });
    expect(await db.residents.get(ada.id)).toBeUndefined();
    expect((await db.attendance.toArray()).map((row) => row.id).sort()).toEqual(['g1', 'h1']);
    // The symbol is free again.
    await expect(saveResident({ symbol: 'sun', name: 'Alan' })).resolves.toMatchObject({ symbol: 'sun' });
  });

  it('leaves their name in no audit entry', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada Byron' });
    await db.auditLog.add({ id: 'e1', at: 1, staffId: 's', staffName: 'Sam', action: 'records.attendanceAdded', detail: 'Ada Byron · Walk · 2026-03-10' });
    await deleteResident(ada.id);
    expect((await db.auditLog.get('e1'))?.detail).toBe('— · Walk · 2026-03-10');
  });

  it('refuses a resident that does not exist, and changes nothing', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    await db.attendance.add(tapOf('a1', ada.id, '2026-03-10'));
    await expect(deleteResident('nobody')).rejects.toBeInstanceOf(ResidentNotFoundError);
    expect(await db.residents.count()).toBe(1);
    expect(await db.attendance.count()).toBe(1);
  });
});

describe('residents', () => {
  it('creates a resident with a unique symbol, active by default', async () => {
    const saved = await saveResident({ symbol: 'sun', name: '  Ada Lovelace ' }, 1000);
    expect(saved).toMatchObject({ symbol: 'sun', name: 'Ada Lovelace', active: true, hasCode: false, createdAt: 1000 });
    expect(await db.residents.get(saved.id)).toMatchObject({ symbol: 'sun', name: 'Ada Lovelace' });
  });

  it('gives a resident saved without a colour the default one', async () => {
    const saved = await saveResident({ symbol: 'sun', name: 'Ada' });
    expect(saved.colour).toBe('blue');
    expect(await db.residents.get(saved.id)).toMatchObject({ symbol: 'sun', colour: 'blue' });
  });

  it('lets two residents share a symbol in different colours, and refuses a picture another resident has', async () => {
    const ada = await saveResident({ symbol: 'sun', colour: 'blue', name: 'Ada' });
    const grace = await saveResident({ symbol: 'sun', colour: 'orange', name: 'Grace' });
    const refused = saveResident({ symbol: 'sun', colour: 'orange', name: 'Alan' });
    await expect(refused).rejects.toBeInstanceOf(SymbolTakenError);
    await expect(refused).rejects.toMatchObject({ symbol: 'sun', colour: 'orange' });
    // Moving Ada onto Grace's picture is refused too, and leaves Ada as she was.
    await expect(saveResident({ id: ada.id, symbol: 'sun', colour: 'orange', name: 'Ada' })).rejects.toBeInstanceOf(SymbolTakenError);
    expect((await listResidents()).map(({ id, symbol, colour }) => ({ id, symbol, colour }))).toEqual([
      { id: ada.id, symbol: 'sun', colour: 'blue' },
      { id: grace.id, symbol: 'sun', colour: 'orange' },
    ]);
  });

  it('refuses a colour Hearth does not have, and writes nothing', async () => {
    await expect(saveResident({ symbol: 'sun', colour: 'chartreuse', name: 'Ada' })).rejects.toThrow();
    expect(await db.residents.count()).toBe(0);
  });

  it('keeps 120 residents, each with a picture of their own, all on the wall', async () => {
    const pictures = freePictures([]).slice(0, 120);
    for (const [i, picture] of pictures.entries()) await saveResident({ ...picture, name: `Resident ${i + 1}` });
    const wall = await residentsForSymbolGrid();
    expect(wall).toHaveLength(120);
    expect(new Set(wall.map((r) => `${r.symbol}/${r.colour}`)).size).toBe(120);
  });

  it('refuses a symbol another resident already has', async () => {
    await saveResident({ symbol: 'sun', name: 'Ada' });
    await expect(saveResident({ symbol: 'sun', name: 'Grace' })).rejects.toBeInstanceOf(SymbolTakenError);
    expect(await db.residents.count()).toBe(1);
  });

  it('updates a resident and keeps their code and creation time', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' }, 1000);
    await setResidentCode(ada.id, '2468');
    const updated = await saveResident({ id: ada.id, symbol: 'moon', name: 'Ada L.' }, 5000);
    expect(updated).toMatchObject({ id: ada.id, symbol: 'moon', name: 'Ada L.', hasCode: true, createdAt: 1000 });
    expect(await verifyCode(ada.id, '2468')).toBe(true);
  });

  it('refuses to update a resident that does not exist, or to save without a name', async () => {
    await expect(saveResident({ id: 'nobody', symbol: 'sun', name: 'Ada' })).rejects.toBeInstanceOf(ResidentNotFoundError);
    await expect(saveResident({ symbol: 'sun', name: '   ' })).rejects.toThrow(RangeError);
    expect(await db.residents.count()).toBe(0);
  });

  it('gives the wall only symbols of active residents, never names or hashes', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    const grace = await saveResident({ symbol: 'moon', name: 'Grace' });
    await setResidentCode(grace.id, '1357');
    await saveResident({ symbol: 'tree', name: 'Alan', active: false });
    const grid = await residentsForSymbolGrid();
    expect(grid.sort((a, b) => a.symbol.localeCompare(b.symbol))).toEqual([
      { id: grace.id, symbol: 'moon', colour: 'blue', hasCode: true },
      { id: ada.id, symbol: 'sun', colour: 'blue', hasCode: false },
    ]);
    expect(JSON.stringify(grid)).not.toMatch(/Ada|Grace|Alan|pbkdf2/);
  });

  it('lists every resident for staff by name, without the code hash', async () => {
    await saveResident({ symbol: 'sun', name: 'Zoe' });
    await saveResident({ symbol: 'moon', name: 'Ada', active: false });
    const staffList = await listResidents();
    expect(staffList.map((r) => [r.name, r.active])).toEqual([
      ['Ada', false],
      ['Zoe', true],
    ]);
    expect(JSON.stringify(staffList)).not.toContain('codeHash');
  });

  it('turns a resident inactive and back', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    await setActive(ada.id, false);
    expect(await residentsForSymbolGrid()).toEqual([]);
    await setActive(ada.id, true);
    expect(await residentsForSymbolGrid()).toHaveLength(1);
    await expect(setActive('nobody', true)).rejects.toBeInstanceOf(ResidentNotFoundError);
  });
});

describe('personal codes', () => {
  it('stores a code only as a salted PBKDF2 hash', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    const grace = await saveResident({ symbol: 'moon', name: 'Grace' });
    await setResidentCode(ada.id, '2468');
    await setResidentCode(grace.id, '2468');
    const adaHash = (await db.residents.get(ada.id))?.codeHash ?? '';
    const graceHash = (await db.residents.get(grace.id))?.codeHash ?? '';
    expect(adaHash).toMatch(/^pbkdf2\$\d+\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(adaHash).not.toContain('2468');
    expect(adaHash.length).toBeLessThanOrEqual(300);
    // The same code gives a different hash for each resident: the salt is per resident.
    expect(graceHash).not.toBe(adaHash);
  });

  it('accepts the right code and refuses a wrong one', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    await setResidentCode(ada.id, '2468');
    expect(await verifyCode(ada.id, '2468')).toBe(true);
    expect(await verifyCode(ada.id, '2469')).toBe(false);
    expect(await verifyCode(ada.id, '246')).toBe(false);
    expect(await verifyCode(ada.id, '24680')).toBe(false);
  });

  it('refuses every code for a resident without one, an inactive resident, or an unknown one', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    expect(await verifyCode(ada.id, '0000')).toBe(false);
    await setResidentCode(ada.id, '2468');
    await setActive(ada.id, false);
    expect(await verifyCode(ada.id, '2468')).toBe(false);
    expect(await verifyCode('nobody', '2468')).toBe(false);
  });

  it('removes a code', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    await setResidentCode(ada.id, '2468');
    await setResidentCode(ada.id, null);
    expect(await db.residents.get(ada.id)).not.toHaveProperty('codeHash');
    expect(await verifyCode(ada.id, '2468')).toBe(false);
  });

  it('refuses a code that is not exactly four digits and leaves the old one', async () => {
    const ada = await saveResident({ symbol: 'sun', name: 'Ada' });
    await setResidentCode(ada.id, '2468');
    for (const bad of ['123', '12345', 'abcd', '12 4', '١٢٣٤']) {
      await expect(setResidentCode(ada.id, bad)).rejects.toThrow(RangeError);
    }
    expect(await verifyCode(ada.id, '2468')).toBe(true);
  });
});
