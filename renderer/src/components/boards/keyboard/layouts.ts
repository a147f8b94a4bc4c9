import type { Locale } from '../../../../../shared/locale';

/**
 * Hearth's on-screen keyboard layouts (simple-keyboard's format: rows of space-separated keys,
 * `{name}` for a function key). Spanish has its accented letters, ñ, ¿ and ¡ on the letters page,
 * one tap each: no hidden long-press menus. `<` and `>` are on the symbols page like any other
 * character; shares are always shown as text.
 */
export type LayoutName = 'default' | 'shift' | 'symbols';

const SYMBOLS = ['1 2 3 4 5 6 7 8 9 0 {bksp}', '- / : ; ( ) € $ & @ "', "¿ ? ¡ ! ' < > = + * # %", '{abc} , . {space} _'];

export const LAYOUTS: Record<Locale, Record<LayoutName, string[]>> = {
  en: {
    default: ['q w e r t y u i o p {bksp}', "a s d f g h j k l '", '{shift} z x c v b n m , . ?', '{symbols} {space} !'],
    shift: ['Q W E R T Y U I O P {bksp}', "A S D F G H J K L '", '{shift} Z X C V B N M , . ?', '{symbols} {space} !'],
    symbols: SYMBOLS,
  },
  es: {
    default: ['á é í ó ú ü', 'q w e r t y u i o p {bksp}', 'a s d f g h j k l ñ', '{shift} z x c v b n m , . ?', '{symbols} ¿ {space} ¡ !'],
    shift: ['Á É Í Ó Ú Ü', 'Q W E R T Y U I O P {bksp}', 'A S D F G H J K L Ñ', '{shift} Z X C V B N M , . ?', '{symbols} ¿ {space} ¡ !'],
    symbols: SYMBOLS,
  },
};

/** Function keys a tap on which changes the page, not the text. */
export const PAGE_KEYS = { shift: '{shift}', symbols: '{symbols}', letters: '{abc}' } as const;
