import { language } from '../../../../lib/i18n.svelte';

/** "90 seconds", "2 minutes", "14 days": through Intl, in the staff member's language. */
export function formatAmount(value: number, unit: 'second' | 'minute' | 'day'): string {
  if (unit === 'second' && value >= 120 && value % 60 === 0) return formatAmount(value / 60, 'minute');
  return new Intl.NumberFormat(language.current, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
