import * as v from 'valibot';
import type { LocalizedText } from '../../../../shared/locale';
import { GroupSchema, type Group, type OccurrenceException } from '../../../../shared/model';
import type { IcsImport } from '../../../../shared/schedule/ics';
import { localDateOf, parseHhmm, parseIsoDate } from '../../../../shared/schedule/localTime';
import { occurrenceKey as occurrenceKeyOf, parseOccurrenceKey, type Occurrence } from '../../../../shared/schedule/occurrence';
import { datesAsked, sessionOf, sessionsBetween } from '../../../../shared/schedule/sessions';
import type { AppDB } from '../AppDB';
import { db } from '../db';
import { SavedRuleDates } from '../savedRuleDates';

/** A group as the schedule screen edits it: a new one has no id yet, and the times are kept here. */
export type GroupDraft = Omit<Group, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export interface ScheduleRepositoryOptions {
  /** The house's zone; by default the runtime's own. Tests pass one explicitly. */
  timeZone?: string;
  now?: () => number;
  /** Where the rules' dates are kept between starts (savedRuleDates.ts); none: ical.js expands every read. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/** No session with this key exists (the group is gone or retired, or its rule does not fall on that date). */
export class NoSuchOccurrenceError extends Error {
  constructor(readonly key: string) {
    super(`There is no session "${key}".`);
    this.name = 'NoSuchOccurrenceError';
  }
}

/**
 * The schedule in the database: groups and their exceptions. Reading gives occurrences (the
 * sessions the wall and tap-in show); writing is for staff. Every read is plain Dexie reads of the
 * two tables, so a `liveQuery` over any of them follows staff edits. The rules' dates come from
 * `SavedRuleDates`: ical.js loads only when they are not saved already.
 */
export class ScheduleRepository {
  readonly #db: AppDB;
  readonly #timeZone: string | undefined;
  readonly #now: () => number;
  readonly #dates: SavedRuleDates;

  constructor(database: AppDB, options: ScheduleRepositoryOptions = {}) {
    this.#db = database;
    this.#timeZone = options.timeZone;
    this.#now = options.now ?? (() => Date.now());
    this.#dates = new SavedRuleDates({ storage: options.storage, today: () => localDateOf(this.#now(), this.#timeZone) });
  }

  /** One day's sessions (YYYY-MM-DD, local), exceptions applied, sorted. */
  async occurrencesForDay(day: string): Promise<Occurrence[]> {
    return (await this.occurrencesBetween(day, day)).get(day) ?? [];
  }

  /** Each day's sessions from `from` to `to` inclusive, keyed by day: one read, one expansion per group. */
  async occurrencesBetween(from: string, to: string): Promise<Map<string, Occurrence[]>> {
    parseIsoDate(from);
    parseIsoDate(to);
    const { groups, exceptions } = this.#db;
    const [allGroups, onDays, movedHere] = await this.#db.transaction('r', [groups, exceptions], () =>
      Promise.all([
        groups.toArray(),
        exceptions.where('date').between(from, to, true, true).toArray(),
        exceptions.where('newDate').between(from, to, true, true).toArray(),
      ]),
    );
    const spanExceptions = [...onDays, ...movedHere];
    const asked = datesAsked(from, to, spanExceptions);
    const datesOf = await this.#dates.datesFor(allGroups, asked.from, asked.to, { from, to });
    return sessionsBetween(from, to, allGroups, spanExceptions, datesOf, this.#timeZone);
  }

  /** The session a key names (`groupId@originalDate`), wherever it was moved; undefined if there is none. */
  async findOccurrence(key: string): Promise<Occurrence | undefined> {
    const parsed = parseOccurrenceKey(key);
    if (!parsed) return undefined;
    const { groups, exceptions } = this.#db;
    const [group, exception] = await this.#db.transaction('r', [groups, exceptions], () =>
      Promise.all([groups.get(parsed.groupId), this.#exceptionFor(parsed.groupId, parsed.originalDate)]),
    );
    if (!group) return undefined;
    const datesOf = await this.#dates.datesFor([group], parsed.originalDate, parsed.originalDate);
    return sessionOf(group, parsed.originalDate, exception, datesOf, this.#timeZone);
  }

  /** Every group, retired ones last; within each, by start time, then title. */
  async listGroups(): Promise<Group[]> {
    const all = await this.#db.groups.toArray();
    return all.sort(
      (a, b) => Number(b.active) - Number(a.active) || a.startTime.localeCompare(b.startTime) || a.title.en.localeCompare(b.title.en),
    );
  }

  /** The cancellations and moves of one group, by original date. */
  async listExceptions(groupId: string): Promise<OccurrenceException[]> {
    return this.#db.exceptions.where('groupId').equals(groupId).sortBy('date');
  }

  /**
   * Creates or updates a group. The rule is checked (RecurrenceRuleError) and stored in one
   * spelling; the row is checked against the schema (valibot's ValiError) before anything is written.
   */
  async saveGroup(draft: GroupDraft): Promise<Group> {
    const now = this.#now();
    const { normalizeRecurrence } = await this.#dates.recurrence();
    const rrule = normalizeRecurrence(draft.rrule);
    if (draft.validUntil !== undefined && draft.validUntil < draft.validFrom) {
      throw new RangeError('A group cannot end before it starts (validUntil is before validFrom).');
    }
    return this.#db.transaction('rw', this.#db.groups, async () => {
      const existing = draft.id === undefined ? undefined : await this.#db.groups.get(draft.id);
      const { validUntil, ...rest } = draft;
      const group = v.parse(GroupSchema, {
        ...rest,
        ...(validUntil === undefined ? {} : { validUntil }),
        id: draft.id ?? crypto.randomUUID(),
        rrule,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      await this.#db.groups.put(group);
      return group;
    });
  }

  /** Retires a group: it leaves the wall, but stays for the attendance records. False if there is no such group. */
  async retireGroup(id: string): Promise<boolean> {
    const changed = await this.#db.groups.update(id, { active: false, updatedAt: this.#now() });
    return changed === 1;
  }

  /** Cancels one session, with a short note for the wall. Replaces an earlier move of it. */
  async cancelOccurrence(key: string, note: LocalizedText): Promise<OccurrenceException> {
    return this.#writeException(key, () => ({ kind: 'cancel', note }));
  }

  /** Moves one session to another date and/or time, with a short note for the wall. */
  async moveOccurrence(key: string, newDate: string, newStartTime: string, note: LocalizedText): Promise<OccurrenceException> {
    parseIsoDate(newDate);
    parseHhmm(newStartTime);
    return this.#writeException(key, (group, originalDate) => ({
      kind: 'move',
      note,
      // Stored only where they differ, so "moved to 15:00 the same day" reads as just that.
      ...(newDate !== originalDate ? { newDate } : {}),
      ...(newStartTime !== group.startTime ? { newStartTime } : {}),
    }));
  }

  /** Undoes a cancel or move: the session is back as the rule gives it. False if it had none. */
  async restoreOccurrence(key: string): Promise<boolean> {
    const parsed = parseOccurrenceKey(key);
    if (!parsed) return false;
    return this.#db.transaction('rw', this.#db.exceptions, async () => {
      const exception = await this.#exceptionFor(parsed.groupId, parsed.originalDate);
      if (!exception) return false;
      await this.#db.exceptions.delete(exception.id);
      return true;
    });
  }

  /** The whole schedule as an .ics file. The .ics code loads on first use: only staff mode needs it. */
  async exportIcs(): Promise<string> {
    const { groupsToIcs } = await import('../../../../shared/schedule/ics');
    const { groups, exceptions } = this.#db;
    return this.#db.transaction('r', [groups, exceptions], async () => groupsToIcs(await groups.toArray(), await exceptions.toArray()));
  }

  /**
   * Reads an .ics file and writes its groups and exceptions (same id: replaced). Throws
   * IcsImportError, writing nothing, when the file is unusable; `skipped` lists events left out.
   */
  async importIcs(text: string): Promise<IcsImport> {
    const { icsToGroups } = await import('../../../../shared/schedule/ics');
    const imported = icsToGroups(text, { now: this.#now(), ...(this.#timeZone ? { timeZone: this.#timeZone } : {}) });
    await this.writeIcsImport(imported);
    return imported;
  }

  /** Writes an .ics file already read (staff mode reads it in a worker): its groups and exceptions, same id replaced. */
  async writeIcsImport(imported: IcsImport): Promise<void> {
    const { groups, exceptions } = this.#db;
    await this.#db.transaction('rw', [groups, exceptions], async () => {
      await groups.bulkPut(imported.groups);
      // One exception per session: an imported one replaces what was there for that date. The
      // imported groups' exceptions are read in one query, not one query per exception.
      const incoming = new Set(imported.exceptions.map((e) => occurrenceKeyOf(e.groupId, e.date)));
      const groupIds = [...new Set(imported.exceptions.map((e) => e.groupId))];
      const existing = groupIds.length === 0 ? [] : await exceptions.where('groupId').anyOf(groupIds).toArray();
      await exceptions.bulkDelete(existing.filter((e) => incoming.has(occurrenceKeyOf(e.groupId, e.date))).map((e) => e.id));
      await exceptions.bulkPut(imported.exceptions);
    });
  }

  #exceptionFor(groupId: string, date: string): Promise<OccurrenceException | undefined> {
    return this.#db.exceptions.where('[groupId+date]').equals([groupId, date]).first();
  }

  async #writeException(
    key: string,
    change: (group: Group, originalDate: string) => Pick<OccurrenceException, 'kind' | 'note' | 'newDate' | 'newStartTime'>,
  ): Promise<OccurrenceException> {
    const parsed = parseOccurrenceKey(key);
    if (!parsed) throw new NoSuchOccurrenceError(key);
    const { groups, exceptions } = this.#db;
    // Loaded before the transaction: awaiting anything but the database inside it would end it.
    const { recurrenceDates } = await this.#dates.recurrence();
    return this.#db.transaction('rw', [groups, exceptions], async () => {
      const group = await groups.get(parsed.groupId);
      // Checked against the rule itself: an exception for a date the group does not meet on would do nothing.
      if (!group || !sessionOf(group, parsed.originalDate, undefined, recurrenceDates, this.#timeZone)) throw new NoSuchOccurrenceError(key);
      const existing = await this.#exceptionFor(parsed.groupId, parsed.originalDate);
      const exception: OccurrenceException = {
        id: existing?.id ?? crypto.randomUUID(),
        groupId: parsed.groupId,
        date: parsed.originalDate,
        createdAt: this.#now(),
        ...change(group, parsed.originalDate),
      };
      await exceptions.put(exception);
      return exception;
    });
  }
}

/** The app's schedule, on the app's database. */
export const schedule = new ScheduleRepository(db, { storage: globalThis.localStorage });

export const occurrencesForDay = (day: string) => schedule.occurrencesForDay(day);
export const occurrencesBetweenDays = (from: string, to: string) => schedule.occurrencesBetween(from, to);
export const findOccurrence = (key: string) => schedule.findOccurrence(key);
export const listGroups = () => schedule.listGroups();
export const listExceptions = (groupId: string) => schedule.listExceptions(groupId);
export const saveGroup = (draft: GroupDraft) => schedule.saveGroup(draft);
export const retireGroup = (id: string) => schedule.retireGroup(id);
export const cancelOccurrence = (key: string, note: LocalizedText) => schedule.cancelOccurrence(key, note);
export const moveOccurrence = (key: string, newDate: string, newStartTime: string, note: LocalizedText) =>
  schedule.moveOccurrence(key, newDate, newStartTime, note);
export const restoreOccurrence = (key: string) => schedule.restoreOccurrence(key);
export const exportIcs = () => schedule.exportIcs();
export const importIcs = (text: string) => schedule.importIcs(text);
export const writeIcsImport = (imported: IcsImport) => schedule.writeIcsImport(imported);
