import { describe, expect, it } from 'vitest';
import { CODE_REST_MS, CodeTries, WRONG_CODES_BEFORE_REST } from '../../../renderer/src/lib/codeTries';

describe('CodeTries', () => {
  const t0 = 1_000_000;

  it('rests the pad after five wrong codes in a row, for a minute', () => {
    const tries = new CodeTries();
    for (let i = 1; i < WRONG_CODES_BEFORE_REST; i++) expect(tries.wrongCode('ana', t0 + i)).toBe(0);
    expect(tries.restingUntil('ana', t0 + 10)).toBe(0);
    const until = tries.wrongCode('ana', t0 + 10);
    expect(until).toBe(t0 + 10 + CODE_REST_MS);
    expect(tries.restingUntil('ana', t0 + 10 + CODE_REST_MS - 1)).toBe(until);
    expect(tries.restingUntil('ana', t0 + 10 + CODE_REST_MS)).toBe(0);
  });

  it('rests again after each further wrong code, until the right one', () => {
    const tries = new CodeTries();
    for (let i = 0; i < WRONG_CODES_BEFORE_REST; i++) tries.wrongCode('ana', t0);
    const later = t0 + CODE_REST_MS;
    expect(tries.wrongCode('ana', later)).toBe(later + CODE_REST_MS);
    tries.rightCode('ana');
    expect(tries.restingUntil('ana', later)).toBe(0);
    expect(tries.wrongCode('ana', later)).toBe(0);
  });

  it('counts each resident apart', () => {
    const tries = new CodeTries();
    for (let i = 0; i < WRONG_CODES_BEFORE_REST; i++) tries.wrongCode('ana', t0);
    expect(tries.restingUntil('ana', t0)).toBeGreaterThan(t0);
    expect(tries.restingUntil('luis', t0)).toBe(0);
    expect(tries.wrongCode('luis', t0)).toBe(0);
  });
});
