import * as v from 'valibot';
import {
  type Attendance,
  AttendanceSchema,
  BoardSchema,
  type Group,
  GroupSchema,
  OccurrenceExceptionSchema,
  ResidentSchema,
  ShareSchema,
  type OccurrenceException,
} from '../../../../shared/model';
import type { HouseSettings } from '../../../../shared/settings';
import { addDays, localDateOf } from '../../../../shared/schedule/localTime';
import { occurrencesBetween } from '../../../../shared/schedule/occurrencesOn';
import type { AppDB } from '../AppDB';

const DAY_MS = 86_400_000;

/** Example shares are stored with their age, so the demo house always looks recent. */
const ExampleShareSchema = v.object({
  ...v.omit(ShareSchema, ['createdAt', 'expiresAt']).entries,
  ageHours: v.pipe(v.number(), v.minValue(0)),
});

/** Example cancellations and moves name their day relative to today, so the demo always has one in view. */
const ExampleExceptionSchema = v.object({
  ...v.omit(OccurrenceExceptionSchema, ['date', 'newDate', 'createdAt']).entries,
  dayOffset: v.pipe(v.number(), v.integer()),
  newDayOffset: v.optional(v.pipe(v.number(), v.integer())),
});

/**
 * A resident who often comes to a group: in the example house's history they came to about
 * `share` of its sessions, so the attendance screens have something true-looking to show.
 */
const ExampleRegularSchema = v.object({
  residentId: AttendanceSchema.entries.groupId,
  groupId: AttendanceSchema.entries.groupId,
  share: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});
type ExampleRegular = v.InferOutput<typeof ExampleRegularSchema>;

/** How far back the example house's attendance goes. */
export const EXAMPLE_HISTORY_WEEKS = 8;

const ExampleHouseSchema = v.object({
  groups: v.optional(v.array(GroupSchema), []),
  exceptions: v.optional(v.array(v.union([OccurrenceExceptionSchema, ExampleExceptionSchema])), []),
  residents: v.optional(v.array(ResidentSchema), []),
  boards: v.optional(v.array(BoardSchema), []),
  shares: v.optional(v.array(ExampleShareSchema), []),
  attendanceRegulars: v.optional(v.array(ExampleRegularSchema), []),
});

/** How long the house keeps shares and attendance: no example is older than the house would keep it. */
export type ExampleRetention = Pick<HouseSettings, 'shareRetentionDays' | 'attendanceRetentionDays'>;

/**
 * Fills an empty database with the example house, with up to eight weeks of attendance behind it.
 * Does nothing when the house already has groups or boards, so it can never overwrite a real house.
 */
export async function loadExampleHouse(db: AppDB, data: unknown, retention: ExampleRetention, now = Date.now()): Promise<boolean> {
  const house = v.parse(ExampleHouseSchema, data);
  return db.transaction('rw', [db.groups, db.exceptions, db.residents, db.boards, db.shares, db.attendance], async () => {
    if ((await db.groups.count()) > 0 || (await db.boards.count()) > 0) return false;
    await db.groups.bulkPut(house.groups);
    const today = localDateOf(now);
    const exceptions = house.exceptions.map((exception): OccurrenceException => {
      if (!('dayOffset' in exception)) return exception;
      const { dayOffset, newDayOffset, ...rest } = exception;
      const newDate = newDayOffset === undefined ? {} : { newDate: addDays(today, newDayOffset) };
      return { ...rest, ...newDate, date: addDays(today, dayOffset), createdAt: now };
    });
    await db.exceptions.bulkPut(exceptions);
    await db.residents.bulkPut(house.residents);
    await db.boards.bulkPut(house.boards);
    await db.shares.bulkPut(
      house.shares.map(({ ageHours, ...share }) => {
        const createdAt = Math.round(now - ageHours * 3_600_000);
        return { ...share, createdAt, expiresAt: createdAt + retention.shareRetentionDays * DAY_MS };
      }),
    );
    const withCode = new Set(house.residents.filter((r) => r.active && r.codeHash).map((r) => r.id));
    const active = new Set(house.residents.filter((r) => r.active).map((r) => r.id));
    const regulars = house.attendanceRegulars.filter((regular) => active.has(regular.residentId));
    const historyDays = Math.min(EXAMPLE_HISTORY_WEEKS * 7, retention.attendanceRetentionDays - 1);
    await db.attendance.bulkPut(exampleAttendance(house.groups, exceptions, regulars, withCode, addDays(today, -historyDays), now));
    return true;
  });
}

/**
 * The example house's past: each regular at about their share of their group's sessions from
 * `from` until now, only sessions that were held (over, not cancelled), tapping in around the
 * start. The same house on the same day always gets the same history.
 */
function exampleAttendance(
  groups: readonly Group[],
  exceptions: readonly OccurrenceException[],
  regulars: readonly ExampleRegular[],
  withCode: ReadonlySet<string>,
  from: string,
  now: number,
): Attendance[] {
  const rows: Attendance[] = [];
  for (const sessions of occurrencesBetween(from, localDateOf(now), groups, exceptions).values()) {
    for (const session of sessions) {
      if (session.status === 'cancelled' || session.endMs > now) continue;
      for (const regular of regulars) {
        if (regular.groupId !== session.groupId) continue;
        const chance = unitHash(`${regular.residentId}|${session.key}`);
        if (chance >= regular.share) continue;
        rows.push({
          id: `example-${session.key}-${regular.residentId}`,
          occurrenceKey: session.key,
          groupId: session.groupId,
          date: session.originalDate,
          residentId: regular.residentId,
          // Between five minutes before the start and ten after it.
          at: session.startMs + Math.floor(unitHash(`at|${regular.residentId}|${session.key}`) * 15 - 5) * 60_000,
          method: withCode.has(regular.residentId) ? 'symbol+code' : 'symbol',
        });
      }
    }
  }
  return rows;
}

/** A number in [0, 1) that depends only on the text (FNV-1a): the history's dice, the same each time. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) / 2 ** 32;
}
