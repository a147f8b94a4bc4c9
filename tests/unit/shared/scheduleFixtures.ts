import type { Group, OccurrenceException } from '../../../shared/model';

/** A group with plain defaults; tests override only what they are about. */
export function makeGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: 'art',
    title: { en: 'Art together', es: 'Arte juntos' },
    description: { en: 'Paint, draw, talk.', es: 'Pintar, dibujar, hablar.' },
    audience: { en: 'Everyone', es: 'Para todos' },
    pictogram: 'art',
    colour: 'plum',
    room: 'Art room',
    facilitator: 'Maria',
    startTime: '10:00',
    durationMinutes: 60,
    rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    validFrom: '2026-01-01',
    active: true,
    createdAt: 1_767_225_600_000,
    updatedAt: 1_767_225_600_000,
    ...overrides,
  };
}

export function cancel(groupId: string, date: string, note = 'Maria is away today.'): OccurrenceException {
  return { id: `${groupId}@${date}`, groupId, date, kind: 'cancel', note: { en: note, es: 'Maria no está hoy.' }, createdAt: 1 };
}

export function move(
  groupId: string,
  date: string,
  to: { newDate?: string; newStartTime?: string },
  note = 'In the garden this time.',
): OccurrenceException {
  return { id: `${groupId}@${date}`, groupId, date, kind: 'move', ...to, note: { en: note, es: 'Esta vez en el jardín.' }, createdAt: 1 };
}

/**
 * A Google Calendar series in Chicago time, after its UID: Mondays and Wednesdays 14:00–15:30 until
 * the end of June, with 9 and 11 March left out.
 */
export const GOOGLE_ART_SERIES = [
  'DTSTART;TZID=America/Chicago:20260302T140000',
  'DTEND;TZID=America/Chicago:20260302T153000',
  'RRULE:FREQ=WEEKLY;UNTIL=20260630T045959Z;BYDAY=MO,WE',
  'EXDATE;TZID=America/Chicago:20260309T140000,20260311T140000',
  'SUMMARY:Art together',
  'LOCATION:Art room',
];

/** The same series' session of 16 March, moved to 16:00–17:30, after its UID. */
export const GOOGLE_ART_MOVED = [
  'RECURRENCE-ID;TZID=America/Chicago:20260316T140000',
  'DTSTART;TZID=America/Chicago:20260316T160000',
  'DTEND;TZID=America/Chicago:20260316T173000',
  'SUMMARY:Art together',
];

/** The weekday of a YYYY-MM-DD date, 0 = Sunday, independent of any time zone. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}
