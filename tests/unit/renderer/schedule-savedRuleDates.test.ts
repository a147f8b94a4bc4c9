import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { ScheduleRepository } from '../../../renderer/src/db/repositories/schedule';
import { SAVED_SPAN_DAYS, SavedRuleDates } from '../../../renderer/src/db/savedRuleDates';
import type { Group } from '../../../shared/model';
import { addDays } from '../../../shared/schedule/localTime';
import { recurrenceDates } from '../../../shared/schedule/recurrence';
import type { RuleDates } from '../../../shared/schedule/sessions';
import { groupDraft } from './fixtures/groupDraft';

const ZONE = 'America/Chicago';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

/** A SavedRuleDates over `storage` that counts its expansions. */
function counted(storage: MemoryStorage) {
  const expansions = { count: 0 };
  const saved = new SavedRuleDates(
    () => storage,
    () => {
      expansions.count++;
      return Promise.resolve(recurrenceDates);
    },
  );
  return { saved, expansions };
}

const group = (id: string, rrule: string, overrides: Partial<Group> = {}): Group => ({
  id,
  title: { en: id, es: id },
  description: { en: '', es: '' },
  audience: { en: '', es: '' },
  pictogram: 'art',
  colour: 'plum',
  room: '',
  facilitator: '',
  startTime: '14:00',
  durationMinutes: 60,
  rrule,
  validFrom: '2025-01-06',
  active: true,
  createdAt: 0,
  updatedAt: 0,
  ...overrides,
});

const RULES = [
  group('weekly', 'FREQ=WEEKLY;BYDAY=MO,WE'),
  group('fortnight', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'),
  group('monthly', 'FREQ=MONTHLY;BYDAY=1FR'),
  group('counted', 'FREQ=DAILY;COUNT=500'),
  group('ending', 'FREQ=DAILY', { validUntil: '2026-03-12' }),
  group('once', '', { validFrom: '2026-03-15' }),
  group('broken', 'FREQ=HOURLY'),
];

describe('the saved rule dates', () => {
  it('answer every rule, on every day of the saved weeks, as the expansion does', async () => {
    const { saved } = counted(new MemoryStorage());
    const from = '2026-03-01';
    await saved.source(RULES, from, addDays(from, 6));
    // The second read is from the saved dates; a rule that does not parse has none.
    const dates = saved.source(RULES, from, addDays(from, SAVED_SPAN_DAYS - 1)) as RuleDates;
    expect(typeof dates).toBe('function');
    for (let start = 0; start < SAVED_SPAN_DAYS; start += 5) {
      const a = addDays(from, start);
      const b = addDays(from, Math.min(SAVED_SPAN_DAYS - 1, start + 8));
      for (const rule of RULES) {
        const expected = rule.id === 'broken' ? [] : recurrenceDates(rule, a, b);
        expect(dates(rule, a, b), `${rule.id} ${a}..${b}`).toEqual(expected);
      }
    }
  });

  it('expand once for a wall that reads its week each day of the saved weeks, and again when they run out', async () => {
    const storage = new MemoryStorage();
    const { saved, expansions } = counted(storage);
    const first = '2026-03-01';
    for (let day = 0; day + 8 <= SAVED_SPAN_DAYS; day++) {
      const from = addDays(first, day);
      const dates = saved.source(RULES, from, addDays(from, 7));
      if (day > 0) expect(typeof dates, `day ${day}`).toBe('function');
      await dates;
    }
    expect(expansions.count).toBe(1);
    await saved.source(RULES, addDays(first, SAVED_SPAN_DAYS - 6), addDays(first, SAVED_SPAN_DAYS + 1));
    expect(expansions.count).toBe(2);
  });

  it('are read back at the next start without an expansion', async () => {
    const storage = new MemoryStorage();
    await counted(storage).saved.source(RULES, '2026-03-01', '2026-03-07');
    const { saved, expansions } = counted(storage);
    const dates = saved.source(RULES, '2026-03-02', '2026-03-08') as RuleDates;
    expect(expansions.count).toBe(0);
    expect(dates(RULES[0] as Group, '2026-03-02', '2026-03-08')).toEqual(['2026-03-02', '2026-03-04']);
  });

  it('expand afresh when a rule, its start or its end changes, or a group is added', async () => {
    const storage = new MemoryStorage();
    const { saved, expansions } = counted(storage);
    await saved.source(RULES, '2026-03-01', '2026-03-07');
    const [weekly, ...rest] = RULES as [Group, ...Group[]];
    const changes = [
      [{ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=TH' }, ...rest],
      [{ ...weekly, validFrom: '2026-03-05' }, ...rest],
      [{ ...weekly, validUntil: '2026-03-03' }, ...rest],
      [...RULES, group('new', 'FREQ=DAILY')],
    ];
    for (const [i, groups] of changes.entries()) {
      const dates = await saved.source(groups, '2026-03-01', '2026-03-07');
      expect(expansions.count).toBe(i + 2);
      expect(dates(groups[0] as Group, '2026-03-01', '2026-03-07')).toEqual(recurrenceDates(groups[0] as Group, '2026-03-01', '2026-03-07'));
    }
    // A retired group is never asked about, so retiring one needs no expansion.
    expect(typeof saved.source([...RULES, group('new', 'FREQ=DAILY', { active: false })], '2026-03-01', '2026-03-07')).toBe('function');
    expect(expansions.count).toBe(5);
  });

  it('ignore an unreadable copy, and do not save a long span', async () => {
    const storage = new MemoryStorage();
    storage.setItem('hearth:rule-dates', '{"version":1,"from":"2026-03-01","to":"nonsense","rules":{}}');
    const { saved, expansions } = counted(storage);
    await saved.source(RULES, '2026-01-01', '2026-06-30');
    expect(storage.getItem('hearth:rule-dates')).toContain('nonsense');
    await saved.source(RULES, '2026-03-01', '2026-03-07');
    expect(expansions.count).toBe(2);
    expect(JSON.parse(storage.getItem('hearth:rule-dates') ?? '{}')).toMatchObject({ from: '2026-03-01', to: addDays('2026-03-01', SAVED_SPAN_DAYS - 1) });
  });
});

describe('the schedule repository on saved rule dates', () => {
  let count = 0;
  const draft = groupDraft;
  const note = { en: 'Moved.', es: 'Cambiado.' };

  it('reads the same sessions as one that expands every read, moves from outside the span included', async () => {
    const db = new AppDB(`saved-rule-dates-${++count}`);
    const storage = new MemoryStorage();
    const { saved, expansions } = counted(storage);
    const plain = new ScheduleRepository(db, { timeZone: ZONE });
    const withSaved = new ScheduleRepository(db, { timeZone: ZONE, ruleDates: saved.source });
    const art = await plain.saveGroup(draft());
    await plain.saveGroup(draft({ title: { en: 'Walk', es: 'Paseo' }, rrule: 'FREQ=DAILY', validUntil: '2026-03-11' }));
    // A session from months before, moved into the week read.
    await plain.moveOccurrence(`${art.id}@2026-01-05`, '2026-03-10', '10:00', note);
    const week = await withSaved.occurrencesBetween('2026-03-08', '2026-03-14');
    expect(week).toEqual(await plain.occurrencesBetween('2026-03-08', '2026-03-14'));
    expect(week.get('2026-03-10')?.map((o) => o.key)).toContain(`${art.id}@2026-01-05`);
    // Without the move, the week's next read comes from the saved dates.
    await plain.restoreOccurrence(`${art.id}@2026-01-05`);
    const before = expansions.count;
    expect(await withSaved.occurrencesBetween('2026-03-09', '2026-03-15')).toEqual(await plain.occurrencesBetween('2026-03-09', '2026-03-15'));
    expect(await withSaved.findOccurrence(`${art.id}@2026-03-11`)).toEqual(await plain.findOccurrence(`${art.id}@2026-03-11`));
    expect(await withSaved.findOccurrence(`${art.id}@2026-03-12`)).toBeUndefined();
    expect(expansions.count - before).toBeLessThanOrEqual(1);
    db.close();
  });
});
