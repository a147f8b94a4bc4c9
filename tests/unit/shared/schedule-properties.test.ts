import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Group, OccurrenceException } from '../../../shared/model';
import { occurrencesBetween, occurrencesOn } from '../../../shared/schedule/occurrencesOn';
import { addDays, daysBetween, localDateOf, localTimeOf } from '../../../shared/schedule/localTime';
import { recurrenceDates, recursOn } from '../../../shared/schedule/recurrence';
import { cancel, makeGroup, move, weekdayOf } from './scheduleFixtures';

// Property tests run many cases; a shared, busy test machine needs more than the 5 s default.
const PROPERTY_TIMEOUT_MS = 60_000;

const ZONES = ['America/Chicago', 'Europe/Madrid', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/Santiago'];
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const BASE = '2025-01-01';

const dateArb = (spanDays = 1200) => fc.integer({ min: 0, max: spanDays }).map((n) => addDays(BASE, n));
// Hours 05–22: clear of the night hours in which clocks change, so a wall time always exists.
const timeArb = fc
  .tuple(fc.integer({ min: 5, max: 22 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const weekdaysArb = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });

const ruleArb = fc.oneof(
  fc.tuple(weekdaysArb, fc.integer({ min: 1, max: 4 })).map(([days, interval]) =>
    `FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval}` : ''};BYDAY=${days.map((d) => DAYS[d]).join(',')}`,
  ),
  fc.integer({ min: 1, max: 5 }).map((interval) => `FREQ=DAILY${interval > 1 ? `;INTERVAL=${interval}` : ''}`),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 })).map(([n, d]) => `FREQ=MONTHLY;BYDAY=${n}${DAYS[d]}`),
  fc.integer({ min: 0, max: 6 }).map((d) => `FREQ=MONTHLY;BYDAY=-1${DAYS[d]}`),
  fc.constant(''),
);

/** Rarer shapes too, for checking the expansion's fast start against ical.js from validFrom. */
const anyRuleArb = fc.oneof(
  ruleArb.filter((r) => r !== ''),
  fc.tuple(weekdaysArb, fc.integer({ min: 1, max: 3 })).map(([days, n]) => `FREQ=WEEKLY;INTERVAL=${n};WKST=SU;BYDAY=${days.map((d) => DAYS[d]).join(',')}`),
  fc.integer({ min: 1, max: 3 }).map((n) => `FREQ=WEEKLY;INTERVAL=${n}`),
  fc.tuple(weekdaysArb, fc.integer({ min: 1, max: 3 })).map(([days, n]) => `FREQ=DAILY;INTERVAL=${n};BYDAY=${days.map((d) => DAYS[d]).join(',')}`),
  fc.integer({ min: 1, max: 3 }).map((n) => `FREQ=MONTHLY;INTERVAL=${n}`),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 })).map(
    ([n, nth, d]) => `FREQ=MONTHLY;INTERVAL=${n};BYDAY=${nth}${DAYS[d]}`,
  ),
  fc.integer({ min: 1, max: 31 }).map((day) => `FREQ=MONTHLY;BYMONTHDAY=${day}`),
  fc.constant('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'),
);

const groupArb = (id: string): fc.Arbitrary<Group> =>
  fc
    .record({
      rrule: ruleArb,
      validFrom: dateArb(900),
      validDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      startTime: timeArb,
      durationMinutes: fc.integer({ min: 5, max: 180 }),
      title: fc.constantFrom('Art', 'Walk', 'Music', 'Check-in'),
      // Mostly active: a retired group shows nothing, which tests little.
      active: fc.integer({ min: 0, max: 7 }).map((n) => n > 0),
    })
    .map(({ validDays, title, ...rest }) =>
      makeGroup({
        id,
        title: { en: title, es: title },
        ...rest,
        ...(validDays === undefined ? {} : { validUntil: addDays(rest.validFrom, validDays) }),
      }),
    );

const houseArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => groupArb(`g${i}`))));
const zoneArb = fc.constantFrom(...ZONES);
const dayArb = dateArb(1200);

describe('occurrencesOn, for any house, day and zone', () => {
  it('returns only sessions that start on the requested local day', () => {
    fc.assert(
      fc.property(houseArb, dayArb, zoneArb, (groups, day, zone) => {
        for (const o of occurrencesOn(day, groups, [], zone)) expect(localDateOf(o.startMs, zone)).toBe(day);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('keeps every session at its group’s local start time, whatever the offset that day', () => {
    fc.assert(
      fc.property(houseArb, dayArb, zoneArb, (groups, day, zone) => {
        for (const o of occurrencesOn(day, groups, [], zone)) expect(localTimeOf(o.startMs, zone)).toBe(o.group.startTime);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('returns sessions sorted by start, with no key twice', () => {
    fc.assert(
      fc.property(houseArb, dayArb, zoneArb, (groups, day, zone) => {
        const sessions = occurrencesOn(day, groups, [], zone);
        for (let i = 1; i < sessions.length; i++) expect(sessions[i]!.startMs).toBeGreaterThanOrEqual(sessions[i - 1]!.startMs);
        expect(new Set(sessions.map((o) => o.key)).size).toBe(sessions.length);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('includes exactly the active groups whose rule falls on the day within their validity', () => {
    fc.assert(
      fc.property(houseArb, dayArb, (groups, day) => {
        const expected = groups.filter((g) => g.active && recursOn(g, day)).map((g) => g.id);
        expect(occurrencesOn(day, groups, [], 'UTC').map((o) => o.groupId).sort()).toEqual(expected.sort());
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('cancels exactly the one session a cancellation names, and nothing on other days', () => {
    fc.assert(
      fc.property(houseArb, dayArb, zoneArb, fc.nat(), (groups, day, zone, pick) => {
        const before = occurrencesOn(day, groups, [], zone);
        fc.pre(before.length > 0);
        const target = before[pick % before.length]!;
        const exceptions = [cancel(target.groupId, day)];
        const after = occurrencesOn(day, groups, exceptions, zone);
        expect(after.map((o) => o.key)).toEqual(before.map((o) => o.key));
        for (const o of after) expect(o.status).toBe(o.key === target.key ? 'cancelled' : 'scheduled');
        const nextWeek = addDays(day, 7);
        expect(occurrencesOn(nextWeek, groups, exceptions, zone)).toEqual(occurrencesOn(nextWeek, groups, [], zone));
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('shows a moved session once, on its new date only', () => {
    fc.assert(
      fc.property(houseArb, dayArb, fc.integer({ min: -3, max: 3 }), timeArb, fc.nat(), (groups, day, shift, time, pick) => {
        const before = occurrencesOn(day, groups, [], 'America/Chicago');
        fc.pre(before.length > 0 && shift !== 0);
        const target = before[pick % before.length]!;
        const newDate = addDays(day, shift);
        const exceptions: OccurrenceException[] = [move(target.groupId, day, { newDate, newStartTime: time })];
        expect(occurrencesOn(day, groups, exceptions, 'America/Chicago').map((o) => o.key)).not.toContain(target.key);
        const there = occurrencesOn(newDate, groups, exceptions, 'America/Chicago').filter((o) => o.key === target.key);
        expect(there).toHaveLength(1);
        expect(there[0]!.status).toBe('moved');
        expect(localTimeOf(there[0]!.startMs, 'America/Chicago')).toBe(time);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('occurrencesBetween, for any house, span and set of changes', () => {
  it('gives each day of the span exactly what that day alone gives, moves in and out of the span included', () => {
    const changeArb = fc.record({ pick: fc.nat(), kind: fc.constantFrom('cancel', 'move'), shift: fc.integer({ min: -6, max: 6 }), time: timeArb });
    fc.assert(
      fc.property(houseArb, dayArb, fc.integer({ min: 0, max: 9 }), fc.array(changeArb, { maxLength: 6 }), zoneArb, (groups, from, length, changes, zone) => {
        const to = addDays(from, length);
        // Changes to real sessions from a few days before the span to a few days after it.
        const around = [...occurrencesBetween(addDays(from, -6), addDays(to, 6), groups, [], zone).values()].flat();
        fc.pre(around.length > 0);
        const exceptions: OccurrenceException[] = changes.map(({ pick, kind, shift, time }) => {
          const { groupId, originalDate } = around[pick % around.length]!;
          return kind === 'cancel' ? cancel(groupId, originalDate) : move(groupId, originalDate, { newDate: addDays(originalDate, shift), newStartTime: time });
        });
        const span = occurrencesBetween(from, to, groups, exceptions, zone);
        expect([...span.keys()]).toEqual(Array.from({ length: length + 1 }, (_, i) => addDays(from, i)));
        for (const [day, sessions] of span) expect(sessions).toEqual(occurrencesOn(day, groups, exceptions, zone));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('recurrence expansion, for any rule', () => {
  it('gives a weekly rule only its chosen weekdays', () => {
    fc.assert(
      fc.property(weekdaysArb, fc.integer({ min: 1, max: 4 }), dateArb(600), dateArb(600), (days, interval, validFrom, from) => {
        const group = makeGroup({ rrule: `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${days.map((d) => DAYS[d]).join(',')}`, validFrom });
        for (const date of recurrenceDates(group, from, addDays(from, 60))) expect(days).toContain(weekdayOf(date));
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('gives a plain weekly rule every chosen weekday from validFrom on', () => {
    fc.assert(
      fc.property(weekdaysArb, dateArb(600), dateArb(600), (days, validFrom, from) => {
        const group = makeGroup({ rrule: `FREQ=WEEKLY;BYDAY=${days.map((d) => DAYS[d]).join(',')}`, validFrom });
        const to = addDays(from, 30);
        const expected: string[] = [];
        for (let d = from > validFrom ? from : validFrom; d <= to; d = addDays(d, 1)) if (days.includes(weekdayOf(d))) expected.push(d);
        expect(recurrenceDates(group, from, to)).toEqual(expected);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('alternates weeks for an every-other-week rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), dateArb(600), fc.integer({ min: 0, max: 300 }), (weekday, validFrom, offset) => {
        const group = makeGroup({ rrule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${DAYS[weekday]}`, validFrom });
        const [first] = recurrenceDates(group, validFrom, addDays(validFrom, 21));
        expect(first).toBeDefined();
        const date = addDays(first!, 7 * offset);
        expect(recursOn(group, date)).toBe(offset % 2 === 0);
        expect(recursOn(group, addDays(date, 7))).toBe(offset % 2 === 1);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('gives the same dates in a window however far from validFrom it is asked (the fast start skips nothing)', () => {
    fc.assert(
      fc.property(anyRuleArb, dateArb(700), fc.integer({ min: 0, max: 500 }), (rrule, validFrom, offset) => {
        const group = makeGroup({ rrule, validFrom });
        const from = addDays(validFrom, offset);
        const to = addDays(from, 20);
        const fromTheStart = recurrenceDates(group, validFrom, to).filter((d) => d >= from);
        expect(recurrenceDates(group, from, to)).toEqual(fromTheStart);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('gives a daily rule on chosen weekdays exactly those weekdays, whatever weekday validFrom is', () => {
    fc.assert(
      fc.property(weekdaysArb, dateArb(600), (days, validFrom) => {
        const group = makeGroup({ rrule: `FREQ=DAILY;BYDAY=${days.map((d) => DAYS[d]).join(',')}`, validFrom });
        const expected: string[] = [];
        for (let d = validFrom; d <= addDays(validFrom, 20); d = addDays(d, 1)) if (days.includes(weekdayOf(d))) expected.push(d);
        expect(recurrenceDates(group, validFrom, addDays(validFrom, 20))).toEqual(expected);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('gives a monthly nth-weekday rule the nth such weekday of each month, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }), dateArb(600), (nth, weekday, validFrom) => {
        const group = makeGroup({ rrule: `FREQ=MONTHLY;BYDAY=${nth}${DAYS[weekday]}`, validFrom });
        const to = addDays(validFrom, 100);
        const expected: string[] = [];
        for (let d = validFrom; d <= to; d = addDays(d, 1)) {
          if (weekdayOf(d) === weekday && Math.ceil(Number(d.slice(8)) / 7) === nth) expected.push(d);
        }
        expect(recurrenceDates(group, validFrom, to)).toEqual(expected);
      }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('agrees with ical.js expanding from validFrom when validFrom is itself one of the rule’s dates', () => {
    fc.assert(
      fc.property(anyRuleArb, dateArb(700), fc.integer({ min: 0, max: 500 }), (rrule, start, offset) => {
        // The first date the rule gives from `start` on becomes validFrom, so DTSTART is a real session.
        const [validFrom] = recurrenceDates(makeGroup({ rrule, validFrom: start }), start, addDays(start, 800));
        fc.pre(validFrom !== undefined);
        const from = addDays(validFrom!, offset);
        const to = addDays(from, 20);
        const reference: string[] = [];
        const iterator = ICAL.Recur.fromString(rrule).iterator(ICAL.Time.fromDateString(validFrom!));
        for (let next = iterator.next(); next; next = iterator.next()) {
          const date = next.toString().slice(0, 10);
          if (date > to) break;
          if (date >= from) reference.push(date);
        }
        expect(recurrenceDates(makeGroup({ rrule, validFrom: validFrom! }), from, to)).toEqual(reference);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('never gives dates outside validFrom and validUntil', () => {
    fc.assert(
      fc.property(groupArb('g'), dateArb(1200), (group, from) => {
        for (const date of recurrenceDates(group, from, addDays(from, 45))) {
          expect(daysBetween(group.validFrom, date)).toBeGreaterThanOrEqual(0);
          if (group.validUntil) expect(daysBetween(date, group.validUntil)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  }, PROPERTY_TIMEOUT_MS);
});
