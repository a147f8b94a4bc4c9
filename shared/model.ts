import * as v from 'valibot';
import { LocalizedTextSchema } from './locale';
import { DEFAULT_RESIDENT_COLOUR, GROUP_COLOURS, PICTOGRAM_KEYS, RESIDENT_COLOURS, SYMBOL_KEYS } from './wallKeys';

/**
 * The rows Hearth keeps in the renderer's database, as schemas: the database's types are
 * inferred from them and backup restore validates with them.
 */
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const isoDate = v.pipe(v.string(), v.isoDate());
const hhmm = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0));
const shortText = v.pipe(v.string(), v.maxLength(200));

export const GroupSchema = v.object({
  id,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Who the group is for, in plain words. */
  audience: LocalizedTextSchema,
  /** Key of a pictogram in the renderer's set: a closed list, since the key indexes a drawing table. */
  pictogram: v.picklist(PICTOGRAM_KEYS),
  /** Name of a colour token in the renderer's palette. */
  colour: v.picklist(GROUP_COLOURS),
  room: shortText,
  facilitator: shortText,
  /** Local wall-clock start, HH:MM. */
  startTime: hhmm,
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(720)),
  /** RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=MO,WE. Empty for a one-off on validFrom. */
  rrule: v.pipe(v.string(), v.maxLength(500)),
  validFrom: isoDate,
  validUntil: v.optional(isoDate),
  active: v.boolean(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Group = v.InferOutput<typeof GroupSchema>;

export const OccurrenceExceptionSchema = v.object({
  id,
  groupId: id,
  /** The date the occurrence was originally on. */
  date: isoDate,
  kind: v.picklist(['cancel', 'move']),
  newDate: v.optional(isoDate),
  newStartTime: v.optional(hhmm),
  note: LocalizedTextSchema,
  createdAt: epochMs,
});
export type OccurrenceException = v.InferOutput<typeof OccurrenceExceptionSchema>;

/**
 * The PBKDF2 iteration counts Hearth writes for a resident's personal code. A hash read from a
 * backup must use one of them: a made-up count (millions) would stall the wall at every tap-in.
 */
export const PERSONAL_CODE_ITERATION_COUNTS = [100_000] as const;
export const PersonalCodeHashSchema = v.union([
  v.pipe(
    v.string(),
    v.regex(/^pbkdf2\$\d{1,7}\$[0-9a-f]{32}\$[0-9a-f]{64}$/, 'pbkdf2$<iterations>$<salt>$<hash>'),
    v.check((text) => (PERSONAL_CODE_ITERATION_COUNTS as readonly number[]).includes(Number(text.split('$')[1])), 'an iteration count Hearth uses'),
  ),
  // The first database's `salt:hash` form: kept so its rows stay valid; it carries no cost to check and never matches.
  v.pipe(v.string(), v.regex(/^[0-9a-f]{16,64}:[0-9a-f]{32,128}$/, 'salt:hash')),
]);

export const ResidentSchema = v.object({
  id,
  /** Key of the resident's personal symbol; with `colour`, unique in the house. */
  symbol: v.picklist(SYMBOL_KEYS),
  /** The symbol's colour. A row from before colours (an older database or file) has the default. */
  colour: v.optional(v.picklist(RESIDENT_COLOURS), DEFAULT_RESIDENT_COLOUR),
  /** Shown only in staff mode, never on the wall. */
  name: shortText,
  /** Hash of the optional 4-digit code as personalCode.ts writes it: only the iteration counts Hearth uses. */
  codeHash: v.optional(PersonalCodeHashSchema),
  active: v.boolean(),
  createdAt: epochMs,
});
export type Resident = v.InferOutput<typeof ResidentSchema>;

export const AttendanceSchema = v.object({
  id,
  /** `${groupId}@${date}` of the occurrence (its original date). */
  occurrenceKey: v.pipe(v.string(), v.maxLength(200)),
  groupId: id,
  date: isoDate,
  /** Absent for a headcount-only tap-in: nobody is identified. */
  residentId: v.optional(id),
  at: epochMs,
  method: v.picklist(['symbol', 'symbol+code', 'headcount', 'staff']),
});
export type Attendance = v.InferOutput<typeof AttendanceSchema>;

export const BoardSchema = v.object({
  id,
  title: LocalizedTextSchema,
  prompt: LocalizedTextSchema,
  order: v.pipe(v.number(), v.integer()),
  active: v.boolean(),
  /** The board's picture and colour on the wall; its share cards carry them. A board without shows the defaults. */
  pictogram: v.optional(v.picklist(PICTOGRAM_KEYS)),
  colour: v.optional(v.picklist(GROUP_COLOURS)),
});
export type Board = v.InferOutput<typeof BoardSchema>;

export const HOLD_REASONS = ['crisis', 'personal-data', 'resident-name', 'slur', 'pre-moderation', 'flagged', 'watch-word'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export const ShareSchema = v.object({
  id,
  boardId: id,
  text: v.pipe(v.string(), v.maxLength(2000)),
  createdAt: epochMs,
  expiresAt: epochMs,
  status: v.picklist(['published', 'held', 'hidden', 'removed']),
  holdReasons: v.array(v.picklist(HOLD_REASONS)),
  relates: v.pipe(v.number(), v.integer(), v.minValue(0)),
  flags: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Share = v.InferOutput<typeof ShareSchema>;

export const ReviewItemSchema = v.object({
  id,
  kind: v.picklist(['share', 'quiet-request']),
  shareId: v.optional(id),
  /** 0 = urgent (a crisis, or a person asking for someone now), first in the queue; larger numbers later. */
  priority: v.pipe(v.number(), v.integer(), v.minValue(0)),
  state: v.picklist(['open', 'done']),
  createdAt: epochMs,
  resolvedAt: v.optional(epochMs),
  resolvedBy: v.optional(shortText),
  outcome: v.optional(shortText),
  /** The alert main raised for an urgent quiet request: acknowledging the request clears it. */
  alertId: v.optional(id),
});
export type ReviewItem = v.InferOutput<typeof ReviewItemSchema>;

export const AuditEntrySchema = v.object({
  id,
  at: epochMs,
  staffId: shortText,
  staffName: shortText,
  action: shortText,
  detail: v.pipe(v.string(), v.maxLength(2000)),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;
