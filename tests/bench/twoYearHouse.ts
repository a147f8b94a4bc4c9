import type { Attendance, Board, Group, Resident, Share } from '../../shared/model';
import { occurrenceKey } from '../../shared/schedule/occurrence';
import { RESIDENT_COLOURS, SYMBOL_KEYS, type GroupColour, type PictogramKey } from '../../shared/wallKeys';
import { makeGroup } from '../unit/shared/scheduleFixtures';

/**
 * The benchmark's house: two years of history, made the same way every time, with the 60
 * residents DESIGN.md names: every symbol once, then again in a second and third colour.
 */
export const BENCH_DATASET = { groups: 120, attendance: 150_000, shares: 50_000, residents: 60 } as const;

const DAY_MS = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const PICTOGRAMS: readonly PictogramKey[] = ['talk', 'art', 'walk', 'cooking', 'music', 'meditation', 'recovery', 'garden'];
const COLOURS: readonly GroupColour[] = ['teal', 'plum', 'amber', 'forest', 'sky', 'rose'];
const PHRASES = [
  'A walk after lunch helped me clear my head.',
  'Calling my sister made the evening easier.',
  'I slept better after the breathing exercise.',
  'Cooking with everyone on Sunday felt good.',
  'Writing things down before bed helps me.',
  'Music in the quiet room calmed me down.',
];

/** Small, fast, seedable PRNG (mulberry32): the same house on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function dropIn(i: number, from: number): Group {
  return makeGroup({
    id: `bench-group-${i}`,
    title: { en: `Drop-in ${i + 1}`, es: `Puertas abiertas ${i + 1}` },
    description: { en: 'Come and go as you like.', es: 'Ven y ve cuando quieras.' },
    pictogram: 'talk',
    colour: 'teal',
    room: 'Lounge',
    startTime: i === 0 ? '00:00' : '12:00',
    durationMinutes: 720,
    rrule: 'FREQ=DAILY',
    validFrom: isoDay(from),
    createdAt: from,
    updatedAt: from,
  });
}

/**
 * 120 groups over two years (40 still running, 80 retired as groups came and went), 60 residents,
 * 6 boards with 50,000 shares inside the retention period (one board much busier than the rest),
 * and 150,000 attendance rows spread over the two years.
 */
export function twoYearHouse(now: number) {
  const rand = random(20261128);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const twoYearsAgo = now - 730 * DAY_MS;

  const groups: Group[] = Array.from({ length: BENCH_DATASET.groups }, (_, i) => {
    // Two all-day drop-in sessions (00:00 and 12:00, 12 hours each) make sure a session is open
    // for tap-in whenever the bench runs.
    if (i < 2) return dropIn(i, twoYearsAgo);
    const running = i < 40;
    const from = twoYearsAgo + Math.floor(rand() * 300) * DAY_MS;
    const days = WEEKDAYS.filter(() => rand() < 0.3);
    return {
      id: `bench-group-${i}`,
      title: { en: `Group ${i + 1}`, es: `Grupo ${i + 1}` },
      description: { en: 'A weekly peer-support group.', es: 'Un grupo de apoyo semanal.' },
      audience: { en: 'Everyone in the house.', es: 'Todas las personas de la casa.' },
      pictogram: pick(PICTOGRAMS),
      colour: pick(COLOURS),
      room: pick(['Lounge', 'Quiet room', 'Kitchen', 'Garden']),
      facilitator: pick(['Maria', 'Luis', 'Jordan', 'Ana']),
      startTime: `${String(8 + (i % 12)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      durationMinutes: 60,
      rrule: `FREQ=WEEKLY;BYDAY=${(days.length ? days : [pick(WEEKDAYS)]).join(',')}`,
      validFrom: isoDay(from),
      ...(running ? {} : { validUntil: isoDay(from + (60 + Math.floor(rand() * 300)) * DAY_MS) }),
      active: running,
      createdAt: from,
      updatedAt: from,
    };
  });

  const residents: Resident[] = Array.from({ length: BENCH_DATASET.residents }, (_, i) => ({
    id: `bench-resident-${i}`,
    symbol: SYMBOL_KEYS[i % SYMBOL_KEYS.length] as (typeof SYMBOL_KEYS)[number],
    colour: RESIDENT_COLOURS[Math.floor(i / SYMBOL_KEYS.length)] as (typeof RESIDENT_COLOURS)[number],
    name: `Resident ${i + 1}`,
    active: i < 45,
    createdAt: twoYearsAgo,
  }));

  const boards: Board[] = Array.from({ length: 6 }, (_, i) => ({
    id: `bench-board-${i}`,
    title: { en: `Board ${i + 1}`, es: `Muro ${i + 1}` },
    prompt: { en: 'Something that helped me this week', es: 'Algo que me ayudó esta semana' },
    order: i + 1,
    active: true,
  }));

  const retentionMs = 14 * DAY_MS;
  const shares: Share[] = Array.from({ length: BENCH_DATASET.shares }, (_, i) => {
    const createdAt = now - Math.floor(rand() * (retentionMs - DAY_MS)) - 1;
    return {
      id: `bench-share-${String(i).padStart(6, '0')}`,
      // Half of all shares are on the first board: the busiest one the bench pages through.
      boardId: i % 2 === 0 ? 'bench-board-0' : pick(boards).id,
      text: pick(PHRASES),
      createdAt,
      expiresAt: createdAt + retentionMs,
      status: rand() < 0.97 ? 'published' : 'held',
      holdReasons: [],
      relates: Math.floor(rand() * 6),
      flags: 0,
    };
  });

  const attendance: Attendance[] = [];
  const seen = new Set<string>();
  while (attendance.length < BENCH_DATASET.attendance) {
    const group = pick(groups);
    const day = isoDay(twoYearsAgo + Math.floor(rand() * 729) * DAY_MS);
    const resident = pick(residents);
    const key = occurrenceKey(group.id, day);
    if (seen.has(`${key}|${resident.id}`)) continue;
    seen.add(`${key}|${resident.id}`);
    attendance.push({
      id: `bench-attendance-${attendance.length}`,
      occurrenceKey: key,
      groupId: group.id,
      date: day,
      residentId: resident.id,
      at: Date.parse(`${day}T12:00:00Z`),
      method: 'symbol',
    });
  }

  return { groups, exceptions: [], residents, boards, shares, attendance, reviewItems: [], auditLog: [] };
}
