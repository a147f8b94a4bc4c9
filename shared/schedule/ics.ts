import ICAL from 'ical.js';
import * as v from 'valibot';
import type { LocalizedText } from '../locale';
import { GroupSchema, type Group, type OccurrenceException } from '../model';
import {
  DEFAULT_GROUP_COLOUR,
  DEFAULT_PICTOGRAM,
  isGroupColour,
  isPictogramKey,
  type GroupColour,
  type PictogramKey,
} from '../wallKeys';
import { MAX_GROUPS_PER_IMPORT } from './limits';
import { addDays, isoDate, localDateOf, localTimeOf, systemTimeZone, zonedEpochMs } from './localTime';
import { normalizeRecurrence, recurrenceDates, RecurrenceRuleError } from './recurrence';

/**
 * The schedule as an iCalendar (.ics) file, for staff to move it between Hearth and ordinary
 * calendars. Each group is one VEVENT with floating (local wall-clock) times, its RRULE, EXDATEs
 * for cancelled dates and a RECURRENCE-ID override for each moved one. What calendars have no
 * field for (Spanish text, pictogram, colour, facilitator, notes) travels in X-HEARTH-* properties.
 */

const PRODID = '-//Hearth//Schedule//EN';
const MAX_ICS_CHARS = 5_000_000;

export type IcsSkipReason = 'all-day' | 'no-start' | 'duration' | 'rule' | 'cancelled' | 'invalid' | 'no-series';

export interface IcsSkipped {
  summary: string;
  reason: IcsSkipReason;
  /** More detail in English, for the staff screen's "details" and for logs. */
  detail?: string;
}

/** A pictogram or colour the file names that Hearth does not have: the group imports with the default instead. */
export interface IcsFixed {
  groupId: string;
  summary: string;
  field: 'pictogram' | 'colour';
  /** What the file said, for the staff screen's details and for logs. */
  value: string;
}

export interface IcsImport {
  groups: Group[];
  exceptions: OccurrenceException[];
  /** Events that could not become groups, with why; the rest still import. */
  skipped: IcsSkipped[];
  /** Groups that import with a default pictogram or colour in place of one Hearth does not have. */
  fixed: IcsFixed[];
}

export type IcsErrorCode = 'too-large' | 'not-a-calendar' | 'no-events' | 'no-usable-events' | 'too-many-groups';

/** A file Hearth cannot import at all; `code` lets the staff screen say why in the house's language. */
export class IcsImportError extends Error {
  constructor(
    readonly code: IcsErrorCode,
    message: string,
    readonly skipped: IcsSkipped[] = [],
  ) {
    super(message);
    this.name = 'IcsImportError';
  }
}

export interface IcsImportOptions {
  /** The house's zone: times written in UTC or another zone are turned into its wall-clock time. */
  timeZone?: string;
  /** For rows the file gives no creation time. */
  now?: number;
  /** For events from other calendars, which have no pictogram or colour. */
  pictogram?: PictogramKey;
  colour?: GroupColour;
}

// ---------------------------------------------------------------- export

export function groupsToIcs(groups: readonly Group[], exceptions: readonly OccurrenceException[]): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', PRODID);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  // Each group's exceptions found once, not by a search through all of them for every group.
  const byGroup = new Map<string, OccurrenceException[]>();
  for (const exception of exceptions) {
    const own = byGroup.get(exception.groupId);
    if (own) own.push(exception);
    else byGroup.set(exception.groupId, [exception]);
  }
  for (const group of groups) {
    const own = byGroup.get(group.id) ?? [];
    calendar.addSubcomponent(seriesEvent(group, own));
    for (const move of own.filter((e) => e.kind === 'move')) calendar.addSubcomponent(movedEvent(group, move));
  }
  return calendar.toString();
}

function seriesEvent(group: Group, exceptions: readonly OccurrenceException[]): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', group.id);
  event.addPropertyWithValue('dtstamp', utcTime(group.updatedAt));
  event.addPropertyWithValue('created', utcTime(group.createdAt));
  event.addPropertyWithValue('last-modified', utcTime(group.updatedAt));
  // RFC 5545 counts DTSTART as an occurrence, so it is the first real one, not validFrom.
  event.addPropertyWithValue('dtstart', floatingTime(firstDate(group), group.startTime));
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(group.durationMinutes * 60));
  if (group.rrule.trim() !== '') event.addPropertyWithValue('rrule', ICAL.Recur.fromString(ruleWithUntil(group)));
  addText(event, 'summary', group.title.en);
  if (group.description.en) addText(event, 'description', group.description.en);
  if (group.room) addText(event, 'location', group.room);
  addText(event, 'x-hearth-valid-from', group.validFrom);
  addText(event, 'x-hearth-active', group.active ? 'TRUE' : 'FALSE');
  addText(event, 'x-hearth-pictogram', group.pictogram);
  addText(event, 'x-hearth-colour', group.colour);
  addText(event, 'x-hearth-facilitator', group.facilitator);
  addText(event, 'x-hearth-title-es', group.title.es);
  addText(event, 'x-hearth-description-es', group.description.es);
  addText(event, 'x-hearth-audience-en', group.audience.en);
  addText(event, 'x-hearth-audience-es', group.audience.es);
  for (const cancel of exceptions.filter((e) => e.kind === 'cancel')) {
    event.addPropertyWithValue('exdate', floatingTime(cancel.date, group.startTime));
    addText(event, 'x-hearth-cancel-note-en', cancel.note.en, cancel.date);
    addText(event, 'x-hearth-cancel-note-es', cancel.note.es, cancel.date);
  }
  return event;
}

function movedEvent(group: Group, move: OccurrenceException): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', group.id);
  event.addPropertyWithValue('dtstamp', utcTime(move.createdAt));
  event.addPropertyWithValue('recurrence-id', floatingTime(move.date, group.startTime));
  event.addPropertyWithValue('dtstart', floatingTime(move.newDate ?? move.date, move.newStartTime ?? group.startTime));
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(group.durationMinutes * 60));
  addText(event, 'summary', group.title.en);
  if (group.room) addText(event, 'location', group.room);
  addText(event, 'x-hearth-note-en', move.note.en);
  addText(event, 'x-hearth-note-es', move.note.es);
  return event;
}

/** validUntil becomes the rule's UNTIL (end of that day), unless the rule already ends itself. */
function ruleWithUntil(group: Group): string {
  const rule = normalizeRecurrence(group.rrule);
  if (!group.validUntil || /(^|;)(UNTIL|COUNT)=/.test(rule)) return rule;
  return `${rule};UNTIL=${group.validUntil.replaceAll('-', '')}T235959`;
}

function firstDate(group: Group): string {
  if (group.rrule.trim() === '') return group.validFrom;
  // Any rule Hearth accepts meets within four years (a monthly or yearly rule may skip a lot).
  return recurrenceDates(group, group.validFrom, addDays(group.validFrom, 4 * 366))[0] ?? group.validFrom;
}

function floatingTime(date: string, time: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

function utcTime(ms: number): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(Math.floor(ms / 1000) * 1000), true);
}

/** X- properties default to an unescaped type: mark them text so commas, semicolons and newlines survive. */
function addText(component: ICAL.Component, name: string, value: string, forDate?: string) {
  const property = new ICAL.Property(name);
  property.resetType('text');
  property.setValue(value);
  if (forDate) property.setParameter('x-hearth-date', forDate);
  component.addProperty(property);
}

// ---------------------------------------------------------------- import

/**
 * Reads an .ics file into groups and exceptions. Times are turned into the house's wall-clock
 * time; EXDATEs and cancelled overrides become cancellations, other overrides become moves. Events
 * Hearth cannot show (all-day, unsupported rules, odd durations) are listed in `skipped`.
 * Throws IcsImportError when the text is no calendar or has nothing Hearth can use.
 */
export function icsToGroups(text: string, options: IcsImportOptions = {}): IcsImport {
  const zone = options.timeZone ?? systemTimeZone();
  const now = options.now ?? Date.now();
  if (text.length > MAX_ICS_CHARS) throw new IcsImportError('too-large', 'The calendar file is too large.');
  const calendars = parseCalendars(text);
  const events = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  if (events.length === 0) throw new IcsImportError('no-events', 'The calendar has no events.');

  const skipped: IcsSkipped[] = [];
  const fixed: IcsFixed[] = [];
  const series = new Map<string, { master?: ICAL.Component; overrides: ICAL.Component[] }>();
  events.forEach((event, index) => {
    const uid = textOf(event, 'uid') || `event-${index + 1}`;
    const entry = series.get(uid) ?? { overrides: [] };
    if (event.hasProperty('recurrence-id')) entry.overrides.push(event);
    else entry.master ??= event;
    series.set(uid, entry);
  });
  const groupCount = [...series.values()].filter((entry) => entry.master).length;
  if (groupCount > MAX_GROUPS_PER_IMPORT) {
    throw new IcsImportError('too-many-groups', `The calendar has ${groupCount} groups; at most ${MAX_GROUPS_PER_IMPORT} can be imported at once.`);
  }

  const groups: Group[] = [];
  const exceptions: OccurrenceException[] = [];
  for (const [uid, { master, overrides }] of series) {
    if (!master) {
      skipped.push({ summary: textOf(overrides[0], 'summary'), reason: 'no-series', detail: `No main event for UID ${uid}.` });
      continue;
    }
    const result = readSeries(uid, master, overrides, zone, now, options);
    if ('skipped' in result) skipped.push(result.skipped);
    else {
      groups.push(result.group);
      exceptions.push(...result.exceptions);
      fixed.push(...result.fixed);
    }
  }
  if (groups.length === 0) throw new IcsImportError('no-usable-events', 'No event in the calendar can become a group.', skipped);
  return { groups, exceptions, skipped, fixed };
}

function parseCalendars(text: string): ICAL.Component[] {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw new IcsImportError('not-a-calendar', `This is not a calendar file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const roots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  const calendars = roots
    .filter((root): root is unknown[] => Array.isArray(root) && root[0] === 'vcalendar')
    .map((root) => new ICAL.Component(root));
  if (calendars.length === 0) throw new IcsImportError('not-a-calendar', 'This is not a calendar file: it has no VCALENDAR.');
  return calendars;
}

type SeriesResult = { group: Group; exceptions: OccurrenceException[]; fixed: IcsFixed[] } | { skipped: IcsSkipped };

function readSeries(
  uid: string,
  master: ICAL.Component,
  overrides: ICAL.Component[],
  zone: string,
  now: number,
  options: IcsImportOptions,
): SeriesResult {
  const summary = textOf(master, 'summary');
  const skip = (reason: IcsSkipReason, detail?: string): SeriesResult => ({ skipped: { summary, reason, ...(detail ? { detail } : {}) } });
  try {
    if (textOf(master, 'status').toUpperCase() === 'CANCELLED') return skip('cancelled');
    const start = master.getFirstProperty('dtstart');
    const startTime = start?.getFirstValue();
    if (!start || !(startTime instanceof ICAL.Time)) return skip('no-start');
    if (startTime.isDate) return skip('all-day', 'All-day events have no time on the wall.');
    const startMs = instantOf(start, startTime, zone);
    const durationMinutes = durationOf(master, startMs, zone);
    if (durationMinutes === null || durationMinutes < 5 || durationMinutes > 720) {
      return skip('duration', 'A group lasts from 5 minutes to 12 hours.');
    }
    if (master.getAllProperties('rrule').length > 1 || master.hasProperty('rdate')) {
      return skip('rule', 'Only one RRULE per event is supported, and no RDATE.');
    }
    const { rrule, validUntil } = readRule(master, zone);

    const id = safeId(uid);
    const fixed: IcsFixed[] = [];
    const keyOf = <K extends string>(field: IcsFixed['field'], isKey: (key: unknown) => key is K, fallback: K): K => {
      const value = textOf(master, `x-hearth-${field}`);
      if (value === '') return fallback;
      if (isKey(value)) return value;
      fixed.push({ groupId: id, summary, field, value });
      return fallback;
    };
    const localStart = localTimeOf(startMs, zone);
    const group: Group = {
      id,
      title: { en: summary, es: textOf(master, 'x-hearth-title-es') },
      description: { en: textOf(master, 'description'), es: textOf(master, 'x-hearth-description-es') },
      audience: { en: textOf(master, 'x-hearth-audience-en'), es: textOf(master, 'x-hearth-audience-es') },
      pictogram: keyOf('pictogram', isPictogramKey, options.pictogram ?? DEFAULT_PICTOGRAM),
      colour: keyOf('colour', isGroupColour, options.colour ?? DEFAULT_GROUP_COLOUR),
      room: textOf(master, 'location'),
      facilitator: textOf(master, 'x-hearth-facilitator'),
      startTime: localStart,
      durationMinutes,
      rrule,
      validFrom: textOf(master, 'x-hearth-valid-from') || localDateOf(startMs, zone),
      ...(validUntil ? { validUntil } : {}),
      active: textOf(master, 'x-hearth-active').toUpperCase() !== 'FALSE',
      createdAt: utcMs(master, 'created') ?? now,
      updatedAt: utcMs(master, 'last-modified') ?? utcMs(master, 'dtstamp') ?? now,
    };
    const checked = v.safeParse(GroupSchema, group);
    if (!checked.success) return skip('invalid', checked.issues.map((i) => i.message).join('; '));

    const exceptions = [
      ...cancelledDates(master, zone).map((date) => exception(id, date, 'cancel', cancelNote(master, date), now)),
      ...overrides.map((override) => readOverride(id, group, override, zone, now)).filter((e) => e !== null),
    ];
    return { group: checked.output, exceptions, fixed };
  } catch (error) {
    if (error instanceof RecurrenceRuleError) return skip('rule', error.reason);
    return skip('invalid', error instanceof Error ? error.message : String(error));
  }
}

function readOverride(groupId: string, group: Group, override: ICAL.Component, zone: string, now: number): OccurrenceException | null {
  const recurrenceId = override.getFirstProperty('recurrence-id');
  const originalTime = recurrenceId?.getFirstValue();
  if (!recurrenceId || !(originalTime instanceof ICAL.Time)) return null;
  const date = localDateOf(instantOf(recurrenceId, originalTime, zone), zone);
  const note = { en: textOf(override, 'x-hearth-note-en'), es: textOf(override, 'x-hearth-note-es') };
  if (textOf(override, 'status').toUpperCase() === 'CANCELLED') return exception(groupId, date, 'cancel', note, now);
  const start = override.getFirstProperty('dtstart');
  const startTime = start?.getFirstValue();
  if (!start || !(startTime instanceof ICAL.Time) || startTime.isDate) return null;
  const startMs = instantOf(start, startTime, zone);
  const newDate = localDateOf(startMs, zone);
  const newStartTime = localTimeOf(startMs, zone);
  return {
    ...exception(groupId, date, 'move', note, utcMs(override, 'dtstamp') ?? now),
    ...(newDate !== date ? { newDate } : {}),
    ...(newStartTime !== group.startTime ? { newStartTime } : {}),
  };
}

function exception(groupId: string, date: string, kind: 'cancel' | 'move', note: LocalizedText, createdAt: number): OccurrenceException {
  return { id: safeId(`${groupId}@${date}`), groupId, date, kind, note, createdAt };
}

/** The rule without UNTIL, which becomes validUntil (as a local date). */
function readRule(master: ICAL.Component, zone: string): { rrule: string; validUntil?: string } {
  const recur = master.getFirstPropertyValue('rrule');
  if (!(recur instanceof ICAL.Recur)) return { rrule: '' };
  const until = recur.until;
  const withoutUntil = recur.clone();
  withoutUntil.until = null;
  const rrule = normalizeRecurrence(withoutUntil.toString());
  if (!until) return { rrule };
  // A floating or all-day UNTIL is already a local date; a UTC one is turned into the house's.
  const validUntil = isUtc(until) ? localDateOf(Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute), zone) : dateOf(until);
  return { rrule, validUntil };
}

function cancelledDates(master: ICAL.Component, zone: string): string[] {
  const dates = master.getAllProperties('exdate').flatMap((property) =>
    property
      .getValues()
      .filter((value): value is ICAL.Time => value instanceof ICAL.Time)
      .map((time) => (time.isDate ? dateOf(time) : localDateOf(instantOf(property, time, zone), zone))),
  );
  return [...new Set(dates)];
}

function cancelNote(master: ICAL.Component, date: string): LocalizedText {
  const noteFor = (name: string) =>
    master.getAllProperties(name).find((p) => p.getFirstParameter('x-hearth-date') === date)?.getFirstValue();
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { en: text(noteFor('x-hearth-cancel-note-en')), es: text(noteFor('x-hearth-cancel-note-es')) };
}

function durationOf(event: ICAL.Component, startMs: number, zone: string): number | null {
  const duration = event.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) return Math.round(duration.toSeconds() / 60);
  const end = event.getFirstProperty('dtend');
  const endTime = end?.getFirstValue();
  if (!end || !(endTime instanceof ICAL.Time) || endTime.isDate) return null;
  return Math.round((instantOf(end, endTime, zone) - startMs) / 60_000);
}

/**
 * The instant a DATE-TIME names: UTC as written, a known TZID through Intl, and floating times
 * (or zones Intl does not know, such as Windows names) as the house's own wall-clock time.
 */
function instantOf(property: ICAL.Property, time: ICAL.Time, houseZone: string): number {
  if (isUtc(time)) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
  const tzid = property.getFirstParameter('tzid');
  return zonedEpochMs(dateOf(time), timeOf(time), typeof tzid === 'string' && knownZone(tzid) ? tzid : houseZone);
}

function isUtc(time: ICAL.Time): boolean {
  return time.zone?.tzid === 'UTC';
}

function knownZone(tzid: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tzid });
    return true;
  } catch {
    return false;
  }
}

const two = (n: number) => String(n).padStart(2, '0');
const dateOf = (time: ICAL.Time) => isoDate(time.year, time.month, time.day);
const timeOf = (time: ICAL.Time) => `${two(time.hour)}:${two(time.minute)}`;

function textOf(component: ICAL.Component | undefined, name: string): string {
  const value = component?.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A time stamp (DTSTAMP, CREATED, LAST-MODIFIED) as epoch ms; none when absent or before 1970,
 * which only a damaged file has: the caller's `now` stands in, as for a file with no stamp.
 */
function utcMs(component: ICAL.Component, name: string): number | undefined {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) return undefined;
  const ms = value.toJSDate().getTime();
  return Number.isSafeInteger(ms) && ms >= 0 ? ms : undefined;
}

/**
 * Ids are at most 64 characters; other calendars' UIDs can be longer. A long one is hashed, so
 * importing the same file twice gives the same ids (and updates rather than duplicates).
 */
function safeId(text: string): string {
  if (text.length > 0 && text.length <= 64) return text;
  // FNV-1a, twice with different seeds: plenty to keep one house's events apart.
  const hash = (seed: number) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `ics-${hash(0x811c9dc5)}${hash(0x01000193)}`;
}
