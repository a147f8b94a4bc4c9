import {
  DEFAULT_GROUP_COLOUR,
  DEFAULT_PICTOGRAM,
  GROUP_COLOURS,
  PICTOGRAM_KEYS,
  isGroupColour,
  isPictogramKey,
  type GroupColour,
  type PictogramKey,
} from '../../../../shared/wallKeys';
import type { MessageKey } from '../../lib/messageKey';

export { GROUP_COLOURS, PICTOGRAM_KEYS, type GroupColour, type PictogramKey };

/** Each pictogram's name, as staff choose one for a group. */
export const PICTOGRAM_NAMES: Record<PictogramKey, MessageKey> = {
  talk: 'admin:pictograms.talk',
  circle: 'admin:pictograms.circle',
  art: 'admin:pictograms.art',
  walk: 'admin:pictograms.walk',
  cooking: 'admin:pictograms.cooking',
  music: 'admin:pictograms.music',
  meditation: 'admin:pictograms.meditation',
  recovery: 'admin:pictograms.recovery',
  garden: 'admin:pictograms.garden',
  writing: 'admin:pictograms.writing',
  coffee: 'admin:pictograms.coffee',
  home: 'admin:pictograms.home',
};

/** Each group colour's name, as staff choose one for a group. */
export const GROUP_COLOUR_NAMES: Record<GroupColour, MessageKey> = {
  teal: 'admin:colours.teal',
  plum: 'admin:colours.plum',
  amber: 'admin:colours.amber',
  forest: 'admin:colours.forest',
  sky: 'admin:colours.sky',
  rose: 'admin:colours.rose',
};

/**
 * The pictograms a group can have: simple line drawings on a 48×48 grid, drawn with the current
 * colour, so anyone who cannot read the title can still find "the walking one". Inline SVG, because
 * the wall has no emoji font. Keys are stored in Group.pictogram; the staff screen offers them all.
 * The table has exactly the keys of PICTOGRAM_KEYS (`satisfies` refuses a missing or an extra one).
 */

type Shape = { path: string } | { circle: [cx: number, cy: number, r: number]; filled?: boolean };

export const PICTOGRAMS = {
  talk: [
    { path: 'M8 8h20a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H16l-6 6v-6H8a4 4 0 0 1-4-4V12a4 4 0 0 1 4-4z' },
    { path: 'M36 16h4a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4h-1v6l-7-6h-9a4 4 0 0 1-4-4v-1' },
  ],
  circle: [
    { circle: [24, 24, 7] },
    { circle: [24, 7, 4] },
    { circle: [40, 19, 4] },
    { circle: [34, 38, 4] },
    { circle: [14, 38, 4] },
    { circle: [8, 19, 4] },
  ],
  art: [
    { path: 'M24 6C13 6 5 13.5 5 23c0 9 7 16 15 16 3 0 4-2 4-4s-2-3-2-5 2-4 5-4h5c6 0 11-4 11-10C43 10 34 6 24 6z' },
    { circle: [14, 20, 2.5], filled: true },
    { circle: [22, 13, 2.5], filled: true },
    { circle: [32, 14, 2.5], filled: true },
  ],
  walk: [
    { circle: [27, 7, 4] },
    { path: 'M25 14l-4 13' },
    { path: 'M21 27l7 6 1 10' },
    { path: 'M21 27l-4 8-7 3' },
    { path: 'M24 17l7 6h6' },
    { path: 'M24 17l-7 4-3 6' },
  ],
  cooking: [
    { path: 'M9 21h30v13a6 6 0 0 1-6 6H15a6 6 0 0 1-6-6z' },
    { path: 'M5 21h38' },
    { path: 'M20 21v-3h8v3' },
    { path: 'M15 14c-2-2 2-4 0-7M33 14c-2-2 2-4 0-7' },
  ],
  music: [
    { path: 'M18 36V11l22-4v25' },
    { path: 'M18 17l22-4' },
    { circle: [13, 36, 5] },
    { circle: [35, 32, 5] },
  ],
  meditation: [
    { circle: [24, 9, 4] },
    { path: 'M24 15v12' },
    { path: 'M24 18c-4 2-8 6-10 10M24 18c4 2 8 6 10 10' },
    { path: 'M8 37c5-4 11-5 16-3 5-2 11-1 16 3' },
    { path: 'M10 42h28' },
  ],
  recovery: [
    { path: 'M12 34a12 12 0 0 1 24 0' },
    { path: 'M4 34h40M15 40h18' },
    { path: 'M24 18v-6M12.7 22.7l-4.3-4.3M35.3 22.7l4.3-4.3' },
  ],
  garden: [
    { path: 'M24 42V22' },
    { path: 'M24 30c-9 0-14-5-14-12 8 0 14 4 14 12z' },
    { path: 'M24 24c0-8 5-14 14-14 0 9-6 14-14 14z' },
    { path: 'M10 42h28' },
  ],
  writing: [
    { path: 'M10 6h20l8 8v28H10z' },
    { path: 'M30 6v8h8' },
    { path: 'M16 22h16M16 29h16M16 36h9' },
  ],
  coffee: [
    { path: 'M8 17h26v13a10 10 0 0 1-10 10h-6A10 10 0 0 1 8 30z' },
    { path: 'M34 21h3a5 5 0 0 1 0 10h-3' },
    { path: 'M17 5c-2 2 2 4 0 7M25 5c-2 2 2 4 0 7' },
    { path: 'M6 44h30' },
  ],
  home: [
    { path: 'M5 23L24 8l19 15' },
    { path: 'M11 19v22h26V19' },
    { path: 'M20 41V30h8v11' },
  ],
} satisfies Record<PictogramKey, Shape[]>;

/**
 * The drawing for a stored key. A key Hearth does not have (an older database's row) draws the
 * default; one every object inherits, such as `constructor`, is just such a key.
 */
export function pictogramShapes(key: string): Shape[] {
  return PICTOGRAMS[isPictogramKey(key) ? key : DEFAULT_PICTOGRAM];
}

/** A group's colour as a --group-* token of global.css (all AA with white text); an unknown one draws the default. */
export function groupColourVar(colour: string): string {
  const known: GroupColour = isGroupColour(colour) ? colour : DEFAULT_GROUP_COLOUR;
  return `var(--group-${known})`;
}
