import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYMBOLS, SYMBOL_KEYS, bySymbolOrder } from '../../../renderer/src/components/tapin/symbols';

const labels = (lang: string) =>
  (JSON.parse(readFileSync(join(process.cwd(), 'renderer', 'src', 'locales', lang, 'signin.json'), 'utf8')) as {
    symbols: Record<string, string>;
  }).symbols;

describe('the personal symbols', () => {
  it('offer at least 24 pictures, each drawn with paths', () => {
    expect(SYMBOL_KEYS.length).toBeGreaterThanOrEqual(24);
    for (const key of SYMBOL_KEYS) {
      expect(SYMBOLS[key].length).toBeGreaterThan(0);
      for (const shape of SYMBOLS[key]) expect(shape.d).toMatch(/^M/);
    }
  });

  it('each have a distinct name in English and Spanish', () => {
    for (const lang of ['en', 'es']) {
      const names = SYMBOL_KEYS.map((key) => labels(lang)[key]);
      for (const name of names) expect(name?.trim()).toBeTruthy();
      expect(new Set(names).size).toBe(SYMBOL_KEYS.length);
    }
  });

  it('sort residents by where their symbol sits in the set, unknown symbols last', () => {
    const sorted = [{ symbol: 'zzz' }, { symbol: 'cat' }, { symbol: 'sun' }, { symbol: 'aaa' }].sort(bySymbolOrder);
    expect(sorted.map((r) => r.symbol)).toEqual(['sun', 'cat', 'aaa', 'zzz']);
  });
});
