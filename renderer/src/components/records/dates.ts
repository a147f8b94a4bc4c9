import { parseIsoDate } from '../../../../shared/schedule/localTime';
import { language } from '../../lib/i18n.svelte';

/** The longest range a report covers: a year, so it stays quick on a house with years of records. */
export const MAX_RANGE_DAYS = 366;

/** A calendar date (YYYY-MM-DD) in the staff member's language; read as UTC so no zone moves it a day. */
export function formatDate(date: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }): string {
  const { year, month, day } = parseIsoDate(date);
  return new Intl.DateTimeFormat(language.current, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatPercent(rate: number): string {
  return new Intl.NumberFormat(language.current, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(language.current, { maximumFractionDigits: fractionDigits }).format(value);
}
