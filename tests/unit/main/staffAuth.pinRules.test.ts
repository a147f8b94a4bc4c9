import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pinProblem } from '../../../shared/staff';

describe('PIN rules', () => {
  it.each([
    ['12345', 'length'],
    ['1234567890123', 'length'],
    ['12a456', 'digits'],
    ['000000', 'same-digit'],
    ['111111', 'same-digit'],
    ['123456', 'sequence'],
    ['654321', 'sequence'],
    ['789012', 'sequence'],
    ['121212', 'repeat'],
    ['123123', 'repeat'],
    ['1212121', 'repeat'],
    ['112233', 'common'],
    ['159753', 'common'],
  ])('refuse %s (%s)', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it.each(['482915', '246810', '730264', '58302917'])('accept %s', (pin) => {
    expect(pinProblem(pin)).toBeNull();
  });

  it('refuse any PIN that is a shorter pattern said again', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,4}$/), fc.integer({ min: 2, max: 6 }), (unit, times) => {
        const pin = unit.repeat(times);
        fc.pre(pin.length >= 6 && pin.length <= 12);
        expect(pinProblem(pin)).not.toBeNull();
      }),
    );
  });
});
