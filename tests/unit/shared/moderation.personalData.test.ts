import { describe, expect, it } from 'vitest';
import { containsPersonalData } from '../../../shared/moderation';

/** The fastest of a few runs: the least disturbed by whatever else the machine is doing. */
function fastest(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    containsPersonalData(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('personal data checks on long adversarial text', () => {
  it.each([
    ['letters without an @', (n: number) => 'a'.repeat(n)],
    ['letters and dots', (n: number) => 'a.'.repeat(n / 2)],
    ['digits', (n: number) => '1'.repeat(n)],
    ['spaced letters', (n: number) => 'a '.repeat(n / 2)],
    ['spaced "at"', (n: number) => 'x at '.repeat(n / 5)],
  ])('take time in proportion to the length for %s, not to its square', (_name, make) => {
    const short = make(1_000);
    const long = make(8_000);
    containsPersonalData(short);
    // Eight times the text: a linear check takes about eight times as long, a quadratic one sixty-four.
    const ratio = fastest(long) / Math.max(fastest(short), 0.02);
    expect(ratio).toBeLessThan(32);
  });

  it('still finds an address or a number at the end of a long text', () => {
    expect(containsPersonalData(`${'a'.repeat(990)} sam@example.com`)).toBe(true);
    expect(containsPersonalData(`${'a.'.repeat(495)} call 555 123 4567`)).toBe(true);
  });
});
