import { isResidentColour, isSymbolKey } from '../../../shared/wallKeys';
import { language, t } from './i18n.svelte';

/** A symbol's spoken name in the current language ("Fish", "Pez"); "Symbol" for one Hearth does not draw. */
export function symbolName(symbol: string): string {
  return isSymbolKey(symbol) ? t(`signin:symbols.${symbol}`) : t('signin:symbols.unknown');
}

/** A resident colour's name in the current language, in lower case ("blue", "azul"). */
export function colourName(colour: string): string {
  return isResidentColour(colour) ? t(`signin:colours.${colour}`) : t('signin:colours.unknown');
}

/** A resident colour's name on its own, as a label: "Blue", "Azul". */
export function colourLabel(colour: string): string {
  return firstUpper(colourName(colour));
}

/** A resident's picture in words, in the language's own order: "Blue cat", "Gato azul". */
export function pictureName(picture: { symbol: string; colour: string }): string {
  // A colour Hearth does not have (a resident since deleted, a broken row): the symbol alone.
  if (!isResidentColour(picture.colour)) return symbolName(picture.symbol);
  return firstUpper(t('signin:picture', { colour: colourName(picture.colour), symbol: symbolName(picture.symbol).toLocaleLowerCase(language.current) }));
}

const firstUpper = (words: string) => words.charAt(0).toLocaleUpperCase(language.current) + words.slice(1);

/**
 * Who an audit entry is about, by picture, never by name: the name stays in the residents area,
 * and leaves the house with the resident.
 */
export function residentInAudit(resident: { symbol: string; colour: string; active?: boolean }): string {
  return t(resident.active === false ? 'admin:residents.auditWhoInactive' : 'admin:residents.auditWho', { symbol: pictureName(resident) });
}
