import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashPersonalCode, personalCodeMatches } from '../../../renderer/src/db/personalCode';

describe('personal code hashes', () => {
  it('keep their iteration count, so older hashes still verify', async () => {
    const stored = await hashPersonalCode('0042', 1000);
    expect(stored.startsWith('pbkdf2$1000$')).toBe(true);
    expect(await personalCodeMatches('0042', stored)).toBe(true);
    expect(await personalCodeMatches('0043', stored)).toBe(false);
  });

  it('never match a malformed or tampered stored value', async () => {
    const stored = await hashPersonalCode('1234', 1000);
    const tampered = stored.slice(0, -1) + (stored.endsWith('0') ? '1' : '0');
    expect(await personalCodeMatches('1234', tampered)).toBe(false);
    for (const bad of ['', '1234', 'salt:hash', 'pbkdf2$0$00$00', `scrypt${stored.slice(6)}`]) {
      expect(await personalCodeMatches('1234', bad)).toBe(false);
    }
  });

  it('compare bytes without stopping at the first difference, and tell lengths apart', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});
