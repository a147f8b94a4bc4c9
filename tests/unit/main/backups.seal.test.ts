import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFromPassphrase, passphraseMatches, sealBackup, unsealWithKey, unsealWithPassphrase } from '../../../electron/main/services/backups/backupSeal';
import { isSealedBackup, SEALED_BACKUP_FORMAT } from '../../../shared/backups';

/** Cheap scrypt for the many round trips; one test below uses the real cost. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'maple house garden 1987';

describe('sealing a backup', () => {
  it('round-trips any text with the key and with the passphrase, and the file shows none of it', async () => {
    const key = await keyFromPassphrase(PASSPHRASE, CHEAP);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        const sealed = sealBackup(text, key);
        expect(isSealedBackup(sealed)).toBe(true);
        expect(unsealWithKey(sealed, key)).toEqual({ ok: true, text });
        expect(await unsealWithPassphrase(sealed, PASSPHRASE)).toEqual({ ok: true, text });
      }),
      { numRuns: 40 },
    );
    const sealed = sealBackup('{"residents":[{"name":"Desmond Okafor"}]}', key);
    expect(sealed).not.toContain('Desmond');
    expect(JSON.parse(sealed).format).toBe(SEALED_BACKUP_FORMAT);
  });

  it('uses a fresh nonce for every file', async () => {
    const key = await keyFromPassphrase(PASSPHRASE, CHEAP);
    const a = JSON.parse(sealBackup('same', key));
    const b = JSON.parse(sealBackup('same', key));
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.data).not.toBe(b.data);
  });

  it('tells a wrong passphrase apart from a damaged file', async () => {
    const key = await keyFromPassphrase(PASSPHRASE, CHEAP);
    const sealed = sealBackup('{"hello":"world"}', key);
    expect(await unsealWithPassphrase(sealed, 'maple house garden 1988')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const file = JSON.parse(sealed);
    const flipped = Buffer.from(file.data, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(await unsealWithPassphrase(JSON.stringify({ ...file, data: flipped.toString('base64') }), PASSPHRASE)).toEqual({ ok: false, reason: 'damaged' });
    // The header is authenticated too: a changed salt or cost cannot pass for the same file.
    expect(await unsealWithPassphrase(JSON.stringify({ ...file, version: 2 }), PASSPHRASE)).toEqual({ ok: false, reason: 'not-sealed' });
    expect(await unsealWithPassphrase('{"format":"hearth-backup","tables":{}}', PASSPHRASE)).toEqual({ ok: false, reason: 'not-sealed' });
    expect(await unsealWithPassphrase('not json', PASSPHRASE)).toEqual({ ok: false, reason: 'not-sealed' });
  });

  it('checks a passphrase against the kept key, at the real cost', async () => {
    const key = await keyFromPassphrase(PASSPHRASE);
    expect(key.params.N).toBe(2 ** 15);
    expect(await passphraseMatches(key, PASSPHRASE)).toBe(true);
    expect(await passphraseMatches(key, `${PASSPHRASE} `)).toBe(false);
    // The same passphrase twice gets two salts and two keys.
    expect((await keyFromPassphrase(PASSPHRASE, CHEAP)).key).not.toBe((await keyFromPassphrase(PASSPHRASE, CHEAP)).key);
  });
});
