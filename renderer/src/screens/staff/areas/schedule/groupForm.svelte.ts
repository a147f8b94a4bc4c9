import type { LocalizedText } from '../../../../../../shared/locale';
import type { Group } from '../../../../../../shared/model';
import type { GroupDraft } from '../../../../db/repositories/schedule';
import { inStaffLanguage } from '../../../../lib/staff/auditWords';
import { Baseline } from '../../../../lib/staff/leaveGuard.svelte';
import { DEFAULT_GROUP_COLOUR, DEFAULT_PICTOGRAM, isGroupColour, isPictogramKey, type GroupColour, type PictogramKey } from '../../../../../../shared/wallKeys';
import {
  WEEKDAYS,
  choiceFor,
  ruleFor,
  startingChoice,
  type MonthWeek,
  type RecurrenceChoice,
  type RecurrenceKind,
  type Weekday,
} from '../../../../lib/staff/recurrenceChoice';
import type { MessageKey } from '../../../../lib/messageKey';

export const DEFAULT_START_TIME = '10:00';
export const DEFAULT_DURATION_MINUTES = 60;

/** The parts of the group form that can be wrong before saving, each with the locale key of why. */
export type GroupField = 'title' | 'facilitator' | 'days' | 'validUntil';

const copy = (text: LocalizedText): LocalizedText => ({ en: text.en, es: text.es });

/**
 * The group editor's values, bound to its fields. `draft()` checks what the repository cannot
 * know staff meant (a title, a facilitator, at least one day) and gives what `saveGroup` takes.
 */
export class GroupForm {
  readonly id: string | undefined;
  /** The English title when the editor opened, for its heading while the field changes. */
  readonly savedTitle: string;
  /** For a copy, the English title of the group it was copied from. */
  readonly copiedFrom: string | undefined;
  title = $state<LocalizedText>({ en: '', es: '' });
  description = $state<LocalizedText>({ en: '', es: '' });
  audience = $state<LocalizedText>({ en: '', es: '' });
  pictogram = $state<PictogramKey>(DEFAULT_PICTOGRAM);
  colour = $state<GroupColour>(DEFAULT_GROUP_COLOUR);
  room = $state('');
  facilitator = $state('');
  startTime = $state(DEFAULT_START_TIME);
  durationMinutes = $state(DEFAULT_DURATION_MINUTES);
  recurrence = $state.raw<RecurrenceChoice>({ kind: 'once' });
  validFrom = $state('');
  hasEnd = $state(false);
  validUntil = $state('');
  active = $state(true);
  problems = $state<Partial<Record<GroupField, MessageKey>>>({});
  readonly #baseline: Baseline;

  /**
   * A new group starts weekly, on the weekday of `today`. A copy is a new group with everything
   * the other one says, meeting from today (or from the other's first day, if that is later),
   * with no end date and on the wall; nothing is stored until staff save it.
   */
  constructor(today: string, group?: Group, use: 'edit' | 'copy' = 'edit') {
    const copying = group !== undefined && use === 'copy';
    this.id = copying ? undefined : group?.id;
    this.savedTitle = copying || !group ? '' : inStaffLanguage(group.title);
    this.copiedFrom = copying ? inStaffLanguage(group.title) : undefined;
    const validFrom = copying && group.validFrom < today ? today : group?.validFrom;
    this.validFrom = validFrom ?? today;
    this.validUntil = (copying ? undefined : group?.validUntil) ?? validFrom ?? today;
    this.hasEnd = !copying && group?.validUntil !== undefined;
    if (group) this.#fill(group);
    else this.recurrence = startingChoice('weekly', today);
    if (copying) this.active = true;
    this.#baseline = new Baseline(() => [
      this.title,
      this.description,
      this.audience,
      this.pictogram,
      this.colour,
      this.room,
      this.facilitator,
      this.startTime,
      this.durationMinutes,
      this.recurrence,
      this.validFrom,
      this.hasEnd,
      this.validUntil,
      this.active,
    ]);
  }

  /** Something differs from when the editor opened. */
  get changed(): boolean {
    return this.#baseline.changed;
  }

  #fill(group: Group) {
    this.title = copy(group.title);
    this.description = copy(group.description);
    this.audience = copy(group.audience);
    // A group from an older database may name a picture or colour Hearth does not have: the
    // editor offers the defaults the wall already shows, and saving stores them.
    this.pictogram = isPictogramKey(group.pictogram) ? group.pictogram : DEFAULT_PICTOGRAM;
    this.colour = isGroupColour(group.colour) ? group.colour : DEFAULT_GROUP_COLOUR;
    this.room = group.room;
    this.facilitator = group.facilitator;
    this.startTime = group.startTime;
    this.durationMinutes = group.durationMinutes;
    this.recurrence = choiceFor(group.rrule, group.validFrom);
    this.active = group.active;
  }

  get isNew(): boolean {
    return this.id === undefined;
  }

  get kind(): RecurrenceKind {
    return this.recurrence.kind;
  }

  setKind(kind: RecurrenceKind) {
    if (kind === this.recurrence.kind || kind === 'custom') return;
    this.recurrence = startingChoice(kind, this.validFrom);
  }

  setDays(days: Weekday[]) {
    if (this.recurrence.kind === 'weekly') this.recurrence = { ...this.recurrence, days: WEEKDAYS.filter((day) => days.includes(day)) };
  }

  setEveryWeeks(everyWeeks: number) {
    if (this.recurrence.kind === 'weekly') this.recurrence = { ...this.recurrence, everyWeeks };
  }

  setMonthly(change: { week?: MonthWeek; day?: Weekday }) {
    if (this.recurrence.kind === 'monthly') this.recurrence = { ...this.recurrence, ...change };
  }

  /** What `saveGroup` takes, or null with `problems` filled in. */
  draft(): GroupDraft | null {
    const problems: Partial<Record<GroupField, MessageKey>> = {};
    if (this.title.en.trim() === '') problems.title = 'admin:group.problems.title';
    if (this.facilitator.trim() === '') problems.facilitator = 'admin:group.problems.facilitator';
    if (this.recurrence.kind === 'weekly' && this.recurrence.days.length === 0) problems.days = 'admin:group.problems.days';
    const once = this.recurrence.kind === 'once';
    if (!once && this.hasEnd && this.validUntil < this.validFrom) problems.validUntil = 'admin:group.problems.validUntil';
    this.problems = problems;
    if (Object.keys(problems).length > 0) return null;

    const trim = (text: LocalizedText): LocalizedText => ({ en: text.en.trim(), es: text.es.trim() });
    return {
      ...(this.id === undefined ? {} : { id: this.id }),
      title: trim(this.title),
      description: trim(this.description),
      audience: trim(this.audience),
      pictogram: this.pictogram,
      colour: this.colour,
      room: this.room.trim(),
      facilitator: this.facilitator.trim(),
      startTime: this.startTime,
      durationMinutes: this.durationMinutes,
      rrule: ruleFor(this.recurrence),
      validFrom: this.validFrom,
      // A one-off meets on its one date: an end date means nothing for it.
      ...(!once && this.hasEnd ? { validUntil: this.validUntil } : {}),
      active: this.active,
    };
  }
}
