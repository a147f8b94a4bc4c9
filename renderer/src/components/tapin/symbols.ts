import { SYMBOL_KEYS, isSymbolKey, type SymbolKey } from '../../../../shared/wallKeys';

export { SYMBOL_KEYS, isSymbolKey, type SymbolKey };

/**
 * The residents' personal symbols: plain pictures a resident picks with staff and recognises at a
 * glance, drawn as SVG paths on a 64 × 64 grid (the kiosk has no emoji font). Each differs from
 * the others in shape and colour. Keys are stored in the database and never change; a symbol's
 * spoken name is `signin:symbols.<key>` in the locale files. The grid shows them in the order of
 * SYMBOL_KEYS; the table has exactly those keys (`satisfies` refuses a missing or an extra one).
 */
export interface SymbolShape {
  d: string;
  /** Absent for a line. */
  fill?: string;
  /** Defaults to the dark outline. */
  stroke?: string;
  /** Stroke width; 0 draws no outline. Defaults to 2. */
  width?: number;
}

export const SYMBOL_INK = '#263238';
/** Every symbol sits on the same light tile, so it reads the same in comfort (dark) mode. */
export const SYMBOL_TILE = '#fffdf8';

const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;

function starPath(cx: number, cy: number, outer: number, inner: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + r * Math.cos(angle)).toFixed(1)} ${(cy + r * Math.sin(angle)).toFixed(1)}`;
  });
  return `M${points.join('L')}Z`;
}

const petals = Array.from({ length: 5 }, (_, i) => {
  const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
  return { d: circle(Math.round(32 + 10 * Math.cos(angle)), Math.round(24 + 10 * Math.sin(angle)), 8), fill: '#e86fa0' };
});

export const SYMBOLS = {
  sun: [
    {
      d: 'M32 4V13M32 51V60M4 32H13M51 32H60M12.2 12.2L18.6 18.6M45.4 45.4L51.8 51.8M12.2 51.8L18.6 45.4M45.4 18.6L51.8 12.2',
      stroke: '#e69500',
      width: 4.5,
    },
    { d: circle(32, 32, 13), fill: '#fbc926' },
  ],
  moon: [{ d: 'M42 6A26 26 0 1 0 58 44A21 21 0 0 1 42 6Z', fill: '#9fb6e0' }],
  tree: [
    { d: 'M28 38H36V59H28Z', fill: '#8d5a2b' },
    { d: circle(32, 25, 19), fill: '#3f9a4a' },
  ],
  fish: [
    { d: 'M44 32L59 19V45Z', fill: '#f28c28' },
    { d: 'M6 32C16 14 38 14 48 32C38 50 16 50 6 32Z', fill: '#f28c28' },
    { d: 'M28 21C31 27 31 37 28 43', width: 1.5 },
    { d: circle(16, 29, 2.6), fill: SYMBOL_INK, width: 0 },
  ],
  bird: [
    { d: 'M20 40L5 47L11 33Z', fill: '#3b82c4' },
    { d: 'M27 51V59M35 51V59M24 59H30M32 59H38', width: 2.5 },
    { d: circle(30, 38, 14), fill: '#3b82c4' },
    { d: circle(45, 23, 9), fill: '#3b82c4' },
    { d: 'M53 20L61 24L53 28Z', fill: '#f5a623' },
    { d: 'M20 37C27 30 36 32 38 39C31 44 25 43 20 37Z', fill: '#24609a' },
    { d: circle(47, 21, 1.9), fill: SYMBOL_INK, width: 0 },
  ],
  cat: [
    { d: 'M13 26L15 7L28 18H36L49 7L51 26C55 36 50 55 32 55C14 55 9 36 13 26Z', fill: '#9aa0a6' },
    { d: 'M18 14L20 20L24 17ZM46 14L44 20L40 17Z', fill: '#f3b6c0', width: 0 },
    { d: ellipse(24, 32, 3.2, 4), fill: '#43a047' },
    { d: ellipse(40, 32, 3.2, 4), fill: '#43a047' },
    { d: 'M29.5 40H34.5L32 43Z', fill: '#e57373', width: 1.5 },
    { d: 'M32 43Q29.5 47.5 26.5 45.5M32 43Q34.5 47.5 37.5 45.5', width: 1.8 },
    { d: 'M5 40L21 42M6 47L21 45M59 40L43 42M58 47L43 45', width: 1.5 },
  ],
  dog: [
    { d: 'M19 20C19 9 45 9 45 20V40C45 54 19 54 19 40Z', fill: '#d39a5f' },
    { d: 'M19 17C7 16 5 35 12 42C17 40 19 31 19 26Z', fill: '#7a4a22' },
    { d: 'M45 17C57 16 59 35 52 42C47 40 45 31 45 26Z', fill: '#7a4a22' },
    { d: circle(26, 27, 2.8), fill: SYMBOL_INK, width: 0 },
    { d: circle(38, 27, 2.8), fill: SYMBOL_INK, width: 0 },
    { d: ellipse(32, 41, 9, 7), fill: '#f3dcc2' },
    { d: ellipse(32, 37.5, 4.2, 3), fill: SYMBOL_INK, width: 0 },
    { d: 'M32 40.5V44M27.5 45Q32 49 36.5 45', width: 1.8 },
  ],
  star: [{ d: starPath(32, 34, 28, 12), fill: '#f4b400' }],
  flower: [
    { d: 'M32 34V60', stroke: '#2e7d32', width: 4 },
    { d: 'M32 52C37 44 45 43 50 45C46 52 39 55 32 52Z', fill: '#43a047' },
    ...petals,
    { d: circle(32, 24, 6.5), fill: '#fbc926' },
  ],
  leaf: [
    { d: 'M13 51L6 58', width: 3 },
    { d: 'M13 51C11 25 31 8 56 8C57 33 40 52 13 51Z', fill: '#7cb342' },
    { d: 'M13 51L45 19M24 40L23 28M24 40L36 40M33 31L33 21M33 31L44 31', stroke: '#33691e', width: 1.8 },
  ],
  mountain: [
    { d: 'M26 56L44 22L62 56Z', fill: '#8aa0b8' },
    { d: 'M2 56L24 12L46 56Z', fill: '#5c6f87' },
    { d: 'M24 12L17 26L21 24L24 28L27 24L31 26Z', fill: '#ffffff', width: 1.5 },
  ],
  boat: [
    { d: 'M32 44V7', width: 3 },
    { d: 'M35 9V40H55Z', fill: '#ffffff' },
    { d: 'M29 14V40H13Z', fill: '#f3e5ab' },
    { d: 'M6 42H58L49 54H15Z', fill: '#c0392b' },
    { d: 'M2 59Q8 55 14 59T26 59T38 59T50 59T62 59', stroke: '#1e88e5', width: 2.5 },
  ],
  key: [
    { d: 'M27 28H59V36H55V45H50V36H46V43H41V36H27Z', fill: '#d4a017' },
    { d: `${circle(17, 32, 12)}${circle(17, 32, 4.5)}`, fill: '#d4a017' },
  ],
  bell: [
    { d: circle(32, 8, 3.5), fill: '#c98a12' },
    { d: circle(32, 52, 5.5), fill: '#8d6e1f' },
    { d: 'M32 11C20 11 18 23 18 32C18 40 14 44 9 48H55C50 44 46 40 46 32C46 23 44 11 32 11Z', fill: '#f0b429' },
    { d: 'M22 25C23 19 26 16 29 15', stroke: '#fff3c4', width: 2.5 },
  ],
  apple: [
    { d: 'M32 21C32 14 34 10 37 6', stroke: '#6d4c41', width: 3 },
    { d: 'M35 13C41 4 51 6 52 8C47 15 41 15 35 13Z', fill: '#43a047' },
    { d: 'M32 21C24 14 9 16 9 33C9 47 20 59 32 55C44 59 55 47 55 33C55 16 40 14 32 21Z', fill: '#d32f2f' },
    { d: 'M17 30C17 25 20 22 24 22', stroke: '#ffcdd2', width: 2.5 },
  ],
  house: [
    { d: 'M41 11H48V26H41Z', fill: '#8d4a35' },
    { d: 'M14 30H50V57H14Z', fill: '#f2d49b' },
    { d: 'M7 31L32 8L57 31Z', fill: '#b5472d' },
    { d: 'M27 41H37V57H27Z', fill: '#6d4c41' },
    { d: 'M40 36H47V43H40ZM17 36H24V43H17Z', fill: '#90caf9' },
  ],
  cup: [
    { d: 'M43 26C56 26 56 45 43 45', stroke: SYMBOL_INK, width: 8 },
    { d: 'M43 26C56 26 56 45 43 45', stroke: '#26a69a', width: 4 },
    { d: 'M12 20H45V46C45 52 41 57 35 57H22C16 57 12 52 12 46Z', fill: '#26a69a' },
    { d: 'M20 15C18 11 22 9 20 4M29 15C27 11 31 9 29 4M38 15C36 11 40 9 38 4', stroke: '#90a4ae', width: 2.5 },
  ],
  umbrella: [
    { d: 'M32 33V52C32 58 24 58 24 52', width: 3.5 },
    { d: 'M32 8V4', width: 3 },
    {
      d: 'M5 34C5 18 18 8 32 8C46 8 59 18 59 34C55 30 49 30 45.5 34C42 30 36 30 32 34C28 30 22 30 18.5 34C15 30 9 30 5 34Z',
      fill: '#7e57c2',
    },
    { d: 'M32 8C25 14 21 24 18.5 34M32 8C39 14 43 24 45.5 34', stroke: '#4527a0', width: 1.5 },
  ],
  heart: [{ d: 'M32 55C10 41 5 29 9 19C13 8 28 7 32 18C36 7 51 8 55 19C59 29 54 41 32 55Z', fill: '#e91e63' }],
  drum: [
    { d: 'M44 4L33 20M58 9L41 21', stroke: '#8d5a2b', width: 3.5 },
    { d: 'M11 25V46C11 53 53 53 53 46V25Z', fill: '#1e88e5' },
    { d: 'M11 29L19 48L27 30L35 49.5L43 30L51 47', stroke: '#ffffff', width: 2 },
    { d: ellipse(32, 25, 21, 7), fill: '#f5f5f5' },
  ],
  guitar: [
    { d: 'M29.5 6H34.5V30H29.5Z', fill: '#6d4c41' },
    { d: 'M27.5 1.5H36.5V9H27.5Z', fill: '#4e342e' },
    {
      d: 'M32 19C24 19 22 25 23 30C24 34 19 36 18.5 43C18 53 24 60 32 60C40 60 46 53 45.5 43C45 36 40 34 41 30C42 25 40 19 32 19Z',
      fill: '#d2883a',
    },
    { d: circle(32, 38, 4.5), fill: SYMBOL_INK, width: 0 },
    { d: 'M26 50H38V53.5H26Z', fill: '#4e342e', width: 0 },
    { d: 'M31 9V50M33 9V50', stroke: '#eceff1', width: 0.8 },
  ],
  bicycle: [
    { d: `${circle(15, 42, 11)}${circle(49, 42, 11)}`, width: 3 },
    { d: 'M15 42L25 25H43L49 42M25 25L32 42L43 25M32 42H15', stroke: '#e53935', width: 3.5 },
    { d: 'M20 21H30M43 25L41 16H48', width: 3.5 },
  ],
  book: [
    { d: 'M3 17V56C15 52 26 54 32 58C38 54 49 52 61 56V17Z', fill: '#3949ab' },
    { d: 'M32 15C24 9 13 9 7 13V51C13 47 24 47 32 53Z', fill: '#ffffff' },
    { d: 'M32 15C40 9 51 9 57 13V51C51 47 40 47 32 53Z', fill: '#ffffff' },
    {
      d: 'M12 21C18 19 23 19 27 22M12 29C18 27 23 27 27 30M12 37C18 35 23 35 27 38M37 22C41 19 46 19 52 21M37 30C41 27 46 27 52 29M37 38C41 35 46 35 52 37',
      stroke: '#90a4ae',
      width: 1.8,
    },
  ],
  butterfly: [
    { d: 'M32 28C24 7 5 5 7 21C8 30 20 32 32 32ZM32 28C40 7 59 5 57 21C56 30 44 32 32 32Z', fill: '#f57c00' },
    { d: 'M32 34C20 34 9 42 15 52C21 58 30 48 32 38ZM32 34C44 34 55 42 49 52C43 58 34 48 32 38Z', fill: '#ffb74d' },
    { d: `${circle(17, 19, 3.5)}${circle(47, 19, 3.5)}`, fill: '#ffffff', width: 1.5 },
    { d: 'M31 20C29 14 26 11 23 9M33 20C35 14 38 11 41 9', width: 1.8 },
    { d: ellipse(32, 33, 2.8, 14), fill: SYMBOL_INK, width: 0 },
  ],
  cloud: [
    {
      d: 'M15 51C5 51 3 38 12 35C10 22 27 17 31 27C36 13 56 16 53 31C63 32 63 51 51 51Z',
      fill: '#cfe3f7',
      stroke: '#37618c',
      width: 2.5,
    },
  ],
  anchor: [
    { d: circle(32, 11, 5.5), stroke: '#37474f', width: 4 },
    { d: 'M32 17V56M21 25H43M11 39C13 51 23 56 32 56C41 56 51 51 53 39', stroke: '#37474f', width: 4.5 },
    { d: 'M6 44L11 36L18 42M58 44L53 36L46 42', stroke: '#37474f', width: 4.5 },
  ],
  rainbow: [
    { d: 'M6 52A26 26 0 0 1 58 52', stroke: '#e53935', width: 5.5 },
    { d: 'M11.5 52A20.5 20.5 0 0 1 52.5 52', stroke: '#fb8c00', width: 5.5 },
    { d: 'M17 52A15 15 0 0 1 47 52', stroke: '#43a047', width: 5.5 },
    { d: 'M22.5 52A9.5 9.5 0 0 1 41.5 52', stroke: '#1e88e5', width: 5.5 },
  ],
  car: [
    { d: 'M5 42V33C5 30 7 28 11 28L18 17H42L50 28H54C57 28 59 31 59 34V42Z', fill: '#fbc02d' },
    { d: 'M21 20H30V28H15ZM34 20H41L46.5 28H34Z', fill: '#b3e5fc', width: 1.5 },
    { d: `${circle(18, 43, 6.5)}${circle(46, 43, 6.5)}`, fill: SYMBOL_INK, width: 0 },
    { d: `${circle(18, 43, 2.5)}${circle(46, 43, 2.5)}`, fill: '#cfd8dc', width: 0 },
  ],
} as const satisfies Record<SymbolKey, readonly SymbolShape[]>;

/** The drawing for a stored key, or undefined for a key Hearth does not have. */
export function symbolShapes(key: string): readonly SymbolShape[] | undefined {
  return isSymbolKey(key) ? SYMBOLS[key] : undefined;
}

/** Sorts items by where their symbol sits in the set; unknown symbols go last, by key. */
export function bySymbolOrder<T extends { symbol: string }>(a: T, b: T): number {
  const position = (item: T) => (isSymbolKey(item.symbol) ? SYMBOL_KEYS.indexOf(item.symbol) : SYMBOL_KEYS.length);
  return position(a) - position(b) || a.symbol.localeCompare(b.symbol);
}
