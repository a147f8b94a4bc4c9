import { isResidentColour, isSymbolKey, type ResidentColour, type SymbolKey } from '../../../shared/wallKeys';
import { language, t } from './i18n.svelte';
import type { MessageKey } from './messageKey';

/** Each symbol's name: a symbol added to SYMBOL_KEYS without one fails the type check. */
const SYMBOL_NAMES: Record<SymbolKey, MessageKey> = {
  sun: 'signin:symbols.sun',
  moon: 'signin:symbols.moon',
  tree: 'signin:symbols.tree',
  fish: 'signin:symbols.fish',
  bird: 'signin:symbols.bird',
  cat: 'signin:symbols.cat',
  dog: 'signin:symbols.dog',
  star: 'signin:symbols.star',
  flower: 'signin:symbols.flower',
  leaf: 'signin:symbols.leaf',
  mountain: 'signin:symbols.mountain',
  boat: 'signin:symbols.boat',
  key: 'signin:symbols.key',
  bell: 'signin:symbols.bell',
  apple: 'signin:symbols.apple',
  house: 'signin:symbols.house',
  cup: 'signin:symbols.cup',
  umbrella: 'signin:symbols.umbrella',
  heart: 'signin:symbols.heart',
  drum: 'signin:symbols.drum',
  guitar: 'signin:symbols.guitar',
  bicycle: 'signin:symbols.bicycle',
  book: 'signin:symbols.book',
  butterfly: 'signin:symbols.butterfly',
  cloud: 'signin:symbols.cloud',
  anchor: 'signin:symbols.anchor',
  rainbow: 'signin:symbols.rainbow',
  car: 'signin:symbols.car',
};

/** Each resident colour's name, in lower case. */
const COLOUR_NAMES: Record<ResidentColour, MessageKey> = {
  blue: 'signin:colours.blue',
  orange: 'signin:colours.orange',
  green: 'signin:colours.green',
  pink: 'signin:colours.pink',
  purple: 'signin:colours.purple',
};

/** A symbol's spoken name in the current language ("Fish", "Pez"); "Symbol" for one Hearth does not draw. */
export function symbolName(symbol: string): string {
  return isSymbolKey(symbol) ? t(SYMBOL_NAMES[symbol]) : t('signin:symbols.unknown');
}

/** A resident colour's name in the current language, in lower case ("blue", "azul"). */
export function colourName(colour: string): string {
  return isResidentColour(colour) ? t(COLOUR_NAMES[colour]) : t('signin:colours.unknown');
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
