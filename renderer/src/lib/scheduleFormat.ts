import type { Locale } from '../../../shared/locale';

/** Session times through Intl in the wall's language; formatters are cached per language. */
const timeFormatters = new Map<Locale, Intl.DateTimeFormat>();
const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

function cached(map: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions) {
  let formatter = map.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    map.set(locale, formatter);
  }
  return formatter;
}

/** "9:30 AM" / "9:30". */
export function clockTime(locale: Locale, ms: number | Date): string {
  return cached(timeFormatters, locale, { hour: 'numeric', minute: '2-digit' }).format(ms);
}

/** "9:30 – 10:00 AM" / "9:30–10:00". */
export function timeRange(locale: Locale, startMs: number, endMs: number): string {
  return cached(timeFormatters, locale, { hour: 'numeric', minute: '2-digit' }).formatRange(startMs, endMs);
}

/** "Tuesday, March 10" / "martes, 10 de marzo". */
export function dayAndDate(locale: Locale, ms: number | Date): string {
  return cached(dateFormatters, locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(ms);
}
