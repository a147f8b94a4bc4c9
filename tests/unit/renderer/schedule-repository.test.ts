import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ValiError } from 'valibot';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { NoSuchOccurrenceError, ScheduleRepository } from '../../../renderer/src/db/repositories/schedule';
import { IcsImportError } from '../../../shared/schedule/ics';
import { localTimeOf } from '../../../shared/schedule/localTime';
import { RecurrenceRuleError } from '../../../shared/schedule/recurrence';
import { groupDraft, sessionNote } from './fixtures/groupDraft';

const ZONE = 'America/Chicago';
let dbCount = 0;
// Whole seconds, as a calendar file keeps them.
let clock = 1_767_225_600_000;

function fresh() {
  const db = new AppDB(`schedule-test-${++dbCount}`);
  return { db, repo: new ScheduleRepository(db, { timeZone: ZONE, now: () => (clock += 1000) }) };
}

const draft = groupDraft;
const note = sessionNote;

describe('the schedule repository', () => {
  it('saves a new group with an id and times, and lists it', async () => {
    const { repo } = fresh();
    const saved = await repo.saveGroup(draft());
    expect(saved.id).toMatch(/\S/);
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(await repo.listGroups()).toEqual([saved]);
  });

  it('keeps createdAt and moves updatedAt when a group is saved again', async () => {
    const { repo } = fresh();
    const first = await repo.saveGroup(draft());
    const second = await repo.saveGroup({ ...draft({ room: 'Garden' }), id: first.id });
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect((await repo.listGroups()).map((g) => g.room)).toEqual(['Garden']);
  });

  it('stores a rule in one spelling', async () => {
    const { repo } = fresh();
    expect((await repo.saveGroup(draft({ rrule: 'byday=MO;FREQ=WEEKLY;INTERVAL=1' }))).rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
  });

  it('refuses a group with a rule it cannot use, bad fields, or an end before its start, and writes nothing', async () => {
    const { repo, db } = fresh();
    await expect(repo.saveGroup(draft({ rrule: 'FREQ=HOURLY' }))).rejects.toBeInstanceOf(RecurrenceRuleError);
    await expect(repo.saveGroup(draft({ startTime: '25:00' }))).rejects.toBeInstanceOf(ValiError);
    await expect(repo.saveGroup(draft({ validUntil: '2025-12-31' }))).rejects.toBeInstanceOf(RangeError);
    expect(await db.groups.count()).toBe(0);
  });

  it('lists active groups by start time and retired ones last', async () => {
    const { repo } = fresh();
    const late = await repo.saveGroup(draft({ title: { en: 'Late', es: '' }, startTime: '19:00' }));
    const early = await repo.saveGroup(draft({ title: { en: 'Early', es: '' }, startTime: '08:00' }));
    const retired = await repo.saveGroup(draft({ title: { en: 'Old', es: '' }, startTime: '07:00' }));
    expect(await repo.retireGroup(retired.id)).toBe(true);
    expect((await repo.listGroups()).map((g) => g.title.en)).toEqual(['Early', 'Late', 'Old']);
    expect(early.id).not.toBe(late.id);
  });

  it('gives one day’s sessions in local time, and none for a retired group', async () => {
    const { repo } = fresh();
    const art = await repo.saveGroup(draft());
    const [monday] = await repo.occurrencesForDay('2026-03-09');
    expect(monday).toMatchObject({ key: `${art.id}@2026-03-09`, status: 'scheduled', startMs: Date.UTC(2026, 2, 9, 19) });
    expect(await repo.occurrencesForDay('2026-03-10')).toEqual([]);
    await repo.retireGroup(art.id);
    expect(await repo.occurrencesForDay('2026-03-09')).toEqual([]);
    expect(await repo.retireGroup('nobody')).toBe(false);
  });

  it('cancels one session with its note, and restores it', async () => {
    const { repo } = fresh();
    const art = await repo.saveGroup(draft());
    const key = `${art.id}@2026-03-09`;
    await repo.cancelOccurrence(key, note);
    expect(await repo.findOccurrence(key)).toMatchObject({ status: 'cancelled', note });
    expect((await repo.occurrencesForDay('2026-03-11'))[0]?.status).toBe('scheduled');
    expect(await repo.restoreOccurrence(key)).toBe(true);
    expect((await repo.findOccurrence(key))?.status).toBe('scheduled');
    expect(await repo.restoreOccurrence(key)).toBe(false);
  });

  it('moves a session to another day and time: found by its key, shown on the new day only', async () => {
    const { repo } = fresh();
    const art = await repo.saveGroup(draft());
    const key = `${art.id}@2026-03-09`;
    const exception = await repo.moveOccurrence(key, '2026-03-10', '16:30', note);
    expect(exception).toMatchObject({ kind: 'move', date: '2026-03-09', newDate: '2026-03-10', newStartTime: '16:30' });
    expect(await repo.occurrencesForDay('2026-03-09')).toEqual([]);
    const [moved] = await repo.occurrencesForDay('2026-03-10');
    expect(moved).toMatchObject({ key, status: 'moved', note });
    expect(localTimeOf(moved!.startMs, ZONE)).toBe('16:30');
    expect((await repo.findOccurrence(key))?.startMs).toBe(moved!.startMs);
  });

  it('keeps one exception per session: cancelling a moved session replaces the move', async () => {
    const { repo, db } = fresh();
    const art = await repo.saveGroup(draft());
    const key = `${art.id}@2026-03-09`;
    await repo.moveOccurrence(key, '2026-03-09', '16:00', note);
    await repo.cancelOccurrence(key, note);
    expect(await db.exceptions.count()).toBe(1);
    expect((await repo.findOccurrence(key))?.status).toBe('cancelled');
  });

  it('stores only what a move changes', async () => {
    const { repo } = fresh();
    const art = await repo.saveGroup(draft());
    const sameDay = await repo.moveOccurrence(`${art.id}@2026-03-09`, '2026-03-09', '15:00', note);
    expect(sameDay.newDate).toBeUndefined();
    expect(sameDay.newStartTime).toBe('15:00');
  });

  it('refuses to cancel or move a session that does not exist', async () => {
    const { repo, db } = fresh();
    const art = await repo.saveGroup(draft());
    await expect(repo.cancelOccurrence(`${art.id}@2026-03-10`, note)).rejects.toBeInstanceOf(NoSuchOccurrenceError); // a Tuesday
    await expect(repo.cancelOccurrence('nobody@2026-03-09', note)).rejects.toBeInstanceOf(NoSuchOccurrenceError);
    await expect(repo.moveOccurrence('not a key', '2026-03-10', '10:00', note)).rejects.toBeInstanceOf(NoSuchOccurrenceError);
    await expect(repo.moveOccurrence(`${art.id}@2026-03-09`, '10 March', '10:00', note)).rejects.toBeInstanceOf(RangeError);
    expect(await db.exceptions.count()).toBe(0);
  });

  it('finds nothing for a malformed key, an unknown group or a date the group does not meet on', async () => {
    const { repo } = fresh();
    const art = await repo.saveGroup(draft());
    expect(await repo.findOccurrence('garbage')).toBeUndefined();
    expect(await repo.findOccurrence('nobody@2026-03-09')).toBeUndefined();
    expect(await repo.findOccurrence(`${art.id}@2026-03-10`)).toBeUndefined();
  });

  it('lists a group’s exceptions by date', async () => {
    const { repo } = fresh();
    const art = await repo.saveGroup(draft());
    await repo.cancelOccurrence(`${art.id}@2026-03-11`, note);
    await repo.cancelOccurrence(`${art.id}@2026-03-09`, note);
    expect((await repo.listExceptions(art.id)).map((e) => e.date)).toEqual(['2026-03-09', '2026-03-11']);
  });

  it('exports to .ics and imports it into another house with the same sessions', async () => {
    const source = fresh();
    const art = await source.repo.saveGroup(draft());
    await source.repo.cancelOccurrence(`${art.id}@2026-03-09`, note);
    const text = await source.repo.exportIcs();
    const target = fresh();
    const result = await target.repo.importIcs(text);
    expect(result.groups).toHaveLength(1);
    expect(await target.repo.occurrencesForDay('2026-03-09')).toEqual(await source.repo.occurrencesForDay('2026-03-09'));
    expect(await target.repo.occurrencesForDay('2026-03-11')).toEqual(await source.repo.occurrencesForDay('2026-03-11'));
  });

  it('writes nothing when an .ics import is refused', async () => {
    const { repo, db } = fresh();
    await expect(repo.importIcs('not a calendar')).rejects.toBeInstanceOf(IcsImportError);
    expect(await db.groups.count()).toBe(0);
  });

  it('lets a live query follow staff edits', async () => {
    const { repo } = fresh();
    const art = await repo.saveGroup(draft());
    const seen: string[][] = [];
    const subscription = liveQuery(() => repo.occurrencesForDay('2026-03-09')).subscribe((list) => seen.push(list.map((o) => o.status)));
    await until(() => seen.length === 1);
    await repo.cancelOccurrence(`${art.id}@2026-03-09`, note);
    await until(() => seen.length === 2);
    subscription.unsubscribe();
    expect(seen).toEqual([['scheduled'], ['cancelled']]);
  });
});

async function until(condition: () => boolean, timeoutMs = 2000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for the live query.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
