import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrencesOn } from '../../../shared/schedule/occurrencesOn';
import { zonedEpochMs } from '../../../shared/schedule/localTime';
import { isOpenForTapIn, minutesLeft, minutesUntil, wallView } from '../../../shared/schedule/wall';
import { cancel, makeGroup } from './scheduleFixtures';

// Property tests run many cases; a shared, busy test machine needs more than the 5 s default.
const PROPERTY_TIMEOUT_MS = 60_000;

const ZONE = 'America/Chicago';
const TODAY = '2026-03-10'; // a Tuesday
const TOMORROW = '2026-03-11';
const at = (time: string, day = TODAY) => zonedEpochMs(day, time, ZONE);

const checkIn = makeGroup({ id: 'check-in', title: { en: 'Morning check-in', es: '' }, rrule: 'FREQ=DAILY', startTime: '09:30', durationMinutes: 30 });
const walk = makeGroup({ id: 'walk', title: { en: 'Walking group', es: '' }, rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '11:00' });
const circle = makeGroup({ id: 'circle', title: { en: 'Recovery circle', es: '' }, rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '14:00' });
const evening = makeGroup({ id: 'evening', title: { en: 'Evening wind-down', es: '' }, rrule: 'FREQ=DAILY', startTime: '20:00', durationMinutes: 30 });
const groups = [checkIn, walk, circle, evening];

function viewAt(time: string, exceptions = [cancel('evening', TODAY)]) {
  return wallView(at(time), occurrencesOn(TODAY, groups, exceptions, ZONE), occurrencesOn(TOMORROW, groups, exceptions, ZONE));
}
const ids = (list: { groupId: string }[]) => list.map((o) => o.groupId);

describe('wallView', () => {
  it('puts the session in progress under Now and the rest under Later', () => {
    const view = viewAt('09:41');
    expect(ids(view.now)).toEqual(['check-in']);
    expect(view.upNext).toEqual([]);
    expect(ids(view.later)).toEqual(['walk', 'circle', 'evening']);
    expect(view.doneForToday).toBe(false);
    expect(view.nextDayFirst).toBeUndefined();
  });

  it('puts a session starting within 15 minutes under Up next, and not one starting in 16', () => {
    expect(ids(viewAt('10:45').upNext)).toEqual(['walk']);
    expect(ids(viewAt('10:44').upNext)).toEqual([]);
    expect(ids(viewAt('10:44').later)).toContain('walk');
  });

  it('leaves out sessions that are over', () => {
    const view = viewAt('12:30');
    expect([...view.now, ...view.upNext, ...view.later].map((o) => o.groupId)).toEqual(['circle', 'evening']);
  });

  it('keeps a cancelled session in place, in time order, with its status', () => {
    const view = viewAt('15:00');
    expect(ids(view.later)).toEqual(['evening']);
    expect(view.later[0]?.status).toBe('cancelled');
  });

  it('counts only cancelled sessions left as nothing more today, and offers tomorrow’s first session', () => {
    const view = viewAt('15:00');
    expect(view.doneForToday).toBe(true);
    expect(view.nextDayFirst?.key).toBe(`check-in@${TOMORROW}`);
  });

  it('offers tomorrow’s first session after the last one today', () => {
    const view = viewAt('20:45', []);
    expect([...view.now, ...view.upNext, ...view.later]).toEqual([]);
    expect(view.doneForToday).toBe(true);
    expect(view.nextDayFirst?.startMs).toBe(at('09:30', TOMORROW));
  });

  it('skips a cancelled session when choosing tomorrow’s first', () => {
    const view = viewAt('20:45', [cancel('check-in', TOMORROW)]);
    expect(view.nextDayFirst?.groupId).toBe('evening');
  });

  it('shows a session from yesterday that runs past midnight as Now', () => {
    const late = makeGroup({ id: 'late', rrule: 'FREQ=DAILY', startTime: '23:30', durationMinutes: 60 });
    const yesterday = occurrencesOn('2026-03-09', [late], [], ZONE);
    const view = wallView(at('00:10'), [...yesterday, ...occurrencesOn(TODAY, [late], [], ZONE)], []);
    expect(view.now.map((o) => o.key)).toEqual(['late@2026-03-09']);
  });

  it('shows tomorrow’s session as Up next just before midnight when it starts within 15 minutes', () => {
    const early = makeGroup({ id: 'early', rrule: 'FREQ=DAILY', startTime: '00:05' });
    const view = wallView(at('23:55'), occurrencesOn(TODAY, [early], [], ZONE), occurrencesOn(TOMORROW, [early], [], ZONE));
    expect(view.upNext.map((o) => o.key)).toEqual([`early@${TOMORROW}`]);
    expect(view.later).toEqual([]);
  });

  it('sorts every session still to come today into exactly one section', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (minute) => {
        const nowMs = at('00:00') + minute * 60_000;
        const today = occurrencesOn(TODAY, groups, [cancel('walk', TODAY)], ZONE);
        const view = wallView(nowMs, today, occurrencesOn(TOMORROW, groups, [], ZONE));
        const shown = [...view.now, ...view.upNext, ...view.later].map((o) => o.key);
        expect(shown.sort()).toEqual(today.filter((o) => o.endMs > nowMs).map((o) => o.key).sort());
        for (const o of view.now) expect(o.startMs <= nowMs && nowMs < o.endMs).toBe(true);
        for (const o of view.upNext) expect(o.startMs > nowMs && o.startMs <= nowMs + 15 * 60_000).toBe(true);
        for (const o of view.later) expect(o.startMs > nowMs + 15 * 60_000).toBe(true);
        expect(view.doneForToday).toBe(!shown.some((key) => today.find((o) => o.key === key)?.status !== 'cancelled'));
      }),
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('time left and tap-in', () => {
  const [session] = occurrencesOn(TODAY, [checkIn], [], ZONE);
  const cancelled = occurrencesOn(TODAY, [checkIn], [cancel('check-in', TODAY)], ZONE)[0]!;

  it('counts whole minutes left, rounded up', () => {
    expect(minutesLeft(session!, at('09:35'))).toBe(25);
    expect(minutesLeft(session!, at('09:59') + 30_000)).toBe(1);
    expect(minutesLeft(session!, at('10:05'))).toBe(0);
  });

  it('counts whole minutes until the start, rounded up', () => {
    expect(minutesUntil(session!, at('09:20'))).toBe(10);
    expect(minutesUntil(session!, at('09:40'))).toBe(0);
  });

  it('opens tap-in 15 minutes before the start until the end, never for a cancelled session', () => {
    expect(isOpenForTapIn(session!, at('09:14'))).toBe(false);
    expect(isOpenForTapIn(session!, at('09:15'))).toBe(true);
    expect(isOpenForTapIn(session!, at('09:59'))).toBe(true);
    expect(isOpenForTapIn(session!, at('10:00'))).toBe(false);
    expect(isOpenForTapIn(cancelled, at('09:40'))).toBe(false);
  });

  it('opens tap-in as early as the house setting says', () => {
    expect(isOpenForTapIn(session!, at('09:24'), 5)).toBe(false);
    expect(isOpenForTapIn(session!, at('09:25'), 5)).toBe(true);
  });
});
