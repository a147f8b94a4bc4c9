/** Every WCAG 2.0, 2.1 and 2.2 level A and AA rule axe knows: the tags every axe scan of the project runs. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
