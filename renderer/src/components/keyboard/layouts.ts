import type { Locale } from '../../../../shared/locale';

/**
 * The keys of the house's two on-screen keyboards, from one set of rows: the residents' keyboard
 * on the boards and the staff keyboard in staff mode have the same letters in the same places.
 */
const LETTER_ROWS = ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m'] as const;
const DIGITS = '1 2 3 4 5 6 7 8 9 0';
/** Spanish's accented letters, one tap each: no hidden long-press menus. */
const ACCENTED = 'á é í ó ú ü';

const capitals = (row: string) => row.toLocaleUpperCase('es');

/**
 * The residents' keyboard (simple-keyboard's format: rows of space-separated keys, `{name}` for a
 * function key). Spanish has its accented letters, ñ, ¿ and ¡ on the letters page. `<` and `>`
 * are on the symbols page like any other character; shares are always shown as text.
 */
export type LayoutName = 'default' | 'shift' | 'symbols';

const SYMBOLS = [`${DIGITS} {bksp}`, '- / : ; ( ) € $ & @ "', "¿ ? ¡ ! ' < > = + * # %", '{abc} , . {space} _'];

function residentLetters(locale: Locale, shifted: boolean): string[] {
  const [top, middle, bottom] = LETTER_ROWS.map((row) => (shifted ? capitals(row) : row));
  if (locale === 'en') return [`${top} {bksp}`, `${middle} '`, `{shift} ${bottom} , . ?`, '{symbols} {space} !'];
  const accented = shifted ? capitals(ACCENTED) : ACCENTED;
  return [accented, `${top} {bksp}`, `${middle} ${shifted ? 'Ñ' : 'ñ'}`, `{shift} ${bottom} , . ?`, '{symbols} ¿ {space} ¡ !'];
}

const residentLayouts = (locale: Locale): Record<LayoutName, string[]> => ({
  default: residentLetters(locale, false),
  shift: residentLetters(locale, true),
  symbols: SYMBOLS,
});

export const LAYOUTS: Record<Locale, Record<LayoutName, string[]>> = { en: residentLayouts('en'), es: residentLayouts('es') };

/** Function keys a tap on which changes the page, not the text. */
export const PAGE_KEYS = { shift: '{shift}', symbols: '{symbols}', letters: '{abc}' } as const;

const keysOf = (row: string) => row.split(' ');

/**
 * The staff keyboard's keys: one page of letters for staff in either language, and a page of
 * digits, accented letters and symbols. Its own buttons (shift, erase, space, done) stand around them.
 */
export const STAFF_KEYS = {
  letters: [LETTER_ROWS[0], `${LETTER_ROWS[1]} ñ`, `${LETTER_ROWS[2]} - '`].map(keysOf),
  symbols: [DIGITS, `${ACCENTED} ¿ ¡ ? !`, '@ / ( ) : ; " & +'].map(keysOf),
};
