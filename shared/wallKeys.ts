/**
 * The keys a stored row may use to pick a drawing or a colour on the wall. They are closed lists:
 * the schemas accept only these, and the renderer's drawing tables are keyed by exactly these (a
 * type check there fails if the two ever differ). A key is looked up as a member of its list,
 * never with `in` or a bare index, so a name every object inherits (`constructor`,
 * `hasOwnProperty`, `__proto__`) is just an unknown key.
 */

/** Group pictograms, in the order the staff picker offers them. */
export const PICTOGRAM_KEYS = [
  'talk',
  'circle',
  'art',
  'walk',
  'cooking',
  'music',
  'meditation',
  'recovery',
  'garden',
  'writing',
  'coffee',
  'home',
] as const;
export type PictogramKey = (typeof PICTOGRAM_KEYS)[number];
/** What a group without a known pictogram shows: two speech bubbles, the plainest picture of a group. */
export const DEFAULT_PICTOGRAM: PictogramKey = 'talk';
/** What a sharing board without a pictogram of its own shows: a pencil, for something written. */
export const DEFAULT_BOARD_PICTOGRAM: PictogramKey = 'writing';

/** Group colours: the --group-* tokens of the renderer's palette. */
export const GROUP_COLOURS = ['teal', 'plum', 'amber', 'forest', 'sky', 'rose'] as const;
export type GroupColour = (typeof GROUP_COLOURS)[number];
export const DEFAULT_GROUP_COLOUR: GroupColour = 'teal';

/**
 * Residents' personal symbols. The sign-in grid shows them in this order, so a resident's symbol
 * always sits in the same place; keys are stored and never change.
 */
export const SYMBOL_KEYS = [
  'sun',
  'moon',
  'tree',
  'fish',
  'bird',
  'cat',
  'dog',
  'star',
  'flower',
  'leaf',
  'mountain',
  'boat',
  'key',
  'bell',
  'apple',
  'house',
  'cup',
  'umbrella',
  'heart',
  'drum',
  'guitar',
  'bicycle',
  'book',
  'butterfly',
  'cloud',
  'anchor',
  'rainbow',
  'car',
] as const;
export type SymbolKey = (typeof SYMBOL_KEYS)[number];

/**
 * Residents' colours: a second cue beside the symbol, so two residents may share a symbol in
 * different colours (28 symbols × 5 colours = 140 pictures). Few, and chosen to stay apart for
 * colour-blind eyes, light against dark as much as by hue; the wall also names the colour in
 * words. In this order on the wall; keys are stored and never change.
 */
export const RESIDENT_COLOURS = ['blue', 'orange', 'green', 'pink', 'purple'] as const;
export type ResidentColour = (typeof RESIDENT_COLOURS)[number];
/** The colour of a resident stored before colours existed, and of one read from an older file. */
export const DEFAULT_RESIDENT_COLOUR: ResidentColour = 'blue';

const isMember = <K extends string>(list: readonly K[], key: unknown): key is K =>
  typeof key === 'string' && (list as readonly string[]).includes(key);

export const isPictogramKey = (key: unknown): key is PictogramKey => isMember(PICTOGRAM_KEYS, key);
export const isGroupColour = (key: unknown): key is GroupColour => isMember(GROUP_COLOURS, key);
export const isSymbolKey = (key: unknown): key is SymbolKey => isMember(SYMBOL_KEYS, key);
export const isResidentColour = (key: unknown): key is ResidentColour => isMember(RESIDENT_COLOURS, key);

/**
 * A group stored before its keys were checked (an older database) may name a pictogram or colour
 * Hearth does not have. The wall draws it with the defaults; staff see it needs a look.
 */
export function groupNeedsALook(group: { pictogram: unknown; colour: unknown }): boolean {
  return !isPictogramKey(group.pictogram) || !isGroupColour(group.colour);
}
