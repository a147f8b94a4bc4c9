import { parseIsoDate } from '../../../../shared/schedule/localTime';
import { oneDecimal, percentOneDecimal, type ShownFigure } from '../../../../shared/reports/figures';
import { language, t } from '../i18n.svelte';
import type { MessageKey } from '../messageKey';

/** The longest range a report covers: a year, so it stays quick on a house with years of records. */
export const MAX_RANGE_DAYS = 366;

/** A calendar date (YYYY-MM-DD) in the staff member's language; read as UTC so no zone moves it a day. */
export function formatDate(date: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }): string {
  const { year, month, day } = parseIsoDate(date);
  return new Intl.DateTimeFormat(language.current, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A rate (0 to 1) as a percentage to one decimal; above 0 never shown as 0 %, below 1 never as 100 %. */
export function formatPercent(rate: number): string {
  const shown = percentOneDecimal(rate);
  return qualified(shown, new Intl.NumberFormat(language.current, { style: 'percent', maximumFractionDigits: 1 }).format(shown.value / 100));
}

/** An average to one decimal; above 0 never shown as 0. */
export function formatAverage(value: number): string {
  const shown = oneDecimal(value);
  return qualified(shown, formatNumber(shown.value, 1));
}

/** "under 0.1 %", "over 99.9 %": a figure rounded away from 0 or the top says which way. */
const QUALIFIER_TEXT: Record<NonNullable<ShownFigure['qualifier']>, MessageKey> = { under: 'records:figures.under', over: 'records:figures.over' };

function qualified(shown: ShownFigure, text: string): string {
  return shown.qualifier === null ? text : t(QUALIFIER_TEXT[shown.qualifier], { value: text });
}

export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(language.current, { maximumFractionDigits: fractionDigits }).format(value);
}
