import { mondayOf } from '../../../../../../shared/reports/attendance';
import { addDays, isoDate, parseIsoDate } from '../../../../../../shared/schedule/localTime';
import type { MessageKey } from '../../../../lib/messageKey';

/** A date range, both ends included, YYYY-MM-DD. */
export interface DateSpan {
  from: string;
  to: string;
}

/** The one-tap ranges, in the order staff see them. */
export const RANGE_PRESETS = ['thisWeek', 'lastWeek', 'lastMonth', 'fourWeeks', 'threeMonths', 'year'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_PRESET_TEXT: Record<RangePreset, MessageKey> = {
  thisWeek: 'records:dates.presets.thisWeek',
  lastWeek: 'records:dates.presets.lastWeek',
  lastMonth: 'records:dates.presets.lastMonth',
  fourWeeks: 'records:dates.presets.fourWeeks',
  threeMonths: 'records:dates.presets.threeMonths',
  year: 'records:dates.presets.year',
};

/** The first day of the calendar month `months` away from the one `date` is in. */
function firstOfMonth(date: string, months: number): string {
  const { year, month } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  return isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * The dates a preset covers, counted from the kiosk's local date `today`. Weeks run Monday to
 * Sunday, as the weekly chart counts them; months are calendar months. Plain calendar dates, so
 * a clock change inside the range moves nothing.
 */
export function presetRange(preset: RangePreset, today: string): DateSpan {
  switch (preset) {
    case 'thisWeek':
      return { from: mondayOf(today), to: today };
    case 'lastWeek': {
      const monday = addDays(mondayOf(today), -7);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'lastMonth':
      return { from: firstOfMonth(today, -1), to: addDays(firstOfMonth(today, 0), -1) };
    case 'fourWeeks':
      return { from: addDays(today, -27), to: today };
    case 'threeMonths':
      return { from: addDays(today, -90), to: today };
    case 'year':
      return { from: addDays(today, -364), to: today };
  }
}

/** The preset that gives exactly this range today, if one does. */
export function presetOf(range: DateSpan, today: string): RangePreset | undefined {
  return RANGE_PRESETS.find((preset) => {
    const span = presetRange(preset, today);
    return span.from === range.from && span.to === range.to;
  });
}
