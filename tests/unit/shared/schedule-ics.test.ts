import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OccurrenceException } from '../../../shared/model';
import { groupsToIcs, icsToGroups, IcsImportError } from '../../../shared/schedule/ics';
import { occurrencesOn } from '../../../shared/schedule/occurrencesOn';
import { addDays } from '../../../shared/schedule/localTime';
import { GOOGLE_ART_MOVED, GOOGLE_ART_SERIES, cancel, makeGroup, move } from './scheduleFixtures';

// Property tests run many cases; a shared, busy test machine needs more than the 5 s default.
const PROPERTY_TIMEOUT_MS = 60_000;

const ZONE = 'America/Chicago';
const NOW = Date.UTC(2026, 2, 10, 12);
const read = (text: string) => icsToGroups(text, { timeZone: ZONE, now: NOW });
const ics = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
/** What an exception means, without the bookkeeping (id, createdAt) that a calendar file does not carry. */
const meaning = ({ id: _id, createdAt: _createdAt, ...rest }: OccurrenceException) => rest;

describe('groupsToIcs and icsToGroups', () => {
  it('round-trips groups, cancellations and moves with every field Hearth keeps', () => {
    const groups = [
      makeGroup({ title: { en: 'Art, paint; draw', es: 'Arte: pintar, dibujar' }, description: { en: 'Line one\nLine two', es: 'Uno\nDos' }, validUntil: '2026-12-31' }),
      makeGroup({ id: 'meeting', rrule: 'FREQ=MONTHLY;BYDAY=2TU', startTime: '18:30', durationMinutes: 45, pictogram: 'circle', colour: 'sky', active: false }),
      makeGroup({ id: 'party', rrule: '', validFrom: '2026-04-03', startTime: '17:00' }),
    ];
    const exceptions = [cancel('art', '2026-03-09'), move('art', '2026-03-11', { newDate: '2026-03-12', newStartTime: '15:00' }), move('meeting', '2026-04-14', { newStartTime: '19:00' })];
    const back = read(groupsToIcs(groups, exceptions));
    expect(back.skipped).toEqual([]);
    expect(back.groups).toEqual(groups);
    expect(back.exceptions.map(meaning).sort((a, b) => a.date.localeCompare(b.date))).toEqual(exceptions.map(meaning));
  });

  it('round-trips any house it can write, to the same sessions', () => {
    const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const groupArb = fc
      .record({
        id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        title: fc.record({ en: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''), es: fc.string({ maxLength: 40 }).map((s) => s.trim()) }),
        rrule: fc.oneof(
          fc.constant(''),
          fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1 }).map((d) => `FREQ=WEEKLY;BYDAY=${d.join(',')}`),
          fc.integer({ min: 2, max: 3 }).map((n) => `FREQ=WEEKLY;INTERVAL=${n};BYDAY=TH`),
        ),
        validFrom: fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-06-01', n)),
        startTime: fc.constantFrom('08:15', '10:00', '13:45', '19:30'),
        durationMinutes: fc.integer({ min: 5, max: 720 }),
      })
      .map((g) => makeGroup(g));
    fc.assert(
      fc.property(fc.uniqueArray(groupArb, { minLength: 1, maxLength: 5, selector: (g) => g.id }), (groups) => {
        const back = read(groupsToIcs(groups, []));
        expect(back.groups).toEqual(groups);
        for (let day = '2026-03-01'; day < '2026-03-15'; day = addDays(day, 1)) {
          expect(occurrencesOn(day, back.groups, back.exceptions, ZONE)).toEqual(occurrencesOn(day, groups, [], ZONE));
        }
      }),
      { numRuns: 40 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('starts the written series on its first real session, as RFC 5545 counts DTSTART as one', () => {
    const text = groupsToIcs([makeGroup({ rrule: 'FREQ=WEEKLY;BYDAY=MO', validFrom: '2026-03-04' })], []);
    expect(text).toContain('DTSTART:20260309T100000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
  });

  it('writes cancellations as EXDATEs that any calendar understands', () => {
    const text = groupsToIcs([makeGroup()], [cancel('art', '2026-03-09')]);
    expect(text).toContain('EXDATE:20260309T100000');
  });
});

describe('icsToGroups with files from other calendars', () => {
  const google = ics(
    event(
      'UID:7kq0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4y5z6@google.com',
      ...GOOGLE_ART_SERIES,
      'DESCRIPTION:Paint and talk',
      'DTSTAMP:20260301T000000Z',
    ),
    event(
      'UID:7kq0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4y5z6@google.com',
      ...GOOGLE_ART_MOVED,
      'DTSTAMP:20260301T000000Z',
    ),
  );

  it('reads a recurring event with its zone, end, UNTIL, EXDATEs and an override', () => {
    const { groups, exceptions } = read(google);
    expect(groups).toHaveLength(1);
    const [art] = groups;
    expect(art).toMatchObject({
      title: { en: 'Art together', es: '' },
      room: 'Art room',
      startTime: '14:00',
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
      validFrom: '2026-03-02',
      validUntil: '2026-06-29',
      active: true,
      pictogram: 'talk',
      colour: 'teal',
    });
    expect(art!.id.length).toBeLessThanOrEqual(64);
    expect(exceptions.map(meaning)).toEqual([
      { groupId: art!.id, date: '2026-03-09', kind: 'cancel', note: { en: '', es: '' } },
      { groupId: art!.id, date: '2026-03-11', kind: 'cancel', note: { en: '', es: '' } },
      { groupId: art!.id, date: '2026-03-16', kind: 'move', newStartTime: '16:00', note: { en: '', es: '' } },
    ]);
  });

  it('gives the same ids when the same file is read twice, so a re-import updates', () => {
    expect(read(google).groups[0]!.id).toBe(read(google).groups[0]!.id);
  });

  it('turns UTC times into the house’s wall-clock time', () => {
    const { groups } = read(ics(event('UID:u1', 'DTSTART:20260715T150000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Walk')));
    expect(groups[0]).toMatchObject({ startTime: '10:00', validFrom: '2026-07-15', durationMinutes: 60 });
  });

  it('turns a time in another known zone into the house’s time', () => {
    const { groups } = read(ics(event('UID:u2', 'DTSTART;TZID=Europe/Madrid:20260715T170000', 'DURATION:PT1H', 'SUMMARY:Call')));
    expect(groups[0]).toMatchObject({ startTime: '10:00', rrule: '' });
  });

  it('reads a cancelled override as a cancellation', () => {
    const { exceptions } = read(
      ics(
        event('UID:u3', 'DTSTART:20260302T100000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY', 'SUMMARY:Check-in'),
        event('UID:u3', 'RECURRENCE-ID:20260305T100000', 'DTSTART:20260305T100000', 'STATUS:CANCELLED', 'SUMMARY:Check-in'),
      ),
    );
    expect(exceptions.map(meaning)).toEqual([{ groupId: 'u3', date: '2026-03-05', kind: 'cancel', note: { en: '', es: '' } }]);
  });

  it('takes a stamp from before 1970, which only a damaged file has, as no stamp', () => {
    const { groups, exceptions } = read(
      ics(
        event('UID:u4', 'DTSTAMP:19010101T000000Z', 'CREATED:19000101T000000Z', 'DTSTART:20260302T100000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY', 'SUMMARY:Check-in'),
        event('UID:u4', 'DTSTAMP:19010101T000000Z', 'RECURRENCE-ID:20260305T100000', 'DTSTART:20260305T110000', 'DURATION:PT1H', 'SUMMARY:Check-in'),
      ),
    );
    expect(groups[0]).toMatchObject({ createdAt: NOW, updatedAt: NOW });
    expect(exceptions).toEqual([expect.objectContaining({ kind: 'move', date: '2026-03-05', createdAt: NOW })]);
  });

  it('skips what the wall cannot show, says why, and keeps the rest', () => {
    const { groups, skipped } = read(
      ics(
        event('UID:ok', 'DTSTART:20260302T100000', 'DURATION:PT1H', 'SUMMARY:Fine'),
        event('UID:allday', 'DTSTART;VALUE=DATE:20260302', 'SUMMARY:Holiday'),
        event('UID:hourly', 'DTSTART:20260302T100000', 'DURATION:PT1H', 'RRULE:FREQ=HOURLY', 'SUMMARY:Every hour'),
        event('UID:long', 'DTSTART:20260302T100000', 'DURATION:PT13H', 'SUMMARY:Too long'),
        event('UID:orphan', 'RECURRENCE-ID:20260302T100000', 'DTSTART:20260302T110000', 'SUMMARY:Lost'),
      ),
    );
    expect(groups.map((g) => g.id)).toEqual(['ok']);
    expect(skipped.map((s) => [s.summary, s.reason])).toEqual([
      ['Holiday', 'all-day'],
      ['Every hour', 'rule'],
      ['Too long', 'duration'],
      ['Lost', 'no-series'],
    ]);
  });

  it('refuses text that is not a calendar, with a clear error', () => {
    expect(() => read('hello there')).toThrow(IcsImportError);
    try {
      read('hello there');
    } catch (error) {
      expect((error as IcsImportError).code).toBe('not-a-calendar');
      expect((error as IcsImportError).message).toMatch(/not a calendar/);
    }
  });

  it('refuses a calendar with no events, or none Hearth can use', () => {
    expect(() => read(ics())).toThrow(expect.objectContaining({ code: 'no-events' }));
    expect(() => read(ics(event('UID:a', 'DTSTART;VALUE=DATE:20260302', 'SUMMARY:Holiday')))).toThrow(
      expect.objectContaining({ code: 'no-usable-events', skipped: [{ summary: 'Holiday', reason: 'all-day', detail: expect.any(String) }] }),
    );
  });

  it('refuses a file too large to be a house schedule', () => {
    expect(() => read('X'.repeat(5_000_001))).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});

