import type { AppDB } from '../AppDB';
import { db as appDb } from '../db';

/** How many rows each table of the database holds, by table name, in the database's own order. */
export async function rowsPerTable(db: AppDB = appDb): Promise<Record<string, number>> {
  const counts = await db.transaction('r', db.tables, () => Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const)));
  return Object.fromEntries(counts);
}
