import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESIDENT_COLOURS, RESIDENT_COLOUR_PAINT } from '../../../renderer/src/components/tapin/residentColours';

/*
 * The residents' colours must stay apart for colour-blind residents. Each colour is seen as
 * a person with protanopia, deuteranopia or tritanopia would see it (Machado, Oliveira and
 * Fernandes 2009, severity 1, on linear RGB) and as lightness alone; every two colours must then
 * still differ clearly (CIE76 ΔE in CIELAB, where about 2.3 is just noticeable).
 */
type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const VISION: Record<string, Matrix> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgbOf = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));

function lab([r, g, b]: number[]): [number, number, number] {
  const [x, y, z] = [
    (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047,
    0.2126 * r! + 0.7152 * g! + 0.0722 * b!,
    (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883,
  ];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const seenWith = (matrix: Matrix, hex: string) => {
  const rgb = rgbOf(hex);
  return lab(matrix.map((row) => Math.min(1, Math.max(0, row.reduce((sum, m, i) => sum + m * rgb[i]!, 0)))));
};
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, i) => value - b[i]!));

const pairs = RESIDENT_COLOURS.flatMap((a, i) => RESIDENT_COLOURS.slice(i + 1).map((b) => [a, b] as const));

describe('the residents’ colours', () => {
  it.each(Object.keys(VISION))('stay clearly apart with %s', (vision) => {
    for (const [a, b] of pairs) {
      const difference = distance(seenWith(VISION[vision]!, RESIDENT_COLOUR_PAINT[a]), seenWith(VISION[vision]!, RESIDENT_COLOUR_PAINT[b]));
      expect(difference, `${a} and ${b} with ${vision}`).toBeGreaterThan(20);
    }
  });

  it('stay apart by lightness alone, for residents who see no colour at all', () => {
    const lightness = RESIDENT_COLOURS.map((colour) => lab(rgbOf(RESIDENT_COLOUR_PAINT[colour]))[0]).sort((a, b) => a - b);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]! - lightness[i - 1]!).toBeGreaterThan(8);
  });

  it('each have a distinct name in English and Spanish', () => {
    for (const lang of ['en', 'es']) {
      const { colours } = JSON.parse(readFileSync(join(process.cwd(), 'renderer', 'src', 'locales', lang, 'signin.json'), 'utf8')) as {
        colours: Record<string, string>;
      };
      const names = RESIDENT_COLOURS.map((colour) => colours[colour]);
      for (const name of names) expect(name?.trim()).toBeTruthy();
      expect(new Set(names).size).toBe(RESIDENT_COLOURS.length);
    }
  });
});
