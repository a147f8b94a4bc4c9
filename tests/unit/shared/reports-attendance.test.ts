import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../shared/model';
import {
  attendanceRate,
  mondayOf,
  residentAttendance,
  sessionsHeld,
  summaryByGroup,
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
const scheduled = (groupId: string, date: string, status: ScheduledSession['status'] = 'scheduled'): ScheduledSession => ({
  key: `${groupId}@${date}`,
  groupId,
  originalDate: date,
  status,
  startMs: Date.parse(`${date}T15:00:00Z`),
});
const held = (groupId: string, date: string): HeldSession => ({ key: `${groupId}@${date}`, groupId, date });

describe('sessions held', () => {
  const now = Date.parse('2026-03-11T12:00:00Z');

  it('counts scheduled sessions that have started, not cancelled ones or ones still to come', () => {
    const result = sessionsHeld([scheduled('art', '2026-03-09'), scheduled('art', '2026-03-10', 'cancelled'), scheduled('art', '2026-03-12'), scheduled('walk', '2026-03-10', 'moved')], [], now);
    expect(result).toEqual([held('art', '2026-03-09'), held('walk', '2026-03-10')]);
  });

  it('also counts a session someone tapped in to that the schedule no longer shows, once', () => {
    const result = sessionsHeld([scheduled('art', '2026-03-09')], [tap('retired', '2026-03-02', 'r1'), tap('retired', '2026-03-02'), tap('art', '2026-03-09')], now);
    expect(result).toEqual([held('retired', '2026-03-02'), held('art', '2026-03-09')]);
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

  it('adds up to every tap-in and every session, whatever the data', () => {
    const groups = fc.constantFrom('art', 'walk', 'music');
    const dates = fc.constantFrom('2026-03-09', '2026-03-10', '2026-03-11');
    fc.assert(
      fc.property(fc.array(fc.tuple(groups, dates, fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined })), { maxLength: 40 }), (taps) => {
        const rows = taps.map(([g, d, r]) => tap(g, d, r));
        const sessions = sessionsHeld([], rows, 0);
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
    expect(residentAttendance('nobody', sessions, rows).rate).toBe(0);
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
