import * as v from 'valibot';
import { LocaleSchema, type Locale } from '../../../shared/locale';
import { localDateOf, zonedEpochMs } from '../../../shared/schedule/localTime';

/**
 * Session times and dates through Intl in the wall's language; formatters are cached per language.
 *
 * The first formatter a page builds costs tens of milliseconds while ICU loads its data, and the
 * home screen's first frame at start would wait for it. So the saved copy of the home screen
 * (startView) also keeps how Intl wrote that screen: the clock's pattern, today's date and the
 * sessions' times (see `formatsToSave`). At start those are used (`useSavedFormats`) and the
 * formatters are built once the wall is idle (`warmFormatters`). Every text still comes from Intl,
 * only some of it from an earlier run.
 */
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const timeFormatters = new Map<Locale, Intl.DateTimeFormat>();
const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();
const weekdayFormatters = new Map<Locale, Intl.DateTimeFormat>();
const dayMonthFormatters = new Map<Locale, Intl.DateTimeFormat>();

function cached(map: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions) {
  let formatter = map.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    map.set(locale, formatter);
  }
  return formatter;
}

const ShortText = v.pipe(v.string(), v.maxLength(200));

/** How Intl writes a clock time in one language, learnt from two samples (see `learnClockPattern`). */
const ClockPatternSchema = v.object({
  /** The fields to fill in, in order, and the text between them. */
  parts: v.pipe(
    v.array(v.union([v.object({ type: v.picklist(['hour', 'minute', 'dayPeriod']) }), v.object({ type: v.literal('literal'), value: ShortText })])),
    v.maxLength(20),
  ),
  hourCycle: v.picklist(['h11', 'h12', 'h23', 'h24']),
  twoDigitHour: v.boolean(),
  am: ShortText,
  pm: ShortText,
});
type ClockPattern = v.InferOutput<typeof ClockPatternSchema>;

/** What the home screen's first frame needs in one language, all written by Intl in an earlier run; kept with the saved copy (startView). */
export const SavedFormatsSchema = v.object({
  locale: LocaleSchema,
  clock: v.optional(ClockPatternSchema),
  date: v.object({ day: v.pipe(v.string(), v.isoDate()), text: ShortText }),
  /** Sessions' times as Intl wrote them, with the zone offsets at both ends then: a moved zone makes one stale. */
  ranges: v.array(v.object({ startMs: v.number(), endMs: v.number(), text: ShortText, offsets: v.tuple([v.number(), v.number()]) })),
});
export type SavedFormats = v.InferOutput<typeof SavedFormatsSchema>;

const clockPatterns = new Map<Locale, ClockPattern>();
const savedDates = new Map<string, string>();
const savedRanges = new Map<string, string>();
const rangeKey = (locale: Locale, startMs: number, endMs: number) => `${locale}|${startMs}|${endMs}`;

const offsetAt = (ms: number) => new Date(ms).getTimezoneOffset();

function writeClock(pattern: ClockPattern, ms: number | Date): string {
  const date = new Date(ms);
  const hours = date.getHours();
  const hour = {
    h11: hours % 12,
    h12: hours % 12 || 12,
    h23: hours,
    h24: hours || 24,
  }[pattern.hourCycle];
  const fields = {
    hour: pattern.twoDigitHour ? String(hour).padStart(2, '0') : String(hour),
    minute: String(date.getMinutes()).padStart(2, '0'),
    dayPeriod: hours < 12 ? pattern.am : pattern.pm,
  };
  return pattern.parts.map((part) => (part.type === 'literal' ? part.value : fields[part.type])).join('');
}

/**
 * How the formatter writes clock times, from 1:07 and 13:07 on one day: which fields, in which
 * order, with what between them, and the words for morning and afternoon. The text is taken from
 * `format` itself, whose spaces can differ from `formatToParts`'s (V8 writes U+202F as a plain
 * space there). Undefined when the answer holds anything else (other digits than 0–9, another
 * field), or when writing the samples back from the pattern does not give exactly what Intl wrote.
 */
export function learnClockPattern(formatter: Intl.DateTimeFormat): ClockPattern | undefined {
  const samples = [new Date(2024, 0, 8, 1, 7), new Date(2024, 0, 8, 13, 7)];
  const [morning, afternoon] = samples.map((sample) => {
    const text = formatter.format(sample);
    let at = 0;
    const parts = formatter.formatToParts(sample).map((part) => {
      const value = text.slice(at, (at += part.value.length));
      return { type: part.type, value };
    });
    return at === text.length ? parts : [];
  });
  if (!morning?.length || !afternoon || morning.length !== afternoon.length) return undefined;
  const parts: ClockPattern['parts'] = [];
  for (const [index, part] of afternoon.entries()) {
    if (morning[index]?.type !== part.type) return undefined;
    if (part.type === 'literal') parts.push({ type: 'literal', value: part.value });
    else if (part.type === 'hour' || part.type === 'minute' || part.type === 'dayPeriod') parts.push({ type: part.type });
    else return undefined;
  }
  const valueOf = (list: { type: string; value: string }[], type: string) => list.find((part) => part.type === type)?.value ?? '';
  const hourCycle = formatter.resolvedOptions().hourCycle;
  if (!hourCycle) return undefined;
  const pattern: ClockPattern = {
    parts,
    hourCycle,
    twoDigitHour: valueOf(morning, 'hour').length === 2,
    am: valueOf(morning, 'dayPeriod'),
    pm: valueOf(afternoon, 'dayPeriod'),
  };
  return samples.every((sample) => writeClock(pattern, sample) === formatter.format(sample)) ? pattern : undefined;
}

/** "9:30 AM" / "9:30". */
export function clockTime(locale: Locale, ms: number | Date): string {
  const pattern = clockPatterns.get(locale);
  return pattern ? writeClock(pattern, ms) : cached(timeFormatters, locale, TIME).format(ms);
}

/** "9:30 – 10:00 AM" / "9:30–10:00". */
export function timeRange(locale: Locale, startMs: number, endMs: number): string {
  return savedRanges.get(rangeKey(locale, startMs, endMs)) ?? cached(timeFormatters, locale, TIME).formatRange(startMs, endMs);
}

/** A day of the week ahead, short enough for one of seven buttons: "Wed" and "Mar 11" / "mié" and "11 mar". */
export function shortDay(locale: Locale, date: string): { weekday: string; dayMonth: string } {
  const noon = zonedEpochMs(date, '12:00');
  return { weekday: cached(weekdayFormatters, locale, WEEKDAY).format(noon), dayMonth: cached(dayMonthFormatters, locale, DAY_MONTH).format(noon) };
}

/** "Tuesday, March 10" / "martes, 10 de marzo". */
export function dayAndDate(locale: Locale, ms: number | Date): string {
  return savedDates.get(`${locale}|${localDateOf(Number(ms))}`) ?? cached(dateFormatters, locale, DATE).format(ms);
}

/** For the saved copy: how Intl writes the clock, the local date `day` (YYYY-MM-DD) and these sessions' times in `locale`. */
export function formatsToSave(locale: Locale, day: string, sessions: readonly { startMs: number; endMs: number }[]): SavedFormats {
  const time = cached(timeFormatters, locale, TIME);
  const clock = learnClockPattern(time);
  const noon = zonedEpochMs(day, '12:00');
  return {
    locale,
    ...(clock ? { clock } : {}),
    date: { day, text: cached(dateFormatters, locale, DATE).format(noon) },
    ranges: [...new Map(sessions.map(({ startMs, endMs }) => [`${startMs}|${endMs}`, { startMs, endMs }])).values()].map(({ startMs, endMs }) => ({
      startMs,
      endMs,
      text: time.formatRange(startMs, endMs),
      offsets: [offsetAt(startMs), offsetAt(endMs)],
    })),
  };
}

/** Writes with what an earlier run saved, until this run builds its formatters; a session whose zone offset has moved since is left to Intl. */
export function useSavedFormats(saved: SavedFormats): void {
  if (saved.clock) clockPatterns.set(saved.locale, saved.clock);
  savedDates.set(`${saved.locale}|${saved.date.day}`, saved.date.text);
  for (const range of saved.ranges) {
    if (range.offsets[0] === offsetAt(range.startMs) && range.offsets[1] === offsetAt(range.endMs)) {
      savedRanges.set(rangeKey(saved.locale, range.startMs, range.endMs), range.text);
    }
  }
}

/**
 * Builds the formatters for these languages, for when the wall is idle after start. From then on
 * Intl writes everything itself again (the saved texts are let go), and a switch of language or a
 * session added today costs no wait.
 */
export function warmFormatters(locales: readonly Locale[]): void {
  for (const locale of locales) {
    const time = cached(timeFormatters, locale, TIME);
    time.formatRange(0, 60_000);
    cached(dateFormatters, locale, DATE).format(0);
    cached(weekdayFormatters, locale, WEEKDAY).format(0);
    cached(dayMonthFormatters, locale, DAY_MONTH).format(0);
    clockPatterns.delete(locale);
  }
  savedDates.clear();
  savedRanges.clear();
}
