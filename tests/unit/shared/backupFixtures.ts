import type { BackupTables } from '../../../shared/backup';
import { makeGroup } from './scheduleFixtures';

const T0 = Date.UTC(2026, 2, 2, 15);

/** A small house with a row in every table, and the shapes that are easy to get wrong: optional fields, headcount taps, unicode. */
export function sampleTables(): BackupTables {
  return {
    groups: [
      makeGroup({
        description: { en: 'Paint and draw.', es: 'Pinta y dibuja.' }, audience: { en: 'Everyone.', es: 'Para todos.' }, facilitator: 'Sam',
        startTime: '14:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=MO,WE', validFrom: '2026-01-05', createdAt: T0, updatedAt: T0,
      }),
      makeGroup({
        id: 'walk', title: { en: 'Walking group', es: 'Grupo de caminata' }, description: { en: 'A gentle walk.', es: 'Un paseo.' }, audience: { en: 'Anyone.', es: 'Quien pueda.' },
        pictogram: 'walk', colour: 'forest', room: 'Front door', facilitator: 'Luis', startTime: '11:00', durationMinutes: 60,
        rrule: '', validFrom: '2026-03-03', validUntil: '2026-03-03', active: false, createdAt: T0, updatedAt: T0 + 1,
      }),
    ],
    exceptions: [
      { id: 'ex-1', groupId: 'art', date: '2026-03-04', kind: 'cancel', note: { en: 'Sam is away.', es: 'Sam no está.' }, createdAt: T0 },
      {
        id: 'ex-2',
        groupId: 'art',
        date: '2026-03-09',
        kind: 'move',
        newDate: '2026-03-10',
        newStartTime: '15:00',
        note: { en: 'Moved.', es: 'Cambiado.' },
        createdAt: T0,
      },
    ],
    residents: [
      { id: 'r-1', symbol: 'sun', colour: 'blue', name: 'Marisol Vega', active: true, createdAt: T0 },
      { id: 'r-2', symbol: 'tree', colour: 'orange', name: 'Desmond Ökafor 🌳', codeHash: 'pbkdf2$100000$18ccad45718708ecc2610cf68bf1b24c$d60cae71ad2de8c8d80d85e085de194203805fa227f76f8fa954a3437e2084d5', active: false, createdAt: T0 },
    ],
    attendance: [
      { id: 'a-1', occurrenceKey: 'art@2026-03-02', groupId: 'art', date: '2026-03-02', residentId: 'r-1', at: T0, method: 'symbol' },
      { id: 'a-2', occurrenceKey: 'art@2026-03-02', groupId: 'art', date: '2026-03-02', at: T0 + 5, method: 'headcount' },
      { id: 'a-3', occurrenceKey: 'art@2026-03-02', groupId: 'art', date: '2026-03-02', at: T0 + 6, method: 'headcount' },
      { id: 'a-4', occurrenceKey: 'walk@2026-03-03', groupId: 'walk', date: '2026-03-03', residentId: 'r-2', at: T0 + 86_400_000, method: 'staff' },
    ],
    boards: [{ id: 'b-1', title: { en: 'What helped', es: 'Lo que ayudó' }, prompt: { en: 'Something that helped', es: 'Algo que ayudó' }, order: 1, active: true }],
    shares: [
      { id: 's-1', boardId: 'b-1', text: 'A walk helped. "Quotes", commas, and\nnew lines.', createdAt: T0, expiresAt: T0 + 14 * 86_400_000, status: 'published', holdReasons: [], relates: 3, flags: 0 },
      { id: 's-2', boardId: 'b-1', text: 'call me 555 123 4567', createdAt: T0, expiresAt: T0 + 14 * 86_400_000, status: 'held', holdReasons: ['personal-data'], relates: 0, flags: 0 },
    ],
    reviewItems: [
      { id: 'i-1', kind: 'share', shareId: 's-2', priority: 2, state: 'open', createdAt: T0 },
      { id: 'i-2', kind: 'quiet-request', priority: 1, state: 'done', createdAt: T0, resolvedAt: T0 + 60_000, resolvedBy: 'Sam', outcome: 'acknowledged' },
    ],
    auditLog: [{ id: '000000001-0000-x', at: T0, staffId: 'staff-1', staffName: 'Sam', action: 'staff.unlocked', detail: '' }],
  };
}
