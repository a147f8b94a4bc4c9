import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PICTURE_COUNT,
  allPictures,
  byPictureOrder,
  freePictures,
  isPictureTaken,
  isSymbolFull,
  symbolChoices,
  type ResidentPicture,
} from '../../../shared/residentPictures';
import { RESIDENT_COLOURS, SYMBOL_KEYS } from '../../../shared/wallKeys';

const key = (p: ResidentPicture) => `${p.symbol}/${p.colour}`;

describe('residents’ pictures', () => {
  it('are enough for 120 residents, every one different', () => {
    const pictures = allPictures();
    expect(PICTURE_COUNT).toBeGreaterThanOrEqual(120);
    expect(pictures).toHaveLength(PICTURE_COUNT);
    expect(new Set(pictures.map(key)).size).toBe(PICTURE_COUNT);
  });

  it('keep the colours few: a second cue, never the first', () => {
    expect(RESIDENT_COLOURS.length).toBeGreaterThanOrEqual(4);
    expect(RESIDENT_COLOURS.length).toBeLessThanOrEqual(5);
  });

  it('offer staff only pictures nobody has, and no symbol whose every colour is taken', () => {
    const taken = [
      ...RESIDENT_COLOURS.map((colour) => ({ symbol: 'cat', colour })),
      { symbol: 'sun', colour: 'blue' },
    ];
    const free = freePictures(taken);
    expect(free).toHaveLength(PICTURE_COUNT - taken.length);
    for (const picture of free) expect(isPictureTaken(picture, taken)).toBe(false);
    expect(isSymbolFull('cat', taken)).toBe(true);
    expect(isSymbolFull('sun', taken)).toBe(false);
    expect(isPictureTaken({ symbol: 'sun', colour: 'blue' }, taken)).toBe(true);
    expect(isPictureTaken({ symbol: 'sun', colour: 'orange' }, taken)).toBe(false);
  });

  it('give each resident in turn a free picture until all 120 have one', () => {
    const taken: ResidentPicture[] = [];
    for (let i = 0; i < 120; i++) {
      const [next] = freePictures(taken);
      expect(next).toBeDefined();
      taken.push(next as ResidentPicture);
    }
    expect(new Set(taken.map(key)).size).toBe(120);
  });
});

describe('the sign-in’s first step', () => {
  it('shows each symbol in use once, in the set’s order, with its residents in colour order', () => {
    const residents = [
      { id: 'a', symbol: 'cat', colour: 'pink' },
      { id: 'b', symbol: 'sun', colour: 'blue' },
      { id: 'c', symbol: 'cat', colour: 'blue' },
      { id: 'd', symbol: 'cat', colour: 'orange' },
    ];
    expect(symbolChoices(residents).map((choice) => [choice.symbol, choice.residents.map((r) => r.id)])).toEqual([
      ['sun', ['b']],
      ['cat', ['c', 'd', 'a']],
    ]);
  });

  it('needs at most two taps for any house up to every picture: a symbol, then a colour', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(allPictures(), { minLength: 1, maxLength: PICTURE_COUNT }), (pictures) => {
        const residents = pictures.map((picture, i) => ({ ...picture, id: `r${i}` }));
        const choices = symbolChoices(residents);
        // Every resident is found under exactly one symbol, and each choice there is their colour alone.
        expect(choices.flatMap((choice) => choice.residents.map((r) => r.id)).sort()).toEqual(residents.map((r) => r.id).sort());
        expect(choices.length).toBeLessThanOrEqual(SYMBOL_KEYS.length);
        for (const choice of choices) {
          expect(new Set(choice.residents.map((r) => r.symbol))).toEqual(new Set([choice.symbol]));
          expect(new Set(choice.residents.map((r) => r.colour)).size).toBe(choice.residents.length);
        }
      }),
    );
  });

  it('keeps a one-tap grid for a house where every symbol is different', () => {
    const residents = SYMBOL_KEYS.slice(0, 8).map((symbol, i) => ({ id: `r${i}`, symbol, colour: 'blue' }));
    const choices = symbolChoices(residents);
    expect(choices).toHaveLength(8);
    for (const choice of choices) expect(choice.residents).toHaveLength(1);
  });

  it('puts a symbol or colour Hearth does not have last', () => {
    const sorted = [
      { symbol: 'zzz', colour: 'blue' },
      { symbol: 'cat', colour: 'mauve' },
      { symbol: 'cat', colour: 'orange' },
      { symbol: 'sun', colour: 'purple' },
    ].sort(byPictureOrder);
    expect(sorted.map(key)).toEqual(['sun/purple', 'cat/orange', 'cat/mauve', 'zzz/blue']);
  });

  it('still sorts a broken row with no colour, rather than failing', () => {
    const broken = [{ symbol: 'cat' }, { symbol: 'cat' }, { symbol: 'cat', colour: 'blue' }] as unknown as ResidentPicture[];
    expect(symbolChoices(broken).map((choice) => choice.residents.length)).toEqual([3]);
  });
});
