import { describe, expect, it } from 'vitest';
import { normalizeRecurrence, recurrenceDates } from '../../../shared/schedule/recurrence';
import {
  WEEKDAYS,
  choiceFor,
  monthWeekOf,
  ruleFor,
  startingChoice,
  weekdayOf,
  type RecurrenceChoice,
} from '../../../renderer/src/lib/staff/recurrenceChoice';

const datesOf = (rrule: string, validFrom: string, from: string, to: string) => recurrenceDates({ rrule, validFrom }, from, to);

describe('recurrence choices on the schedule screen', () => {
  it('knows the weekday and the week of the month of a date', () => {
    expect(weekdayOf('2026-03-10')).toBe('TU');
    expect(weekdayOf('2026-03-15')).toBe('SU');
    expect(weekdayOf('2026-03-16')).toBe('MO');
    expect(monthWeekOf('2026-03-10')).toBe(2);
    expect(monthWeekOf('2026-03-28')).toBe(4);
    expect(monthWeekOf('2026-03-31')).toBe(-1);
  });

  it('makes a one-off an empty rule', () => {
    expect(ruleFor({ kind: 'once' })).toBe('');
    expect(choiceFor('', '2026-03-10')).toEqual({ kind: 'once' });
  });

  it('writes weekly days in week order whatever order they were tapped in', () => {
    expect(ruleFor({ kind: 'weekly', days: ['TH', 'TU'], everyWeeks: 1 })).toBe('FREQ=WEEKLY;BYDAY=TU,TH');
  });

  it('writes every N weeks with an interval', () => {
    const rule = ruleFor({ kind: 'weekly', days: ['MO'], everyWeeks: 2 });
    expect(rule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(datesOf(rule, '2026-03-02', '2026-03-01', '2026-03-31')).toEqual(['2026-03-02', '2026-03-16', '2026-03-30']);
  });

  it('writes every day of every week as a daily rule, and reads a daily rule back as every day', () => {
    expect(ruleFor({ kind: 'weekly', days: [...WEEKDAYS], everyWeeks: 1 })).toBe('FREQ=DAILY');
    expect(choiceFor('FREQ=DAILY', '2025-01-06')).toEqual({ kind: 'weekly', days: [...WEEKDAYS], everyWeeks: 1 });
  });

  it('writes the nth weekday of the month, and the last one, as the schedule expands them', () => {
    const second = ruleFor({ kind: 'monthly', week: 2, day: 'TU' });
    expect(second).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(datesOf(second, '2026-01-01', '2026-03-01', '2026-05-31')).toEqual(['2026-03-10', '2026-04-14', '2026-05-12']);
    const last = ruleFor({ kind: 'monthly', week: -1, day: 'FR' });
    expect(datesOf(last, '2026-01-01', '2026-03-01', '2026-04-30')).toEqual(['2026-03-27', '2026-04-24']);
  });

  it('reads back every rule it writes, also in the spelling the schedule stores', () => {
    const choices: RecurrenceChoice[] = [
      { kind: 'once' },
      { kind: 'weekly', days: ['TU', 'TH', 'SA'], everyWeeks: 1 },
      { kind: 'weekly', days: ['WE'], everyWeeks: 3 },
      { kind: 'weekly', days: [...WEEKDAYS], everyWeeks: 2 },
      { kind: 'monthly', week: 1, day: 'MO' },
      { kind: 'monthly', week: -1, day: 'SU' },
    ];
    for (const choice of choices) {
      expect(choiceFor(ruleFor(choice), '2026-03-10')).toEqual(choice);
      expect(choiceFor(normalizeRecurrence(ruleFor(choice)), '2026-03-10')).toEqual(choice);
    }
  });

  it('reads a weekly rule without days as the weekday of the start date', () => {
    expect(choiceFor('FREQ=WEEKLY', '2026-03-12')).toEqual({ kind: 'weekly', days: ['TH'], everyWeeks: 1 });
  });

  it('keeps a rule the screen has no controls for as it is', () => {
    const unshown = [
      'FREQ=DAILY;INTERVAL=2',
      'FREQ=WEEKLY;BYDAY=MO;COUNT=4',
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'FREQ=YEARLY',
      'FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=MO',
      'FREQ=MONTHLY;BYDAY=5MO',
      'nonsense',
    ];
    for (const rule of unshown) {
      expect(choiceFor(rule, '2026-03-10')).toEqual({ kind: 'custom', rrule: rule });
      expect(ruleFor({ kind: 'custom', rrule: rule })).toBe(rule);
    }
  });

  it('starts a new choice from the group start date', () => {
    expect(startingChoice('weekly', '2026-03-10')).toEqual({ kind: 'weekly', days: ['TU'], everyWeeks: 1 });
    expect(startingChoice('monthly', '2026-03-10')).toEqual({ kind: 'monthly', week: 2, day: 'TU' });
    expect(startingChoice('once', '2026-03-10')).toEqual({ kind: 'once' });
  });
});
