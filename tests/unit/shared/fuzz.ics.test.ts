import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GroupSchema, OccurrenceExceptionSchema } from '../../../shared/model';
import { groupsToIcs, icsToGroups, IcsImportError } from '../../../shared/schedule/ics';
import { GOOGLE_ART_MOVED, GOOGLE_ART_SERIES, cancel, makeGroup, move } from './scheduleFixtures';

/*
 * Hostile .ics files: staff may pick any file on a USB stick. Whatever the text, icsToGroups
 * answers groups that fit the model, or throws its own IcsImportError, and never takes long.
 */

const ZONE = 'America/Chicago';
const NOW = Date.UTC(2026, 2, 10, 12);
/** Far above a real import's time, far below what a hang would take. */
const MAX_MS_PER_FILE = 2_000;
const PROPERTY_TIMEOUT_MS = 120_000;

const exported = groupsToIcs(
  [
    makeGroup(),
    makeGroup({ id: 'meeting', rrule: 'FREQ=MONTHLY;BYDAY=2TU', startTime: '18:30', durationMinutes: 45 }),
    makeGroup({ id: 'party', rrule: '', validFrom: '2026-04-03', startTime: '17:00' }),
  ],
  [cancel('art', '2026-03-09'), move('art', '2026-03-11', { newDate: '2026-03-12', newStartTime: '15:00' })],
);

const fromGoogle = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'BEGIN:VTIMEZONE',
  'TZID:America/Chicago',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0600',
  'TZOFFSETTO:-0500',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:abc@google.com',
  ...GOOGLE_ART_SERIES,
  'DESCRIPTION:Paint and talk\\, with tea',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:abc@google.com',
  ...GOOGLE_ART_MOVED,
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** Lines that have made calendar code loop, overflow or throw something unexpected. */
const NASTY_LINES = [
  'RRULE:FREQ=SECONDLY;COUNT=999999999',
  'RRULE:FREQ=MINUTELY',
  'RRULE:FREQ=DAILY;INTERVAL=0',
  'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
  'RRULE:FREQ=WEEKLY;BYDAY=XX,MO;BYSETPOS=-400',
  'RRULE:FREQ=WEEKLY;UNTIL=19000101T000000Z',
  'RRULE:FREQ=MONTHLY;BYDAY=53MO',
  'RRULE:',
  'DTSTART:99991231T235959',
  'DTSTART:00000101T000000',
  'DTSTART;VALUE=DATE:20260230',
  'DTSTART;TZID=Nowhere/Unknown:20260302T140000',
  'DTEND:19700101T000000Z',
  'DURATION:P9999W',
  'DURATION:-PT1H',
  'EXDATE:garbage,20260309T140000,',
  'RECURRENCE-ID:20260316T140000',
  'UID:',
  `UID:${'u'.repeat(5000)}`,
  `SUMMARY:${'é'.repeat(3000)}`,
  'X-HEARTH-TITLE-ES:\\n\\n\\,\\;',
  'X-HEARTH-COLOUR:<script>',
  'X-HEARTH-DURATION:-5',
  'BEGIN:VEVENT',
  'END:VEVENT',
  'BEGIN:VCALENDAR',
  'END:VCALENDAR',
  'BEGIN:VALARM',
  ' folded continuation line',
  ':',
  ';;;',
  '\u0000\u0001\uFFFF',
];

type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'dropLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'insertLine'; at: number; line: string }
  | { kind: 'replaceChar'; at: number; char: string }
  | { kind: 'swapLines'; a: number; b: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insertLine' as const), at: fc.nat(), line: fc.oneof(fc.constantFrom(...NASTY_LINES), fc.string({ maxLength: 80 })) }),
  fc.record({ kind: fc.constant('replaceChar' as const), at: fc.nat(), char: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

function apply(text: string, change: Edit): string {
  const lines = text.split('\r\n');
  const line = (n: number) => n % Math.max(1, lines.length);
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1));
    case 'dropLine':
      return lines.filter((_, i) => i !== line(change.at)).join('\r\n');
    case 'duplicateLine':
      return lines.flatMap((l, i) => (i === line(change.at) ? [l, l] : [l])).join('\r\n');
    case 'insertLine':
      return [...lines.slice(0, line(change.at)), change.line, ...lines.slice(line(change.at))].join('\r\n');
    case 'replaceChar': {
      const at = change.at % Math.max(1, text.length);
      return text.slice(0, at) + change.char + text.slice(at + 1);
    }
    case 'swapLines': {
      const copy = [...lines];
      const [a, b] = [line(change.a), line(change.b)];
      [copy[a], copy[b]] = [copy[b]!, copy[a]!];
      return copy.join('\r\n');
    }
  }
}

const damagedCalendar = fc
  .tuple(fc.constantFrom(exported, fromGoogle, exported.replace(/\r\n/g, '\n')), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([text, edits]) => edits.reduce(apply, text));

/** Reads `text` and checks the one outcome allowed: model-valid rows, or an IcsImportError. Answers how long it took. */
function readSafely(text: string): number {
  const started = performance.now();
  try {
    const result = icsToGroups(text, { timeZone: ZONE, now: NOW });
    expect(result.groups.length).toBeGreaterThan(0);
    for (const group of result.groups) expect(v.safeParse(GroupSchema, group).issues ?? []).toEqual([]);
    for (const exception of result.exceptions) {
      expect(v.safeParse(OccurrenceExceptionSchema, exception).issues ?? []).toEqual([]);
      expect(result.groups.map((g) => g.id)).toContain(exception.groupId);
    }
  } catch (error) {
    if (!(error instanceof IcsImportError)) throw new Error(`icsToGroups threw ${String(error)} for:\n${JSON.stringify(text.slice(0, 500))}`, { cause: error });
  }
  return performance.now() - started;
}

describe('importing a damaged or hostile .ics file', () => {
  it('reads both starting files, so the damage below starts from real calendars', () => {
    expect(icsToGroups(exported, { timeZone: ZONE, now: NOW }).groups).toHaveLength(3);
    expect(icsToGroups(fromGoogle, { timeZone: ZONE, now: NOW }).groups).toHaveLength(1);
  });

  it('answers valid groups or an IcsImportError for a truncated, shuffled or edited calendar, quickly', () => {
    fc.assert(
      fc.property(damagedCalendar, (text) => {
        expect(readSafely(text)).toBeLessThan(MAX_MS_PER_FILE);
      }),
      { numRuns: 1500 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers an IcsImportError for any random text, quickly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.lorem({ maxCount: 40 }), fc.json()), (text) => {
        expect(readSafely(text)).toBeLessThan(MAX_MS_PER_FILE);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('copes with every nasty line put into the event of a real calendar', () => {
    for (const line of NASTY_LINES) {
      const text = fromGoogle.replace('SUMMARY:Art together\r\nLOCATION', `SUMMARY:Art together\r\n${line}\r\nLOCATION`);
      expect(readSafely(text), line).toBeLessThan(MAX_MS_PER_FILE);
    }
  });

  it('refuses a file far too large to be a house schedule without reading it', () => {
    const huge = fromGoogle + '\r\n'.repeat(3_000_000);
    const started = performance.now();
    expect(() => icsToGroups(huge, { timeZone: ZONE, now: NOW })).toThrow(IcsImportError);
    expect(performance.now() - started).toBeLessThan(MAX_MS_PER_FILE);
  });
});
