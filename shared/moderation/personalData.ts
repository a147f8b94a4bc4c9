import { plainLetters } from './matching';

/**
 * Personal data that must never reach the wall unread: phone numbers, e-mail addresses and street
 * addresses, in the forms people write them in English and Spanish. Erring towards a hold is
 * fine: a staff member reads the share and publishes it.
 */

/** Seven or more digits with at most three separators between each: +34 612 34 56 78, (555) 123-4567, 5 5 5 1 2 3 4. */
const MIN_PHONE_DIGITS = 7;
const MAX_SEPARATORS = 3;
const DIGIT = /\p{Nd}/u;
const SEPARATOR = /[\s.\-()]/;
/** Digit runs that are dates or spans of years, not phone numbers. */
const DATE_LIKE = /^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$|^(?:19|20)\d\d\s?-\s?(?:19|20)\d\d$/;

/**
 * Each run of digits and the separators between them, from its first digit to its last, read in
 * one pass (a regular expression with a repeated group backtracks on long runs of digits).
 */
function digitRuns(text: string): { run: string; digits: number }[] {
  const runs: { run: string; digits: number }[] = [];
  let start = -1;
  let end = -1;
  let digits = 0;
  let separators = 0;
  const close = () => {
    if (start >= 0) runs.push({ run: text.slice(start, end), digits });
    start = -1;
    digits = 0;
    separators = 0;
  };
  let at = 0;
  for (const char of text) {
    if (DIGIT.test(char)) {
      if (start < 0) start = at;
      end = at + char.length;
      digits++;
      separators = 0;
    } else if (start >= 0 && SEPARATOR.test(char) && separators < MAX_SEPARATORS) separators++;
    else close();
    at += char.length;
  }
  close();
  return runs;
}

export function containsPhoneNumber(text: string): boolean {
  return digitRuns(text).some(({ run, digits }) => digits >= MIN_PHONE_DIGITS && !DATE_LIKE.test(run));
}

/**
 * Each pattern may only start where a run of its characters starts (the look-behinds), so a long
 * run that turns out not to be an address is read once, not once from every letter in it: the
 * checks stay linear in the length of the share.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}-]{2,}/u;
const AT_WORD = String.raw`(?:\s*[([{<]\s*(?:at|arroba)\s*[)\]}>]\s*|\s+(?:at|arroba)\s+)`;
const DOT_WORD = String.raw`(?:\s*[([{<]\s*(?:dot|punto)\s*[)\]}>]\s*|\s+(?:dot|punto)\s+|\.)`;
const TOP_LEVEL = '(?:com|net|org|edu|gov|info|biz|io|co|me|us|uk|ca|es|mx|ar|cl|pe|ve|ec|uy|do|pr|cat|eu)';
/** "maria at gmail dot com", "maria [at] gmail [dot] com", "maria arroba gmail punto com". */
const SPELLED_EMAIL = new RegExp(String.raw`(?<![a-z0-9._%+-])[a-z0-9._%+-]+${AT_WORD}[a-z0-9-]+(?:${DOT_WORD}[a-z0-9-]+)*${DOT_WORD}${TOP_LEVEL}\b`);

export function containsEmail(text: string): boolean {
  return EMAIL.test(text) || SPELLED_EMAIL.test(plainLetters(text));
}

/** Street kinds that are never ordinary words. */
const STREET_ALWAYS = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|highway|hwy|parkway|pkwy|terrace';
/** Street kinds that are also ordinary words ("a 2 hour drive"): counted only when the name and kind have capitals ("12 Oak Drive"). */
const STREET_CAPITALISED = 'Drive|Dr|Court|Ct|Place|Pl|Way|Circle|Cir|Square|Sq';
/** Words that show a number is counting something, not a house number. */
const NOT_A_STREET_NAME =
  'the|a|an|my|his|her|our|their|this|that|down|up|to|on|in|at|of|for|and|or|more|long|hard|good|bad|big|' +
  'hour|hours|minute|minutes|day|days|week|weeks|month|months|year|years|mile|miles|block|blocks|time|times|km|kilometers|steps';
const STREET_NAME_WORD = String.raw`(?!(?:${NOT_A_STREET_NAME})\b)[\p{L}][\p{L}'.-]*`;
const ENGLISH_ADDRESS = new RegExp(String.raw`\b\d{1,6}[a-z]?\s+(?:${STREET_NAME_WORD}\s+){1,3}(?:${STREET_ALWAYS})\b`, 'iu');
const ENGLISH_ADDRESS_CAPITALISED = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'.-]*\s+){1,3}(?:${STREET_CAPITALISED})\b`,
  'u',
);
const PO_BOX = /\bp\.?\s?o\.?\s?box\s*\d+/i;
/** "Calle Mayor 5", "C/ Mayor, 5", "Avenida de la Constitución 12", "Calle 10 # 5-20". */
const SPANISH_ADDRESS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:calle|c/|avenida|avda|av|carrera|cra|diagonal|transversal)\.?\s+(?:[\p{L}][\p{L}'.-]*,?\s+){0,4}` +
    String.raw`|(?:plaza|pza|paseo|camino|carretera|ronda|travesia|pasaje|glorieta|callejon|urbanizacion|urb)\.?\s+(?:[\p{L}][\p{L}'.-]*,?\s+){1,4})` +
    String.raw`(?:n[o°]?\.?\s*|#\s*)?\d{1,5}\b`,
  'u',
);

export function containsStreetAddress(text: string): boolean {
  return ENGLISH_ADDRESS.test(text) || ENGLISH_ADDRESS_CAPITALISED.test(text) || PO_BOX.test(text) || SPANISH_ADDRESS.test(plainLetters(text));
}

export function containsPersonalData(text: string): boolean {
  return containsPhoneNumber(text) || containsEmail(text) || containsStreetAddress(text);
}
