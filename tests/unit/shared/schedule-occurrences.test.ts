import { describe, expect, it } from 'vitest';
import { occurrencesOn, occurrenceOf } from '../../../shared/schedule/occurrencesOn';
import { localDateOf, localTimeOf } from '../../../shared/schedule/localTime';
import { recurrenceDates, recurrenceProblem, normalizeRecurrence } from '../../../shared/schedule/recurrence';
import { cancel, makeGroup, move } from './scheduleFixtures';

const CHICAGO = 'America/Chicago';
const titles = (day: string, ...args: Parameters<typeof occurrencesOn> extends [string, ...infer R] ? R : never) =>
  occurrencesOn(day, ...args).map((o) => o.group.title.en);

describe('occurrencesOn', () => {
  it('gives a weekly group only on its chosen weekdays', () => {
    const art = makeGroup({ rrule: 'FREQ=WEEKLY;BYDAY=MO,WE' });
    expect(titles('2026-03-09', [art], [], CHICAGO)).toEqual(['Art together']); // Monday
    expect(titles('2026-03-10', [art], [], CHICAGO)).toEqual([]); // Tuesday
    expect(titles('2026-03-11', [art], [], CHICAGO)).toEqual(['Art together']); // Wednesday
  });

  it('gives an every-other-week group every second week, counted from validFrom', () => {
    const writing = makeGroup({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', validFrom: '2026-03-02' });
    expect(recurrenceDates(writing, '2026-03-01', '2026-04-30')).toEqual(['2026-03-02', '2026-03-16', '2026-03-30', '2026-04-13', '2026-04-27']);
  });

  it('gives a monthly group on the nth weekday of each month', () => {
    const meeting = makeGroup({ rrule: 'FREQ=MONTHLY;BYDAY=2TU' });
    expect(recurrenceDates(meeting, '2026-03-01', '2026-05-31')).toEqual(['2026-03-10', '2026-04-14', '2026-05-12']);
  });

  it('gives a one-off group only on its validFrom date', () => {
    const party = makeGroup({ rrule: '', validFrom: '2026-03-12' });
    expect(titles('2026-03-12', [party], [], CHICAGO)).toEqual(['Art together']);
    expect(titles('2026-03-13', [party], [], CHICAGO)).toEqual([]);
  });

  it('leaves out dates before validFrom and after validUntil', () => {
    const art = makeGroup({ rrule: 'FREQ=DAILY', validFrom: '2026-03-10', validUntil: '2026-03-12' });
    expect(titles('2026-03-09', [art], [], CHICAGO)).toEqual([]);
    expect(titles('2026-03-10', [art], [], CHICAGO)).toHaveLength(1);
    expect(titles('2026-03-12', [art], [], CHICAGO)).toHaveLength(1);
    expect(titles('2026-03-13', [art], [], CHICAGO)).toEqual([]);
  });

  it('leaves out retired groups', () => {
    expect(occurrencesOn('2026-03-09', [makeGroup({ active: false })], [], CHICAGO)).toEqual([]);
  });

  it('gives each session its local start and end as instants in the house zone', () => {
    const [art] = occurrencesOn('2026-03-09', [makeGroup({ startTime: '14:30', durationMinutes: 90 })], [], CHICAGO);
    expect(art).toMatchObject({
      key: 'art@2026-03-09',
      groupId: 'art',
      originalDate: '2026-03-09',
      status: 'scheduled',
      startMs: Date.UTC(2026, 2, 9, 19, 30), // 14:30 CDT is 19:30 UTC
      endMs: Date.UTC(2026, 2, 9, 21, 0),
    });
    expect(art?.note).toBeUndefined();
  });

  it('keeps a cancelled session at its time, marked cancelled, with its note', () => {
    const [art] = occurrencesOn('2026-03-09', [makeGroup()], [cancel('art', '2026-03-09')], CHICAGO);
    expect(art?.status).toBe('cancelled');
    expect(art?.note).toEqual({ en: 'Maria is away today.', es: 'Maria no está hoy.' });
    expect(localTimeOf(art?.startMs ?? 0, CHICAGO)).toBe('10:00');
  });

  it('shows a session moved to another date on the new date and time, not on the old one', () => {
    const groups = [makeGroup()];
    const exceptions = [move('art', '2026-03-09', { newDate: '2026-03-10', newStartTime: '15:00' })];
    expect(occurrencesOn('2026-03-09', groups, exceptions, CHICAGO)).toEqual([]);
    const [moved] = occurrencesOn('2026-03-10', groups, exceptions, CHICAGO);
    expect(moved).toMatchObject({ key: 'art@2026-03-09', originalDate: '2026-03-09', status: 'moved' });
    expect(moved?.note?.en).toBe('In the garden this time.');
    expect(localDateOf(moved?.startMs ?? 0, CHICAGO)).toBe('2026-03-10');
    expect(localTimeOf(moved?.startMs ?? 0, CHICAGO)).toBe('15:00');
    expect((moved?.endMs ?? 0) - (moved?.startMs ?? 0)).toBe(60 * 60_000);
  });

  it('shows a session moved to a new time on the same day once, at the new time', () => {
    const exceptions = [move('art', '2026-03-09', { newStartTime: '16:00' })];
    const day = occurrencesOn('2026-03-09', [makeGroup()], exceptions, CHICAGO);
    expect(day).toHaveLength(1);
    expect(day[0]?.status).toBe('moved');
    expect(localTimeOf(day[0]?.startMs ?? 0, CHICAGO)).toBe('16:00');
  });

  it('ignores a move from a date the group does not meet on', () => {
    const exceptions = [move('art', '2026-03-10', { newDate: '2026-03-12' })]; // the 10th is a Tuesday
    expect(occurrencesOn('2026-03-12', [makeGroup()], exceptions, CHICAGO)).toEqual([]);
  });

  it('ignores an exception meant for another group', () => {
    const [art] = occurrencesOn('2026-03-09', [makeGroup()], [cancel('walk', '2026-03-09')], CHICAGO);
    expect(art?.status).toBe('scheduled');
  });

  it('sorts by start time, then by title', () => {
    const groups = [
      makeGroup({ id: 'c', title: { en: 'Walk', es: '' }, startTime: '11:00' }),
      makeGroup({ id: 'b', title: { en: 'Music', es: '' }, startTime: '09:00' }),
      makeGroup({ id: 'a', title: { en: 'Art', es: '' }, startTime: '11:00' }),
    ];
    expect(titles('2026-03-09', groups, [], CHICAGO)).toEqual(['Music', 'Art', 'Walk']);
  });

  it('skips a group whose stored rule cannot be read and still shows the others', () => {
    const groups = [makeGroup({ id: 'broken', rrule: 'FREQ=SOMETIMES' }), makeGroup({ id: 'fine' })];
    expect(occurrencesOn('2026-03-09', groups, [], CHICAGO).map((o) => o.groupId)).toEqual(['fine']);
  });

  it('refuses a day that is not a YYYY-MM-DD date', () => {
    expect(() => occurrencesOn('9 March', [makeGroup()], [], CHICAGO)).toThrow(RangeError);
    expect(() => occurrencesOn('2026-02-30', [makeGroup()], [], CHICAGO)).toThrow(RangeError);
  });
});

describe('occurrenceOf', () => {
  it('finds the session a key names, with its exception', () => {
    const found = occurrenceOf(makeGroup(), '2026-03-09', cancel('art', '2026-03-09'), CHICAGO);
    expect(found?.status).toBe('cancelled');
  });

  it('finds nothing on a date the rule does not give', () => {
    expect(occurrenceOf(makeGroup(), '2026-03-10', undefined, CHICAGO)).toBeUndefined();
  });
});

describe('recurrence rules', () => {
  it('accepts weekly, every-N-weeks, monthly nth weekday and one-off rules', () => {
    for (const rule of ['FREQ=WEEKLY;BYDAY=MO,WE', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=DAILY', '']) {
      expect(recurrenceProblem(rule)).toBeNull();
    }
  });

  it('refuses rules a once-a-day schedule cannot use, with the reason', () => {
    expect(recurrenceProblem('FREQ=HOURLY')).toMatch(/FREQ/);
    expect(recurrenceProblem('FREQ=WEEKLY;BYDAY=XX')).toMatch(/BYDAY/);
    expect(recurrenceProblem('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')).toMatch(/BYMONTHDAY/);
    expect(recurrenceProblem('FREQ=WEEKLY;BYHOUR=9')).toMatch(/BYHOUR/);
    expect(recurrenceProblem('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toMatch(/BYSETPOS/);
    expect(recurrenceProblem('FREQ=WEEKLY;INTERVAL=0')).toMatch(/INTERVAL/);
    expect(recurrenceProblem('nonsense')).not.toBeNull();
  });

  it('spells equal rules the same way', () => {
    expect(normalizeRecurrence('RRULE:byday=MO,WE;freq=weekly;INTERVAL=2')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE');
    expect(normalizeRecurrence('FREQ=WEEKLY;INTERVAL=1;BYDAY=SU')).toBe('FREQ=WEEKLY;BYDAY=SU');
    expect(normalizeRecurrence('  ')).toBe('');
  });
});
