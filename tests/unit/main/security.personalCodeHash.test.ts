import { describe, expect, it } from 'vitest';
import { backupText, makeBackup, parseBackup } from '../../../shared/backup';
import { PERSONAL_CODE_ITERATION_COUNTS, ResidentSchema } from '../../../shared/model';
import { PERSONAL_CODE_ITERATIONS, hashPersonalCode, personalCodeMatches } from '../../../renderer/src/db/personalCode';
import { sampleTables } from '../shared/backupFixtures';
import * as v from 'valibot';

/*
 * Reproduction (outside review): a backup file whose resident has
 * `codeHash: "pbkdf2$9999999$<salt>$<hash>"` was restored, and each tap-in with that resident's
 * symbol then spent seconds of the wall's time on 9,999,999 PBKDF2 rounds.
 */
const SALT = 'ab'.repeat(16);
const HASH = 'cd'.repeat(32);

function backupWithCodeHash(codeHash: string): string {
  const tables = sampleTables();
  tables.residents = tables.residents.map((resident) => ({ ...resident, codeHash }));
  return backupText(makeBackup(tables, Date.UTC(2026, 2, 10)));
}

describe("a resident's personal code hash", () => {
  it('in a backup, is refused with 9,999,999 iterations, or any count Hearth does not write', () => {
    for (const iterations of [9_999_999, 1_000_000, 100_001, 1, 0]) {
      const parsed = parseBackup(backupWithCodeHash(`pbkdf2$${iterations}$${SALT}$${HASH}`));
      expect(parsed, String(iterations)).toMatchObject({ ok: false, problem: { kind: 'invalid-row', table: 'residents', field: 'codeHash' } });
    }
  });

  it('in a backup, is accepted as Hearth writes it', async () => {
    const written = await hashPersonalCode('2468');
    expect(written.split('$')[1]).toBe(String(PERSONAL_CODE_ITERATIONS));
    expect(PERSONAL_CODE_ITERATION_COUNTS).toContain(PERSONAL_CODE_ITERATIONS);
    expect(parseBackup(backupWithCodeHash(written)).ok).toBe(true);
    expect(v.is(ResidentSchema, { id: 'r-9', symbol: 'sun', name: 'Ada', codeHash: written, active: true, createdAt: 1 })).toBe(true);
  });

  it('already in the database with a made-up count, is never worked through: the check answers no at once', async () => {
    const started = performance.now();
    expect(await personalCodeMatches('2468', `pbkdf2$9999999$${SALT}$${HASH}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
