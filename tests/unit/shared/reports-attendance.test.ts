import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../shared/model';
import {
  attendanceRate,
  mondayOf,
  isHeld,
  residentAttendance,
  sessionsHeld,
  summaryByGroup,
  tapInsAtHeld,
  weeklyTotals,
  type HeldSession,
  type ScheduledSession,
} from '../../../shared/reports/attendance';
import { datesFrom } from '../../../shared/schedule/localTime';

let nextId = 0;
const tap = (groupId: string, date: string, residentId?: string): Attendance => ({
  id: `a${(nextId += 1)}`,
  occurrenceKey: `${groupId}@${date}`,
  groupId,
  date,
  at: Date.parse(`${date}T15:00:00Z`),
  method: residentId ? 'symbol' : 'headcount',
  ...(residentId ? { residentId } : {}),
});
/** A one-hour session at 15:00 UTC on its date, or at `endsAt` when it was moved there. */
const scheduled = (groupId: string, date: string, status: ScheduledSession['status'] = 'scheduled', endsAt = `${date}T16:00:00Z`): ScheduledSession => ({
  key: `${groupId}@${date}`,
  groupId,
  originalDate: date,
  status,
  endMs: Date.parse(endsAt),
});
const held = (groupId: string, date: string): HeldSession => ({ key: `${groupId}@${date}`, groupId, date });
const dayEndMs = (date: string) => Date.parse(`${date}T00:00:00Z`) + 86_400_000;

describe('sessions held', () => {
  const now = Date.parse('2026-03-11T12:00:00Z');

  it('counts a session once it is over, never a cancelled one or one still to come', () => {
    expect(isHeld(scheduled('art', '2026-03-10'), now)).toBe(true);
    expect(isHeld(scheduled('art', '2026-03-10', 'cancelled'), now)).toBe(false);
    // Later today: not held yet, and not while it is going on either.
    expect(isHeld(scheduled('art', '2026-03-11'), now)).toBe(false);
    expect(isHeld(scheduled('art', '2026-03-11', 'scheduled', '2026-03-11T12:30:00Z'), now)).toBe(false);
    expect(isHeld(scheduled('art', '2026-03-11', 'scheduled', '2026-03-11T12:00:00Z'), now)).toBe(true);
  });

  it('counts a moved session at its new time', () => {
    // Moved from last Monday to tomorrow: not held yet. Moved from tomorrow to yesterday: held.
    expect(isHeld(scheduled('art', '2026-03-09', 'moved', '2026-03-12T16:00:00Z'), now)).toBe(false);
    expect(isHeld(scheduled('art', '2026-03-12', 'moved', '2026-03-10T16:00:00Z'), now)).toBe(true);
  });

  it('lists the sessions held in the range by date, leaving out cancelled ones and ones not over', () => {
    const result = sessionsHeld(
      [scheduled('art', '2026-03-09'), scheduled('art', '2026-03-10', 'cancelled'), scheduled('art', '2026-03-11'), scheduled('walk', '2026-03-10', 'moved')],
      [],
      now,
      dayEndMs,
    );
    expect(result).toEqual([held('art', '2026-03-09'), held('walk', '2026-03-10')]);
  });

  it('does not count a cancelled session as held because someone tapped in before it was cancelled', () => {
    const result = sessionsHeld([scheduled('art', '2026-03-10', 'cancelled')], [tap('art', '2026-03-10', 'r1')], now, dayEndMs);
    expect(result).toEqual([]);
  });

  it('counts a session someone tapped in to that the schedule no longer has once its day is over, once', () => {
    const rows = [tap('retired', '2026-03-02', 'r1'), tap('retired', '2026-03-02'), tap('retired', '2026-03-11'), tap('art', '2026-03-09')];
    expect(sessionsHeld([scheduled('art', '2026-03-09')], rows, now, dayEndMs)).toEqual([held('retired', '2026-03-02'), held('art', '2026-03-09')]);
  });

  it('finds none in a range with no sessions', () => {
    expect(sessionsHeld([], [], now, dayEndMs)).toEqual([]);
  });
});

describe('the summary per group', () => {
  it('gives sessions held, tap-ins (named and headcount) and the average per session', () => {
    const sessions = [held('art', '2026-03-09'), held('art', '2026-03-11'), held('walk', '2026-03-10')];
    const rows = [tap('art', '2026-03-09', 'r1'), tap('art', '2026-03-09'), tap('art', '2026-03-11', 'r2')];
    expect(summaryByGroup(sessions, rows)).toEqual([
      { groupId: 'art', sessionsHeld: 2, tapIns: 3, averagePerSession: 1.5 },
      { groupId: 'walk', sessionsHeld: 1, tapIns: 0, averagePerSession: 0 },
    ]);
  });

  it('leaves out tap-ins at sessions not held, so the average is over the same sessions', () => {
    // Art's session on the 10th was cancelled after two people tapped in; music meets later today.
    const sessions = [held('art', '2026-03-09'), held('art', '2026-03-11')];
    const rows = [tap('art', '2026-03-09', 'r1'), tap('art', '2026-03-10', 'r1'), tap('art', '2026-03-10'), tap('music', '2026-03-11', 'r2')];
    expect(tapInsAtHeld(sessions, rows)).toEqual([rows[0]]);
    expect(summaryByGroup(sessions, rows)).toEqual([{ groupId: 'art', sessionsHeld: 2, tapIns: 1, averagePerSession: 0.5 }]);
  });

  it('is empty for a range with no sessions', () => {
    expect(summaryByGroup([], [tap('art', '2026-03-10', 'r1')])).toEqual([]);
  });

  it('adds up to every tap-in and every session, whatever the data', () => {
    const groups = fc.constantFrom('art', 'walk', 'music');
    const dates = fc.constantFrom('2026-03-09', '2026-03-10', '2026-03-11');
    fc.assert(
      fc.property(fc.array(fc.tuple(groups, dates, fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined })), { maxLength: 40 }), (taps) => {
        const rows = taps.map(([g, d, r]) => tap(g, d, r));
        const sessions = sessionsHeld([], rows, Date.parse('2026-04-01T00:00:00Z'), dayEndMs);
        const summary = summaryByGroup(sessions, rows);
        expect(summary.reduce((s, g) => s + g.tapIns, 0)).toBe(rows.length);
        expect(summary.reduce((s, g) => s + g.sessionsHeld, 0)).toBe(sessions.length);
        for (const g of summary) expect(g.averagePerSession).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('the attendance rate', () => {
  it('is attended ÷ offered, and unknown rather than 0 when nothing was offered', () => {
    expect(attendanceRate(3, 4)).toBe(0.75);
    expect(attendanceRate(0, 4)).toBe(0);
    expect(attendanceRate(0, 0)).toBeNull();
  });

  it('counts each session a resident came to once, overall and per group', () => {
    const sessions = [held('art', '2026-03-09'), held('art', '2026-03-11'), held('walk', '2026-03-10'), held('walk', '2026-03-12')];
    const rows = [tap('art', '2026-03-09', 'r1'), tap('art', '2026-03-09', 'r1'), tap('walk', '2026-03-10', 'r1'), tap('art', '2026-03-11', 'r2'), tap('art', '2026-03-11')];
    expect(residentAttendance('r1', sessions, rows)).toEqual({
      attended: 2,
      offered: 4,
      rate: 0.5,
      byGroup: [
        { groupId: 'art', attended: 1, offered: 2, rate: 0.5 },
        { groupId: 'walk', attended: 1, offered: 2, rate: 0.5 },
      ],
    });
  });

  it('is over the groups the resident attends only, not every group in the house', () => {
    const sessions = [held('art', '2026-03-09'), held('art', '2026-03-11'), held('walk', '2026-03-10'), held('walk', '2026-03-12'), held('music', '2026-03-08')];
    const rows = [tap('art', '2026-03-09', 'r1'), tap('walk', '2026-03-10', 'r2'), tap('music', '2026-03-08', 'r2')];
    expect(residentAttendance('r1', sessions, rows)).toEqual({
      attended: 1,
      offered: 2,
      rate: 0.5,
      byGroup: [{ groupId: 'art', attended: 1, offered: 2, rate: 0.5 }],
    });
  });

  it('has no rate, rather than 0 %, for a resident with no attendance', () => {
    const sessions = [held('art', '2026-03-09'), held('walk', '2026-03-10')];
    expect(residentAttendance('nobody', sessions, [tap('art', '2026-03-09', 'r1')])).toEqual({ attended: 0, offered: 0, rate: null, byGroup: [] });
  });

  it('counts a group whose only tap-in of theirs was at a cancelled session, but not that session', () => {
    // They tapped in to art on the 10th before it was cancelled: art is their group, the 10th is not held.
    const sessions = [held('art', '2026-03-09'), held('art', '2026-03-11'), held('walk', '2026-03-10')];
    const result = residentAttendance('r1', sessions, [tap('art', '2026-03-10', 'r1')]);
    expect(result).toEqual({ attended: 0, offered: 2, rate: 0, byGroup: [{ groupId: 'art', attended: 0, offered: 2, rate: 0 }] });
  });

  it('has no rate when their group has held no session yet in the range', () => {
    // Their only tap-in is at a session still going on: nothing of that group is over yet.
    expect(residentAttendance('r1', [held('walk', '2026-03-10')], [tap('art', '2026-03-11', 'r1')]).rate).toBeNull();
  });

  it('stays between 0 and 1', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (a, b) => {
        const rate = attendanceRate(a, b);
        if (b === 0) expect(rate).toBeNull();
        else {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('weekly totals', () => {
  it('finds the Monday of any day', () => {
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
    expect(mondayOf('2026-03-01')).toBe('2026-02-23');
  });

  it('charts only tap-ins at sessions held', () => {
    const sessions = [held('art', '2026-03-02')];
    const rows = [tap('art', '2026-03-02', 'r1'), tap('art', '2026-03-04', 'r1')];
    expect(weeklyTotals('2026-03-02', '2026-03-08', sessions, rows)).toEqual([{ weekStart: '2026-03-02', tapIns: 1, sessionsHeld: 1 }]);
  });

  it('gives every week in the range, empty ones too, with its tap-ins and sessions', () => {
    const sessions = [held('art', '2026-03-02'), held('art', '2026-03-16'), held('art', '2026-03-18')];
    const rows = [tap('art', '2026-03-02', 'r1'), tap('art', '2026-03-16'), tap('art', '2026-03-18', 'r1'), tap('art', '2026-03-18', 'r2'), tap('art', '2026-03-30')];
    expect(weeklyTotals('2026-03-02', '2026-03-22', sessions, rows)).toEqual([
      { weekStart: '2026-03-02', tapIns: 1, sessionsHeld: 1 },
      { weekStart: '2026-03-09', tapIns: 0, sessionsHeld: 0 },
      { weekStart: '2026-03-16', tapIns: 3, sessionsHeld: 2 },
    ]);
  });

  it('lists every date of a range once', () => {
    expect(datesFrom('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesFrom('2026-03-02', '2026-03-01')).toEqual([]);
  });
});
