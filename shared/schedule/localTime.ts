/**
 * Local wall-clock time in a named time zone, through Intl only. Groups meet at a local time
 * ("10:00 on Sundays"), so the schedule turns a local date and time into an instant here, and an
 * instant back into a local date, in the house's zone (by default the zone of the runtime).
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// Building a formatter is slow; one per zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The wall clock in the zone at this instant. Without a zone, the runtime's own zone, read through
 * Date: the same zone Intl reports, without building a formatter (the wall's first one costs tens
 * of milliseconds while ICU loads, which would hold up the first screen).
 */
function wallClockAt(ms: number, timeZone: string | undefined): WallClock {
  if (timeZone === undefined) {
    const local = new Date(ms);
    return {
      year: local.getFullYear(),
      month: local.getMonth() + 1,
      day: local.getDate(),
      hour: local.getHours(),
      minute: local.getMinutes(),
      second: local.getSeconds(),
    };
  }
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

// Offsets change only at quarter-hour instants, so one answer serves a whole quarter hour; the
// wall asks for the same few days again and again. Bounded, as the property tests ask for many.
const QUARTER_HOUR_MS = 900_000;
const offsetCache = new Map<string, number>();

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string | undefined): number {
  const offset = (c: WallClock) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(ms / 1000) * 1000;
  // The runtime's own zone is read through Date, which is quick and follows a change of the
  // system's zone at once: no cache.
  if (timeZone === undefined) return offset(wallClockAt(ms, undefined));
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR_MS)}`;
  const known = offsetCache.get(key);
  if (known !== undefined) return known;
  const value = offset(wallClockAt(ms, timeZone));
  if (offsetCache.size >= 20_000) offsetCache.clear();
  offsetCache.set(key, value);
  return value;
}

export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: "${date}".`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new RangeError(`No such date: "${date}".`);
  return { year, month, day };
}

export function parseHhmm(time: string): { hour: number; minute: number } {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Not an HH:MM time: "${time}".`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The instant at which the zone's clocks show this date and time. A time skipped by a
 * spring-forward change is read with the offset before the change (02:30 becomes 03:30); a time
 * that happens twice at a fall-back change is the first of the two.
 */
export function zonedEpochMs(date: string, time: string, timeZone?: string): number {
  const { year, month, day } = parseIsoDate(date);
  const { hour, minute } = parseHhmm(time);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Zones change their offset at most once around any one local time, so the offsets a day
  // either side give every reading of it.
  const before = wallAsUtc - offsetAt(wallAsUtc - DAY_MS, timeZone);
  const after = wallAsUtc - offsetAt(wallAsUtc + DAY_MS, timeZone);
  // The usual day: no change near this time, so there is exactly one reading.
  if (before === after) return before;
  const shows = (ms: number) => {
    const c = wallClockAt(ms, timeZone);
    return c.year === year && c.month === month && c.day === day && c.hour === hour && c.minute === minute;
  };
  const readings = [before, after].filter(shows).sort((a, b) => a - b);
  return readings[0] ?? before;
}

/** The local date (YYYY-MM-DD) in the zone (by default the runtime's own) at this instant. */
export function localDateOf(ms: number, timeZone?: string): string {
  const c = wallClockAt(ms, timeZone);
  return isoDate(c.year, c.month, c.day);
}

/** The local time (HH:MM) in the zone (by default the runtime's own) at this instant. */
export function localTimeOf(ms: number, timeZone?: string): string {
  const c = wallClockAt(ms, timeZone);
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

/** Calendar arithmetic on dates alone: no zone is involved, so no day is ever 23 or 25 hours. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** Each date from `fromDate` to `toDate`, both included. */
export function datesFrom(fromDate: string, toDate: string): string[] {
  const count = daysBetween(fromDate, toDate);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addDays(fromDate, i));
}
