/**
 * The most groups one .ics import or one backup restore may bring. A real house has a few dozen;
 * the wall shows every one of them each day, so a file with thousands would leave it unusable.
 */
export const MAX_GROUPS_PER_IMPORT = 500;
