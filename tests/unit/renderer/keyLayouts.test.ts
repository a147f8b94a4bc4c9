import { describe, expect, it } from 'vitest';
import { LAYOUTS, STAFF_KEYS } from '../../../renderer/src/components/keyboard/layouts';

/*
 * Both keyboards are built from one set of rows. What each one shows, key by key, written out in
 * full: a change to the shared rows shows here as a change to both.
 */
describe('the keyboards’ keys', () => {
  it('the residents’ keyboard in English: letters, capitals and symbols', () => {
    expect(LAYOUTS.en).toEqual({
      default: ['q w e r t y u i o p {bksp}', "a s d f g h j k l '", '{shift} z x c v b n m , . ?', '{symbols} {space} !'],
      shift: ['Q W E R T Y U I O P {bksp}', "A S D F G H J K L '", '{shift} Z X C V B N M , . ?', '{symbols} {space} !'],
      symbols: ['1 2 3 4 5 6 7 8 9 0 {bksp}', '- / : ; ( ) € $ & @ "', "¿ ? ¡ ! ' < > = + * # %", '{abc} , . {space} _'],
    });
  });

  it('the residents’ keyboard in Spanish: accented letters and ñ on the letters page, one tap each', () => {
    expect(LAYOUTS.es).toEqual({
      default: ['á é í ó ú ü', 'q w e r t y u i o p {bksp}', 'a s d f g h j k l ñ', '{shift} z x c v b n m , . ?', '{symbols} ¿ {space} ¡ !'],
      shift: ['Á É Í Ó Ú Ü', 'Q W E R T Y U I O P {bksp}', 'A S D F G H J K L Ñ', '{shift} Z X C V B N M , . ?', '{symbols} ¿ {space} ¡ !'],
      symbols: ['1 2 3 4 5 6 7 8 9 0 {bksp}', '- / : ; ( ) € $ & @ "', "¿ ? ¡ ! ' < > = + * # %", '{abc} , . {space} _'],
    });
  });

  it('the staff keyboard: the same letters with ñ, then digits, accents and symbols', () => {
    expect(STAFF_KEYS.letters).toEqual([
      ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
      ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'ñ'],
      ['z', 'x', 'c', 'v', 'b', 'n', 'm', '-', "'"],
    ]);
    expect(STAFF_KEYS.symbols).toEqual([
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
      ['á', 'é', 'í', 'ó', 'ú', 'ü', '¿', '¡', '?', '!'],
      ['@', '/', '(', ')', ':', ';', '"', '&', '+'],
    ]);
  });

  it('the two keyboards put each letter in the same row', () => {
    const residentRows = LAYOUTS.en.default.slice(0, 3).map((row) => row.split(' ').filter((key) => /^\p{Ll}$/u.test(key)));
    STAFF_KEYS.letters.forEach((row, i) => expect(row.filter((key) => /^\p{Ll}$/u.test(key) && key !== 'ñ')).toEqual(residentRows[i]));
  });
});
