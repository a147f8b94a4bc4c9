import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExampleHouse } from '../../../electron/main/mainServices';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { GROUP_COLOURS, PICTOGRAM_KEYS } from '../../../renderer/src/components/schedule/pictograms';
import { loadExampleHouse } from '../../../renderer/src/db/repositories/exampleHouse';
import { ScheduleRepository } from '../../../renderer/src/db/repositories/schedule';
import { addDays, localDateOf, localTimeOf, zonedEpochMs } from '../../../shared/schedule/localTime';
import { recurrenceProblem } from '../../../shared/schedule/recurrence';

const house = readExampleHouse(join(process.cwd(), 'resources', 'example-house'));
const ZONE = 'America/Chicago';
let n = 0;

/** The example house loaded as if today were `day` (noon, house time). */
async function loadedOn(day: string) {
  const db = new AppDB(`example-schedule-${++n}`);
  await loadExampleHouse(db, house, { shareRetentionDays: 14, attendanceRetentionDays: 730 }, zonedEpochMs(day, '12:00', ZONE));
  return new ScheduleRepository(db, { timeZone: ZONE });
}

const part = (ms: number) => {
  const hour = Number(localTimeOf(ms, ZONE).slice(0, 2));
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
};

describe('the example house schedule', () => {
  it('has at least eight groups, each in English and Spanish, with a named facilitator, a known pictogram and colour, and a usable rule', async () => {
    const repo = await loadedOn('2026-03-10');
    const groups = await repo.listGroups();
    expect(groups.length).toBeGreaterThanOrEqual(8);
    for (const group of groups) {
      for (const text of [group.title, group.description, group.audience]) {
        expect(text.en.trim(), group.id).not.toBe('');
        expect(text.es.trim(), group.id).not.toBe('');
      }
      expect(group.facilitator.trim()).not.toBe('');
      expect(PICTOGRAM_KEYS).toContain(group.pictogram);
      expect(GROUP_COLOURS).toContain(group.colour);
      expect(recurrenceProblem(group.rrule)).toBeNull();
    }
  });

  it('has one group every other week and one on the nth weekday of the month', async () => {
    const groups = await (await loadedOn('2026-03-10')).listGroups();
    expect(groups.filter((g) => /INTERVAL=2/.test(g.rrule))).toHaveLength(1);
    expect(groups.filter((g) => /FREQ=MONTHLY;BYDAY=\d/.test(g.rrule))).toHaveLength(1);
  });

  it('has morning, afternoon and evening groups on every day of the week', async () => {
    // Loaded weeks earlier, so the example's cancellation and move fall outside the week looked at.
    const repo = await loadedOn('2026-02-20');
    for (let i = 0; i < 7; i++) {
      const day = addDays('2026-03-09', i);
      const parts = new Set((await repo.occurrencesForDay(day)).filter((o) => o.status !== 'cancelled').map((o) => part(o.startMs)));
      expect([...parts].sort(), day).toEqual(['afternoon', 'evening', 'morning']);
    }
  });

  it('always has one group cancelled today, with a note, and tomorrow’s check-in moved, whatever day it is loaded', async () => {
    for (const day of ['2026-03-10', '2026-07-04', '2026-11-01']) {
      const repo = await loadedOn(day);
      const cancelled = (await repo.occurrencesForDay(day)).filter((o) => o.status === 'cancelled');
      expect(cancelled, day).toHaveLength(1);
      expect(cancelled[0]!.note?.en).toMatch(/\S/);
      expect(cancelled[0]!.note?.es).toMatch(/\S/);
      const tomorrow = addDays(day, 1);
      const moved = (await repo.occurrencesForDay(tomorrow)).filter((o) => o.status === 'moved');
      expect(moved.map((o) => [o.groupId, localDateOf(o.startMs, ZONE), localTimeOf(o.startMs, ZONE)])).toEqual([
        ['morning-check-in', tomorrow, '10:00'],
      ]);
    }
  });
});
