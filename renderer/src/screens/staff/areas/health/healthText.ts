import { formatNumber } from '../../../../lib/staff/dates';
import { language, t } from '../../../../lib/i18n.svelte';
import type { HealthSentence, HealthValue } from './healthChecks';

const BYTE_UNITS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** "1.4 GB", "820 kB", "0.2 kB": decimal units, as disks are sold; nothing smaller than kB. */
export function formatBytes(bytes: number): string {
  const { unit, size } = BYTE_UNITS.find((step) => bytes >= step.size) ?? BYTE_UNITS.at(-1)!;
  const value = bytes / size;
  return new Intl.NumberFormat(language.current, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** "3 days", "5 hours", "12 minutes", "less than a minute": the largest unit that reads naturally. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t('records:health.underAMinute');
  const [unit, value] = minutes >= 2 * 24 * 60 ? (['day', Math.floor(minutes / (24 * 60))] as const) : minutes >= 120 ? (['hour', Math.floor(minutes / 60)] as const) : (['minute', minutes] as const);
  return new Intl.NumberFormat(language.current, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export function formatWhen(at: number): string {
  return new Intl.DateTimeFormat(language.current, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A value of a check in the page's language. */
export function valueText(value: HealthValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if ('bytes' in value) return formatBytes(value.bytes);
  if ('at' in value) return formatWhen(value.at);
  if ('duration' in value) return formatDuration(value.duration);
  return sentenceText(value);
}

export function sentenceText(sentence: HealthSentence): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sentence.values ?? {})) values[name] = name === 'count' && typeof value === 'number' ? value : valueText(value);
  return t(sentence.key, values);
}
