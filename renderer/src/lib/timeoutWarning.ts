/**
 * Seconds a person has to answer before a screen times out on them: "Still there?" on the wall,
 * "Still working?" in staff mode. WCAG 2.2.1 (Timing Adjustable) asks for at least 20.
 */
export const TIMEOUT_WARNING_SECONDS = 20;
