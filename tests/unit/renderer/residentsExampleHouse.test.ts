import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ResidentSchema } from '../../../shared/model';
import { isSymbolKey } from '../../../renderer/src/components/tapin/symbols';
import { personalCodeMatches } from '../../../renderer/src/db/personalCode';

const file = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'example-house', 'residents.json'), 'utf8')) as {
  residents: unknown[];
};
const residents = file.residents.map((r) => v.parse(ResidentSchema, r));

describe("the example house's residents", () => {
  it('each have a distinct symbol from the set', () => {
    expect(residents.length).toBeGreaterThanOrEqual(8);
    for (const resident of residents) expect(isSymbolKey(resident.symbol)).toBe(true);
    expect(new Set(residents.map((r) => r.symbol)).size).toBe(residents.length);
  });

  it('keep the demo codes as real PBKDF2 hashes that verify', async () => {
    const byId = new Map(residents.map((r) => [r.id, r]));
    expect(await personalCodeMatches('1357', byId.get('resident-2')?.codeHash ?? '')).toBe(true);
    expect(await personalCodeMatches('2468', byId.get('resident-3')?.codeHash ?? '')).toBe(true);
    expect(await personalCodeMatches('2467', byId.get('resident-3')?.codeHash ?? '')).toBe(false);
  });
});
