import { afterEach, describe, expect, it } from 'vitest';
import { occurrencesOn } from '../../../shared/schedule/occurrencesOn';
import { addDays, localDateOf, localTimeOf, systemTimeZone, zonedEpochMs } from '../../../shared/schedule/localTime';
import { makeGroup } from './scheduleFixtures';

const HOUR_MS = 3_600_000;
const sundayGroup = makeGroup({ id: 'sunday', rrule: 'FREQ=WEEKLY;BYDAY=SU', startTime: '10:00', durationMinutes: 60 });

function sundayStart(day: string, zone: string): number {
  const [session] = occurrencesOn(day, [sundayGroup], [], zone);
  if (!session) throw new Error(`No Sunday session on ${day}`);
  return session.startMs;
}

describe('a 10:00 Sunday group across daylight-saving changes', () => {
  describe('in America/Chicago', () => {
    const zone = 'America/Chicago';

    it('stays at 10:00 the Sunday before and the Sunday the clocks spring forward (8 March 2026)', () => {
      expect(sundayStart('2026-03-01', zone)).toBe(Date.UTC(2026, 2, 1, 16)); // CST, UTC-6
      expect(sundayStart('2026-03-08', zone)).toBe(Date.UTC(2026, 2, 8, 15)); // CDT, UTC-5
      expect(localTimeOf(sundayStart('2026-03-08', zone), zone)).toBe('10:00');
    });

    it('stays at 10:00 the Sunday before and the Sunday the clocks fall back (1 November 2026)', () => {
      expect(sundayStart('2026-10-25', zone)).toBe(Date.UTC(2026, 9, 25, 15)); // CDT
      expect(sundayStart('2026-11-01', zone)).toBe(Date.UTC(2026, 10, 1, 16)); // CST
      expect(localTimeOf(sundayStart('2026-11-01', zone), zone)).toBe('10:00');
    });

    it('lasts exactly its duration on the day of the change', () => {
      const [session] = occurrencesOn('2026-03-08', [sundayGroup], [], zone);
      expect((session?.endMs ?? 0) - (session?.startMs ?? 0)).toBe(HOUR_MS);
    });
  });

  describe('in Europe/Madrid', () => {
    const zone = 'Europe/Madrid';

    it('stays at 10:00 across the spring change (29 March 2026)', () => {
      expect(sundayStart('2026-03-22', zone)).toBe(Date.UTC(2026, 2, 22, 9)); // CET, UTC+1
      expect(sundayStart('2026-03-29', zone)).toBe(Date.UTC(2026, 2, 29, 8)); // CEST, UTC+2
    });

    it('stays at 10:00 across the autumn change (25 October 2026)', () => {
      expect(sundayStart('2026-10-18', zone)).toBe(Date.UTC(2026, 9, 18, 8));
      expect(sundayStart('2026-10-25', zone)).toBe(Date.UTC(2026, 9, 25, 9));
    });
  });

  it('shows 10:00 local on every Sunday of a year, in zones north and south of the equator', () => {
    for (const zone of ['America/Chicago', 'Europe/Madrid', 'Australia/Sydney', 'America/Santiago']) {
      for (let day = '2026-01-04'; day < '2027-01-01'; day = addDays(day, 7)) {
        const start = sundayStart(day, zone);
        expect(localDateOf(start, zone), `${zone} ${day}`).toBe(day);
        expect(localTimeOf(start, zone), `${zone} ${day}`).toBe('10:00');
      }
    }
  });
});

describe('local times that do not exist, or exist twice', () => {
  it('reads a time skipped by spring-forward as the time an hour later', () => {
    // 02:30 never happens in Chicago on 8 March 2026: clocks go from 02:00 CST to 03:00 CDT.
    const ms = zonedEpochMs('2026-03-08', '02:30', 'America/Chicago');
    expect(localTimeOf(ms, 'America/Chicago')).toBe('03:30');
    expect(ms).toBe(Date.UTC(2026, 2, 8, 8, 30));
  });

  it('reads a time that happens twice at fall-back as the first of the two', () => {
    // 01:30 happens at 01:30 CDT (06:30 UTC) and again at 01:30 CST (07:30 UTC).
    expect(zonedEpochMs('2026-11-01', '01:30', 'America/Chicago')).toBe(Date.UTC(2026, 10, 1, 6, 30));
    expect(zonedEpochMs('2026-10-25', '02:30', 'Europe/Madrid')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('turns local midnight into the right instant on either side of a change', () => {
    expect(zonedEpochMs('2026-03-08', '00:00', 'America/Chicago')).toBe(Date.UTC(2026, 2, 8, 6));
    expect(zonedEpochMs('2026-03-09', '00:00', 'America/Chicago')).toBe(Date.UTC(2026, 2, 9, 5));
  });
});

describe('the runtime\'s own zone, read through Date', () => {
  const zones = ['America/Chicago', 'Europe/Madrid', 'Australia/Sydney', 'America/Santiago', 'Asia/Tokyo'];
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('gives the same dates, times and instants as naming that zone, across each daylight-saving change of 2026', () => {
    for (const zone of zones) {
      process.env.TZ = zone;
      expect(systemTimeZone()).toBe(zone);
      for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
        for (const time of ['00:00', '00:30', '01:59', '02:00', '02:30', '03:00', '10:00', '23:59']) {
          const instant = zonedEpochMs(day, time, zone);
          expect(zonedEpochMs(day, time)).toBe(instant);
          expect(localDateOf(instant)).toBe(localDateOf(instant, zone));
          expect(localTimeOf(instant)).toBe(localTimeOf(instant, zone));
        }
      }
    }
  });
});
