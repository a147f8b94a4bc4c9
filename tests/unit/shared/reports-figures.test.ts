import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneDecimal, percentOneDecimal } from '../../../shared/reports/figures';

describe('figures to one decimal', () => {
  it('rounds to one decimal', () => {
    expect(oneDecimal(1.5)).toEqual({ value: 1.5, qualifier: null });
    expect(oneDecimal(2 / 3)).toEqual({ value: 0.7, qualifier: null });
    expect(oneDecimal(0)).toEqual({ value: 0, qualifier: null });
  });

  it('never shows an average above 0 as 0', () => {
    // One tap-in over 106 sessions.
    expect(oneDecimal(1 / 106)).toEqual({ value: 0.1, qualifier: 'under' });
    expect(oneDecimal(0.05)).toEqual({ value: 0.1, qualifier: null });
  });

  it('gives a rate as a percentage: 3 of 8 is 37.5', () => {
    expect(percentOneDecimal(3 / 8)).toEqual({ value: 37.5, qualifier: null });
    expect(percentOneDecimal(1)).toEqual({ value: 100, qualifier: null });
    expect(percentOneDecimal(0)).toEqual({ value: 0, qualifier: null });
  });

  it('never shows a rate above 0 as 0 % or one below 1 as 100 %', () => {
    expect(percentOneDecimal(1 / 5000)).toEqual({ value: 0.1, qualifier: 'under' });
    expect(percentOneDecimal(4999 / 5000)).toEqual({ value: 99.9, qualifier: 'over' });
  });

  it('shows a rate above 0 as above 0 and one below 1 as below 100, whatever the counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const [attended, offered] = a <= b ? [a, b] : [b, a];
        const shown = percentOneDecimal(attended / offered);
        expect(shown.value).toBeGreaterThan(0);
        if (attended < offered) expect(shown.value).toBeLessThan(100);
        if (shown.qualifier === null) expect(Math.abs(shown.value - (attended / offered) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});
