import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { saveBoard } from '../../../renderer/src/db/repositories/boards';
import { saveResident } from '../../../renderer/src/db/repositories/residents';
import { cancelOccurrence, importIcs, saveGroup } from '../../../renderer/src/db/repositories/schedule';
import { problemNotice } from '../../../renderer/src/lib/staff/saveProblems';
import { groupDraft } from './fixtures/groupDraft';

// Tuesdays from 10 March 2026: the cases below lean on that day and that first date.
const draft = groupDraft({ rrule: 'FREQ=WEEKLY;BYDAY=TU', validFrom: '2026-03-10' });

/** The notice staff would see for what the repository threw. */
async function noticeFor(attempt: Promise<unknown>) {
  try {
    await attempt;
  } catch (error) {
    return problemNotice(error).key;
  }
  throw new Error('The repository accepted it.');
}

beforeEach(async () => {
  await Promise.all([db.groups.clear(), db.exceptions.clear(), db.residents.clear(), db.boards.clear()]);
});

describe('what staff are told when a save is refused', () => {
  it('a repeat rule the schedule cannot use', async () => {
    expect(await noticeFor(saveGroup({ ...draft, rrule: 'FREQ=HOURLY' }))).toBe('admin:problems.rule');
    expect(await db.groups.count()).toBe(0);
  });

  it('a last day before the first', async () => {
    expect(await noticeFor(saveGroup({ ...draft, validUntil: '2026-03-01' }))).toBe('admin:problems.range');
    expect(await db.groups.count()).toBe(0);
  });

  it('a field the schema refuses, named', async () => {
    expect(await noticeFor(saveGroup({ ...draft, durationMinutes: 1 }))).toBe('admin:problems.fields.durationMinutes');
    expect(await noticeFor(saveGroup({ ...draft, room: 'x'.repeat(201) }))).toBe('admin:problems.fields.room');
    expect(await db.groups.count()).toBe(0);
  });

  it('a session that is not on the schedule', async () => {
    const group = await saveGroup(draft);
    // 11 March 2026 is a Wednesday: the group does not meet then.
    expect(await noticeFor(cancelOccurrence(`${group.id}@2026-03-11`, { en: '', es: '' }))).toBe('admin:problems.noSession');
    expect(await db.exceptions.count()).toBe(0);
  });

  it('a symbol another resident has', async () => {
    await saveResident({ symbol: 'sun', name: 'Ada' });
    expect(await noticeFor(saveResident({ symbol: 'sun', name: 'Grace' }))).toBe('admin:problems.symbolTaken');
  });

  it('a board that was removed meanwhile', async () => {
    expect(await noticeFor(saveBoard({ id: 'gone', title: { en: 'T', es: '' }, prompt: { en: 'P', es: '' }, active: true }))).toBe('admin:problems.gone');
  });

  it('a file that is no calendar', async () => {
    expect(await noticeFor(importIcs('milk, eggs'))).toBe('admin:ics.errors.not-a-calendar');
    expect(await db.groups.count()).toBe(0);
  });
});
