import { describe, expect, it } from 'vitest';
import { presetOf, presetRange } from '../../../renderer/src/screens/staff/areas/attendance/rangePresets';
import { RangePick } from '../../../renderer/src/screens/staff/areas/attendance/rangePick.svelte';
import { datesFrom, localDateOf } from '../../../shared/schedule/localTime';

describe('the one-tap date ranges', () => {
  it('counts weeks from Monday, as the weekly chart does', () => {
    // Wednesday 11 March 2026.
    expect(presetRange('thisWeek', '2026-03-11')).toEqual({ from: '2026-03-09', to: '2026-03-11' });
    expect(presetRange('lastWeek', '2026-03-11')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    // On a Monday this week is today alone, and on a Sunday last week is the one before it.
    expect(presetRange('thisWeek', '2026-03-09')).toEqual({ from: '2026-03-09', to: '2026-03-09' });
    expect(presetRange('lastWeek', '2026-03-15')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
  });

  it('takes last month as the whole calendar month before this one, however long', () => {
    expect(presetRange('lastMonth', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('lastMonth', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetRange('lastMonth', '2026-05-01')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetRange('lastMonth', '2026-08-15')).toEqual({ from: '2026-07-01', to: '2026-07-31' });
  });

  it('crosses the year: last month in January is December, last week may start in the old year', () => {
    expect(presetRange('lastMonth', '2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('lastMonth', '2027-01-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    // Friday 1 January 2027: this week began on Monday 28 December.
    expect(presetRange('thisWeek', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-01' });
    expect(presetRange('lastWeek', '2027-01-01')).toEqual({ from: '2026-12-21', to: '2026-12-27' });
  });

  it('keeps whole days across a clock change, counted from the kiosk local date', () => {
    // 00:30 on Monday 9 March 2026 in Chicago, the day after the clocks went forward.
    const afterSpring = localDateOf(Date.parse('2026-03-09T05:30:00Z'), 'America/Chicago');
    expect(afterSpring).toBe('2026-03-09');
    expect(datesFrom(...Object.values(presetRange('lastWeek', afterSpring)) as [string, string])).toHaveLength(7);
    expect(presetRange('lastWeek', afterSpring)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    // 23:30 on Sunday 1 November 2026 in Chicago, the day the clocks went back: still 1 November there.
    const fallBack = localDateOf(Date.parse('2026-11-02T05:30:00Z'), 'America/Chicago');
    expect(fallBack).toBe('2026-11-01');
    expect(presetRange('lastMonth', fallBack)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('thisWeek', fallBack)).toEqual({ from: '2026-10-26', to: '2026-11-01' });
  });

  it('keeps the rolling ranges ending today', () => {
    expect(presetRange('fourWeeks', '2026-03-10')).toEqual({ from: '2026-02-11', to: '2026-03-10' });
    expect(presetRange('year', '2026-03-10')).toEqual({ from: '2025-03-11', to: '2026-03-10' });
  });

  it('names the preset a range matches, and none for a range staff chose', () => {
    expect(presetOf({ from: '2026-02-01', to: '2026-02-28' }, '2026-03-10')).toBe('lastMonth');
    expect(presetOf({ from: '2026-02-11', to: '2026-03-10' }, '2026-03-10')).toBe('fourWeeks');
    expect(presetOf({ from: '2026-02-02', to: '2026-02-28' }, '2026-03-10')).toBeUndefined();
  });
});

describe('choosing a range on the calendar', () => {
  it('takes two taps, in either order, and changes nothing after the first', () => {
    const pick = new RangePick('2026-03-10');
    expect(pick.tap('2026-02-20')).toBeNull();
    expect(pick.start).toBe('2026-02-20');
    expect(pick.tap('2026-02-03')).toEqual({ from: '2026-02-03', to: '2026-02-20' });
    expect(pick.start).toBeNull();
    expect(pick.tap('2026-03-01')).toBeNull();
    expect(pick.tap('2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('never reaches past today, nor past a year from the first day', () => {
    const pick = new RangePick('2026-03-10');
    expect(pick.max).toBe('2026-03-10');
    expect(pick.tap('2026-03-11')).toBeNull();
    expect(pick.start).toBeNull();
    pick.tap('2024-01-10');
    expect(pick.max).toBe('2025-01-09');
    expect(pick.min).toBe('2023-01-10');
    expect(pick.tap('2025-01-10')).toBeNull();
    expect(pick.start).toBe('2024-01-10');
    expect(pick.tap('2025-01-09')).toEqual({ from: '2024-01-10', to: '2025-01-09' });
  });

  it('forgets a first tap when reset', () => {
    const pick = new RangePick('2026-03-10');
    pick.tap('2026-03-02');
    pick.reset();
    expect(pick.start).toBeNull();
    expect(pick.tap('2026-03-05')).toBeNull();
  });
});
