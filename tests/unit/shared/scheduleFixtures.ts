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

/** The weekday of a YYYY-MM-DD date, 0 = Sunday, independent of any time zone. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}
