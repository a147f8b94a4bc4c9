import * as v from 'valibot';
import {
  BoardSchema,
  GroupSchema,
  OccurrenceExceptionSchema,
  ResidentSchema,
  ShareSchema,
} from '../../../../shared/model';
import { addDays, localDateOf } from '../../../../shared/schedule/localTime';
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

const ExampleHouseSchema = v.object({
  groups: v.optional(v.array(GroupSchema), []),
  exceptions: v.optional(v.array(v.union([OccurrenceExceptionSchema, ExampleExceptionSchema])), []),
  residents: v.optional(v.array(ResidentSchema), []),
  boards: v.optional(v.array(BoardSchema), []),
  shares: v.optional(v.array(ExampleShareSchema), []),
});

/**
 * Fills an empty database with the example house. Does nothing when the house already has
 * groups or boards, so it can never overwrite a real house.
 */
export async function loadExampleHouse(db: AppDB, data: unknown, retentionDays: number, now = Date.now()): Promise<boolean> {
  const house = v.parse(ExampleHouseSchema, data);
  return db.transaction('rw', [db.groups, db.exceptions, db.residents, db.boards, db.shares], async () => {
    if ((await db.groups.count()) > 0 || (await db.boards.count()) > 0) return false;
    await db.groups.bulkPut(house.groups);
    const today = localDateOf(now);
    await db.exceptions.bulkPut(
      house.exceptions.map((exception) => {
        if (!('dayOffset' in exception)) return exception;
        const { dayOffset, newDayOffset, ...rest } = exception;
        const newDate = newDayOffset === undefined ? {} : { newDate: addDays(today, newDayOffset) };
        return { ...rest, ...newDate, date: addDays(today, dayOffset), createdAt: now };
      }),
    );
    await db.residents.bulkPut(house.residents);
    await db.boards.bulkPut(house.boards);
    await db.shares.bulkPut(
      house.shares.map(({ ageHours, ...share }) => {
        const createdAt = Math.round(now - ageHours * 3_600_000);
        return { ...share, createdAt, expiresAt: createdAt + retentionDays * DAY_MS };
      }),
    );
    return true;
  });
}
