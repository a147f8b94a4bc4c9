import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Group } from '../../../shared/model';
import { addDays } from '../../../shared/schedule/localTime';
import * as recurrence from '../../../shared/schedule/recurrence';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { ScheduleRepository } from '../../../renderer/src/db/repositories/schedule';
import { SAVED_AHEAD_DAYS, SavedRuleDates } from '../../../renderer/src/db/savedRuleDates';
import { groupDraft, sessionNote } from './fixtures/groupDraft';

/** localStorage as the page has it: strings by key. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const TODAY = '2026-03-09';

/** SavedRuleDates whose ical.js loads are counted. */
function counted(storage = memoryStorage(), today = TODAY) {
  const loads = { count: 0 };
  const dates = new SavedRuleDates({
    storage,
    today: () => today,
    loadRecurrence: async () => {
      loads.count++;
      return recurrence;
    },
  });
  return { dates, loads, storage };
}

const group = (overrides: Partial<Group> = {}): Group => ({ ...groupDraft(), id: 'art', createdAt: 0, updatedAt: 0, ...overrides });

describe('the rules’ dates kept between starts', () => {
  it('loads ical.js on the first read, and not on a later start that reads the same week', async () => {
    const storage = memoryStorage();
    const first = counted(storage);
    const groups = [group(), group({ id: 'walk', rrule: 'FREQ=DAILY;INTERVAL=2' })];
    const answered = await first.dates.datesFor(groups, '2026-03-08', '2026-03-15');
    expect(first.loads.count).toBe(1);

    // The next start, a week later, with the same rules.
    const later = counted(storage, '2026-03-16');
    const saved = await later.dates.datesFor(groups, '2026-03-15', '2026-03-22');
    expect(later.loads.count).toBe(0);
    for (const g of groups) {
      expect(saved(g, '2026-03-15', '2026-03-22')).toEqual(recurrence.recurrenceDates(g, '2026-03-15', '2026-03-22'));
    }
    expect(answered(groups[0]!, '2026-03-08', '2026-03-15')).toEqual(['2026-03-09', '2026-03-11']);
  });

  it('loads ical.js again when a rule, its first day or its last day changes, or a new group comes', async () => {
    const storage = memoryStorage();
    await counted(storage).dates.datesFor([group()], '2026-03-08', '2026-03-15');
    for (const changed of [
      [group({ rrule: 'FREQ=WEEKLY;BYDAY=TU' })],
      [group({ validFrom: '2026-03-10' })],
      [group({ validUntil: '2026-03-10' })],
      [group(), group({ id: 'new', rrule: 'FREQ=DAILY' })],
    ]) {
      const again = counted(storage);
      const datesOf = await again.dates.datesFor(changed, '2026-03-08', '2026-03-15');
      expect(again.loads.count).toBe(1);
      for (const g of changed) expect(datesOf(g, '2026-03-08', '2026-03-15')).toEqual(recurrence.recurrenceDates(g, '2026-03-08', '2026-03-15'));
    }
  });

  it('loads ical.js for a span the saved dates do not reach, and saves no span without today or longer than two weeks', async () => {
    const storage = memoryStorage();
    await counted(storage).dates.datesFor([group()], '2026-03-08', '2026-03-15');
    const beyond = counted(storage);
    await beyond.dates.datesFor([group()], '2026-03-08', addDays('2026-03-15', SAVED_AHEAD_DAYS + 1));
    expect(beyond.loads.count).toBe(1);

    const saved = storage.items.get('hearth:rule-dates');
    await counted(storage).dates.datesFor([group()], '2026-05-01', '2026-05-03'); // not today
    await counted(storage).dates.datesFor([group()], '2026-03-01', '2026-04-30'); // a report's months
    expect(storage.items.get('hearth:rule-dates')).toBe(saved);
  });

  it('ignores a damaged or refused copy: ical.js expands, as on a first start', async () => {
    for (const text of ['not json', '{"version":1}', JSON.stringify({ version: 1, from: 'x', to: 'y', rules: {} })]) {
      const storage = memoryStorage();
      storage.items.set('hearth:rule-dates', text);
      const { dates, loads } = counted(storage);
      const datesOf = await dates.datesFor([group()], '2026-03-08', '2026-03-15');
      expect(loads.count).toBe(1);
      expect(datesOf(group(), '2026-03-08', '2026-03-15')).toEqual(['2026-03-09', '2026-03-11']);
    }
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const { dates } = counted(refusing as never);
    await expect(dates.datesFor([group()], '2026-03-08', '2026-03-15')).resolves.toBeTypeOf('function');
  });

  it('gives the same dates as ical.js for any rule and any question inside the saved span', async () => {
    const rules = ['', 'FREQ=DAILY', 'FREQ=DAILY;INTERVAL=3', 'FREQ=WEEKLY;BYDAY=MO,WE', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 'FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;BYMONTHDAY=15', 'FREQ=WEEKLY;COUNT=4;BYDAY=TU', 'FREQ=HOURLY'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...rules),
        fc.integer({ min: -60, max: 60 }),
        fc.option(fc.integer({ min: -30, max: 60 }), { nil: undefined }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 38 }),
        fc.integer({ min: 0, max: 7 }),
        async (rrule, startOffset, untilOffset, back, firstOffset, length) => {
          const g = group({ rrule, validFrom: addDays(TODAY, startOffset), ...(untilOffset === undefined ? {} : { validUntil: addDays(TODAY, untilOffset) }) });
          const storage = memoryStorage();
          await counted(storage).dates.datesFor([g], addDays(TODAY, -back), addDays(TODAY, 6));
          const { dates, loads } = counted(storage);
          const first = addDays(TODAY, Math.min(firstOffset, 6 + SAVED_AHEAD_DAYS - length));
          const last = addDays(first, length);
          const datesOf = await dates.datesFor([g], first, last);
          expect(loads.count).toBe(0);
          const expected = (() => {
            try {
              return recurrence.recurrenceDates(g, first, last);
            } catch {
              return 'throws';
            }
          })();
          const saved = (() => {
            try {
              return datesOf(g, first, last);
            } catch {
              return 'throws';
            }
          })();
          // A rule that no longer parses meets on no date, saved or not (sessions.ts reads a throw as none).
          expect(saved).toEqual(expected === 'throws' ? [] : expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the schedule read with saved rules’ dates', () => {
  let dbCount = 0;
  const ZONE = 'America/Chicago';
  const now = Date.parse('2026-03-09T18:00:00Z');

  it('gives the same week as a read that expands every rule, sessions moved in from outside it included', async () => {
    const storage = memoryStorage();
    const db = new AppDB(`saved-rule-dates-${++dbCount}`);
    const saving = new ScheduleRepository(db, { timeZone: ZONE, now: () => now, storage });
    const expanding = new ScheduleRepository(db, { timeZone: ZONE, now: () => now });
    const art = await saving.saveGroup(groupDraft());
    await saving.saveGroup(groupDraft({ title: { en: 'Walk', es: 'Paseo' }, rrule: 'FREQ=MONTHLY;BYDAY=2TU', startTime: '10:00' }));
    // A session from two months on, moved into this week: its original date is far outside the saved span.
    await saving.moveOccurrence(`${art.id}@2026-05-11`, '2026-03-12', '16:00', sessionNote);

    const week = ['2026-03-08', '2026-03-15'] as const;
    const first = await saving.occurrencesBetween(...week);
    expect(storage.items.has('hearth:rule-dates')).toBe(true);
    const second = await saving.occurrencesBetween(...week);
    expect(second).toEqual(first);
    expect(second).toEqual(await expanding.occurrencesBetween(...week));
    expect(second.get('2026-03-12')?.map((o) => [o.key, o.status])).toEqual([[`${art.id}@2026-05-11`, 'moved']]);
    expect(await saving.findOccurrence(`${art.id}@2026-03-11`)).toEqual(await expanding.findOccurrence(`${art.id}@2026-03-11`));
    expect(await saving.findOccurrence(`${art.id}@2026-03-10`)).toBeUndefined();
  });

  it('follows a staff edit of a rule: the live week changes with it', async () => {
    const storage = memoryStorage();
    const db = new AppDB(`saved-rule-dates-${++dbCount}`);
    const repo = new ScheduleRepository(db, { timeZone: ZONE, now: () => now, storage });
    const art = await repo.saveGroup(groupDraft());
    const seen: string[][] = [];
    const subscription = liveQuery(() => repo.occurrencesBetween('2026-03-08', '2026-03-15')).subscribe((days) =>
      seen.push([...days].flatMap(([day, sessions]) => sessions.map(() => day))),
    );
    await until(() => seen.length === 1);
    await repo.saveGroup({ ...groupDraft({ rrule: 'FREQ=WEEKLY;BYDAY=TU' }), id: art.id });
    await until(() => seen.length === 2);
    subscription.unsubscribe();
    expect(seen).toEqual([['2026-03-09', '2026-03-11'], ['2026-03-10']]);
  });
});

async function until(condition: () => boolean, timeoutMs = 2000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for the live query.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
