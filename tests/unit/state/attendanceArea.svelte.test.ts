import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tapIn } from '../../../renderer/src/db/repositories/attendance';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { saveResident, type StaffResidentView } from '../../../renderer/src/db/repositories/residents';
import { occurrencesForDay, saveGroup } from '../../../renderer/src/db/repositories/schedule';
import { RangeView } from '../../../renderer/src/screens/staff/areas/attendance/rangeView.svelte';
import { SessionAttendance } from '../../../renderer/src/screens/staff/areas/attendance/sessionAttendance.svelte';
import { staffOnDuty } from './staffOnDuty';
import { groupDraft } from '../renderer/fixtures/groupDraft';

/** Attendance in staff mode: by session (with staff corrections) and over a date range. */

vi.setConfig({ testTimeout: 20_000 });

const art = groupDraft();

// Days long past, so every session on them has been held.
const MONDAY = '2026-11-30';
const TUESDAY = '2026-12-01';
const WEDNESDAY = '2026-11-25';

let ada: StaffResidentView;
let grace: StaffResidentView;
let mondayKey: string;

beforeAll(async () => {
  await saveGroup(art);
  ada = await saveResident({ symbol: 'sun', name: 'Ada' });
  grace = await saveResident({ symbol: 'moon', name: 'Grace' });
  const [monday] = await occurrencesForDay(MONDAY);
  if (!monday) throw new Error('no session on the Monday');
  mondayKey = monday.key;
  await staffOnDuty();
});

describe('attendance by session', () => {
  it('lists the day’s sessions with how many came, and who came to the one chosen', async () => {
    await tapIn(mondayKey, grace.id, 'symbol');
    await tapIn(mondayKey, null, 'headcount');
    const view = new SessionAttendance(MONDAY);
    await view.loadDay(MONDAY);
    expect(view.loaded).toBe(true);
    expect(view.sessions.map((s) => [s.title, s.count])).toEqual([['Art together', 2]]);
    expect(view.selected).toBeUndefined();
    await view.select(mondayKey);
    expect(view.selected?.title).toBe('Art together');
    expect(view.attendees.map((a) => a.name)).toEqual(['Grace']);
    expect(view.headcount).toBe(1);
    expect(view.addable.map((r) => r.name)).toEqual(['Ada']);
  });

  it('adds a resident who forgot to tap in, says so, and logs it by picture, never by name', async () => {
    const view = new SessionAttendance(MONDAY);
    await view.loadDay(MONDAY);
    await view.select(mondayKey);
    await view.add(ada);
    expect(view.notice).toEqual({ key: 'records:attendance.added', name: 'Ada', kind: 'done' });
    expect(view.attendees.map((a) => a.name)).toEqual(['Ada', 'Grace']);
    expect(view.addable).toEqual([]);
    expect(view.sessions[0]?.count).toBe(3);
    const [logged] = (await listAuditEntries(0)).entries;
    expect(logged?.action).toBe('records.attendanceAdded');
    expect(logged?.detail).toContain('Art together');
    expect(logged?.detail).toContain(MONDAY);
    expect(logged?.detail).not.toContain('Ada');
  });

  it('removes a mistaken tap-in once confirmed, and logs it', async () => {
    const view = new SessionAttendance(MONDAY);
    await view.loadDay(MONDAY);
    await view.select(mondayKey);
    const grace = view.attendees.find((a) => a.name === 'Grace');
    if (!grace) throw new Error('Grace is not listed');
    view.removing = grace;
    await view.confirmRemove();
    expect(view.removing).toBeNull();
    expect(view.notice).toEqual({ key: 'records:attendance.removed', name: 'Grace', kind: 'done' });
    expect(view.attendees.map((a) => a.name)).toEqual(['Ada']);
    expect((await listAuditEntries(0)).entries[0]?.action).toBe('records.attendanceRemoved');
  });

  it('lets go of the chosen session on a day without it', async () => {
    const view = new SessionAttendance(MONDAY);
    await view.loadDay(MONDAY);
    await view.select(mondayKey);
    view.date = TUESDAY;
    await view.loadDay(TUESDAY);
    expect(view.sessions).toEqual([]);
    expect(view.selectedKey).toBeNull();
    await view.loadDay(WEDNESDAY);
    expect(view.sessions.map((s) => s.title)).toEqual(['Art together']);
    expect(view.sessions[0]?.key).not.toBe(mondayKey);
  });

  it('says a correction failed when the session cannot take it', async () => {
    const view = new SessionAttendance(MONDAY);
    await view.loadDay(MONDAY);
    await view.select(mondayKey);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    view.sessions = [{ key: 'not a key', title: 'Broken', startMs: null, status: 'unscheduled', count: 0 }];
    view.selectedKey = 'not a key';
    await view.add(ada);
    expect(view.notice).toEqual({ key: 'records:attendance.failed', kind: 'error' });
    vi.restoreAllMocks();
  });
});

describe('attendance over a date range', () => {
  it('starts with the four weeks up to today', () => {
    const range = new RangeView(MONDAY);
    expect([range.from, range.to]).toEqual(['2026-11-03', MONDAY]);
  });

  it('reads the sessions held and the tap-ins of the range', async () => {
    const range = new RangeView(MONDAY);
    await range.load(range.from, range.to);
    expect(range.failed).toBe(false);
    // Mondays and Wednesdays from 3 to 30 November: eight sessions held.
    expect(range.report?.sessions).toHaveLength(8);
    expect(range.report?.rows.map((r) => r.occurrenceKey)).toEqual(expect.arrayContaining([mondayKey]));
  });

  it('keeps the newer range’s report when an older answer comes late', async () => {
    const range = new RangeView(MONDAY);
    range.from = '2026-11-30';
    range.to = '2026-11-30';
    await range.load('2026-11-30', '2026-11-30');
    // An answer for the range staff left behind arrives after.
    await range.load('2026-11-03', '2026-11-30');
    expect(range.report?.from).toBe('2026-11-30');
    expect(range.report?.sessions).toHaveLength(1);
  });

  it('says the report could not be read rather than showing an empty one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const range = new RangeView(MONDAY);
    range.from = 'not a date';
    await range.load('not a date', MONDAY);
    expect(range.failed).toBe(true);
    expect(range.report).toBeNull();
    vi.restoreAllMocks();
  });
});
