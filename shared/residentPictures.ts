import { RESIDENT_COLOURS, SYMBOL_KEYS, type ResidentColour, type SymbolKey } from './wallKeys';

/**
 * A resident's personal picture: a symbol in a colour. The symbol is the identity, the colour a
 * second cue, so the wall asks for a colour only when residents share a symbol. Each picture
 * belongs to one resident at most.
 */
export interface ResidentPicture {
  symbol: string;
  colour: string;
}

/** How many residents can each have a picture of their own. */
export const PICTURE_COUNT = SYMBOL_KEYS.length * RESIDENT_COLOURS.length;

export function samePicture(a: ResidentPicture, b: ResidentPicture): boolean {
  return a.symbol === b.symbol && a.colour === b.colour;
}

/** Every picture Hearth has, symbol by symbol, each in every colour. */
export function allPictures(): { symbol: SymbolKey; colour: ResidentColour }[] {
  return SYMBOL_KEYS.flatMap((symbol) => RESIDENT_COLOURS.map((colour) => ({ symbol, colour })));
}

/** True when one of `taken` already is this picture. */
export function isPictureTaken(picture: ResidentPicture, taken: readonly ResidentPicture[]): boolean {
  return taken.some((other) => samePicture(other, picture));
}

/** The pictures nobody in `taken` has, in the order staff are offered them. */
export function freePictures(taken: readonly ResidentPicture[]): { symbol: SymbolKey; colour: ResidentColour }[] {
  return allPictures().filter((picture) => !isPictureTaken(picture, taken));
}

/** A symbol is full when every colour of it is taken. */
export function isSymbolFull(symbol: string, taken: readonly ResidentPicture[]): boolean {
  return RESIDENT_COLOURS.every((colour) => isPictureTaken({ symbol, colour }, taken));
}

const positionIn = (list: readonly string[], key: unknown) => {
  const index = list.indexOf(key as string);
  return index === -1 ? list.length : index;
};

/**
 * Pictures in the order the wall shows them, always the same: by where the symbol sits in the
 * set, then by colour. A key Hearth does not have goes last, by name; a broken row missing one
 * still sorts, so it never blanks the wall.
 */
export function byPictureOrder(a: ResidentPicture, b: ResidentPicture): number {
  return (
    positionIn(SYMBOL_KEYS, a.symbol) - positionIn(SYMBOL_KEYS, b.symbol) ||
    String(a.symbol).localeCompare(String(b.symbol)) ||
    positionIn(RESIDENT_COLOURS, a.colour) - positionIn(RESIDENT_COLOURS, b.colour) ||
    String(a.colour).localeCompare(String(b.colour))
  );
}

/** One button of the sign-in's first step: a symbol, and whoever has it, in colour order. */
export interface SymbolChoice<R extends ResidentPicture> {
  symbol: string;
  residents: R[];
}

/**
 * The sign-in's first step: one choice per symbol in use. A symbol one resident has taps them in
 * at once; a shared one asks for the colour next. At most two taps on the screen, whatever the size
 * of the house.
 */
export function symbolChoices<R extends ResidentPicture>(residents: readonly R[]): SymbolChoice<R>[] {
  const choices: SymbolChoice<R>[] = [];
  for (const resident of [...residents].sort(byPictureOrder)) {
    const last = choices.at(-1);
    if (last?.symbol === resident.symbol) last.residents.push(resident);
    else choices.push({ symbol: resident.symbol, residents: [resident] });
  }
  return choices;
}
