import Dexie from 'dexie';
import * as v from 'valibot';
import { ResidentSchema, type Resident } from '../../../../shared/model';
import { hashPersonalCode, isPersonalCode, personalCodeMatches } from '../personalCode';
import { db } from '../db';
import { forgetResidentName } from './audit';

/**
 * What the wall may know about a resident: the picture (symbol and colour), never the name.
 * Whether a code is set decides if the number pad is shown in 'symbol+code' mode.
 */
export interface WallResident {
  id: string;
  symbol: string;
  colour: string;
  hasCode: boolean;
}

/** What staff mode sees: everything but the code's hash. */
export interface StaffResidentView {
  id: string;
  symbol: string;
  colour: string;
  name: string;
  active: boolean;
  hasCode: boolean;
  createdAt: number;
}

export interface ResidentInput {
  /** Absent for a new resident. */
  id?: string;
  symbol: string;
  /** The default colour when absent. */
  colour?: string;
  name: string;
  active?: boolean;
}

/** Another resident already has this symbol in this colour: each picture is one resident's. */
export class SymbolTakenError extends Error {
  constructor(
    readonly symbol: string,
    readonly colour: string,
  ) {
    super(`The symbol "${symbol}" in ${colour} already belongs to another resident.`);
    this.name = 'SymbolTakenError';
  }
}

export class ResidentNotFoundError extends Error {
  constructor(readonly residentId: string) {
    super(`No resident with id "${residentId}".`);
    this.name = 'ResidentNotFoundError';
  }
}

/** Active residents for the sign-in grid. Names and code hashes stay in the database. */
export async function residentsForSymbolGrid(): Promise<WallResident[]> {
  const residents = await db.residents.filter((r) => r.active).toArray();
  return residents.map(({ id, symbol, colour, codeHash }) => ({ id, symbol, colour, hasCode: codeHash !== undefined }));
}

/** Every resident, active or not, by name: for staff mode only. */
export async function listResidents(): Promise<StaffResidentView[]> {
  const residents = await db.residents.toArray();
  return residents.map(toStaffView).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Creates or updates a resident's picture, name and active flag; the code is set separately. A
 * picture another resident has is refused (SymbolTakenError) and nothing is written.
 */
export async function saveResident(input: ResidentInput, now = Date.now()): Promise<StaffResidentView> {
  return db.transaction('rw', db.residents, async () => {
    const existing = input.id === undefined ? undefined : await db.residents.get(input.id);
    if (input.id !== undefined && !existing) throw new ResidentNotFoundError(input.id);
    if (input.symbol.trim() === '' || input.name.trim() === '') throw new RangeError('A resident needs a symbol and a name.');
    const resident = v.parse(ResidentSchema, {
      ...existing,
      id: existing?.id ?? crypto.randomUUID(),
      symbol: input.symbol.trim(),
      colour: input.colour ?? existing?.colour,
      name: input.name.trim(),
      active: input.active ?? existing?.active ?? true,
      createdAt: existing?.createdAt ?? now,
    });
    const holder = await db.residents.where('[symbol+colour]').equals([resident.symbol, resident.colour]).first();
    if (holder && holder.id !== resident.id) throw new SymbolTakenError(resident.symbol, resident.colour);
    try {
      await db.residents.put(resident);
    } catch (error) {
      if (error instanceof Dexie.ConstraintError) throw new SymbolTakenError(resident.symbol, resident.colour);
      throw error;
    }
    return toStaffView(resident);
  });
}

/** Sets a resident's 4-digit code, or removes it with `null`. Only the salted hash is stored. */
export async function setResidentCode(residentId: string, code: string | null): Promise<void> {
  if (code !== null && !isPersonalCode(code)) throw new RangeError('A personal code is exactly 4 digits.');
  // Hash outside the transaction: IndexedDB transactions close when they wait on anything else.
  const codeHash = code === null ? undefined : await hashPersonalCode(code);
  await db.transaction('rw', db.residents, async () => {
    const resident = await db.residents.get(residentId);
    if (!resident) throw new ResidentNotFoundError(residentId);
    const { codeHash: _old, ...rest } = resident;
    await db.residents.put(codeHash === undefined ? rest : { ...rest, codeHash });
  });
}

export async function setActive(residentId: string, active: boolean): Promise<void> {
  const changed = await db.residents.update(residentId, { active });
  if (changed === 0 && !(await db.residents.get(residentId))) throw new ResidentNotFoundError(residentId);
}

/**
 * Deletes a resident and every attendance record of theirs, together or not at all: the house's
 * promise to a resident who asks. Returns how many attendance records went with them.
 */
export async function deleteResident(residentId: string): Promise<{ attendanceRemoved: number }> {
  return db.transaction('rw', db.residents, db.attendance, db.auditLog, async () => {
    const resident = await db.residents.get(residentId);
    if (!resident) throw new ResidentNotFoundError(residentId);
    const attendanceRemoved = await db.attendance
      .where('[residentId+date]')
      .between([residentId, Dexie.minKey], [residentId, Dexie.maxKey])
      .delete();
    await db.residents.delete(residentId);
    // Entries written before the log named residents by symbol only may still hold the name.
    await forgetResidentName(resident.name);
    return { attendanceRemoved };
  });
}

/**
 * True only for an active resident whose stored code matches. A resident without a code, an
 * unknown or inactive resident, or anything that is not 4 digits, never matches.
 */
export async function verifyCode(residentId: string, code: string): Promise<boolean> {
  const resident = await db.residents.get(residentId);
  if (!resident?.active || resident.codeHash === undefined) return false;
  return personalCodeMatches(code, resident.codeHash);
}

function toStaffView(resident: Resident): StaffResidentView {
  const { id, symbol, colour, name, active, codeHash, createdAt } = resident;
  return { id, symbol, colour, name, active, hasCode: codeHash !== undefined, createdAt };
}
