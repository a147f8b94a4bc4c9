import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/locale';
import type { SavedFormats } from '../../../renderer/src/lib/scheduleFormat';

type FormatModule = typeof import('../../../renderer/src/lib/scheduleFormat');

/** A fresh copy of the module (no formatters, nothing saved), as at a start of the wall. */
async function freshModule(): Promise<FormatModule> {
  vi.resetModules();
  return import('../../../renderer/src/lib/scheduleFormat');
}

/** Counts the date formatters built from now on. */
function countFormatters() {
  const Real = Intl.DateTimeFormat;
  const built = { count: 0 };
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
    built.count++;
    return new Real(...args);
  } as unknown as typeof Real);
  return built;
}

afterEach(() => vi.restoreAllMocks());

const DAY = '2026-03-10';
const at = (hour: number, minute: number, day = 10) => new Date(2026, 2, day, hour, minute).getTime();
const sessions = [
  { startMs: at(9, 30), endMs: at(10, 0) },
  { startMs: at(11, 30), endMs: at(12, 30) },
  { startMs: at(22, 0), endMs: at(1, 0, 11) },
];
const everyMinuteOfTheDay = Array.from({ length: 24 * 60 }, (_, minute) => new Date(2026, 2, 10, Math.floor(minute / 60), minute % 60, 30));

/** What one run saves for `locale`, as the next run reads it back from storage. */
async function savedBy(locale: Locale): Promise<SavedFormats> {
  const earlier = await freshModule();
  return JSON.parse(JSON.stringify(earlier.formatsToSave(locale, DAY, sessions))) as SavedFormats;
}

describe('a start from the saved copy writes the home screen as Intl did, without building a formatter', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`in ${locale}: the clock at every minute of the day, today's date and the sessions' times`, async () => {
      const saved = await savedBy(locale);
      const intlTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
      const intlDate = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });

      const format = await freshModule();
      const built = countFormatters();
      format.useSavedFormats(saved);
      for (const date of everyMinuteOfTheDay) expect(format.clockTime(locale, date)).toBe(intlTime.format(date));
      expect(format.dayAndDate(locale, at(9, 41))).toBe(intlDate.format(at(9, 41)));
      for (const { startMs, endMs } of sessions) expect(format.timeRange(locale, startMs, endMs)).toBe(intlTime.formatRange(startMs, endMs));
      expect(built.count).toBe(0);

      // Once the wall is idle it builds its formatters, and Intl writes everything itself again.
      format.warmFormatters([locale]);
      expect(built.count).toBe(4);
      expect(format.clockTime(locale, at(15, 5))).toBe(intlTime.format(at(15, 5)));
      expect(format.timeRange(locale, sessions[0]!.startMs, sessions[0]!.endMs)).toBe(intlTime.formatRange(sessions[0]!.startMs, sessions[0]!.endMs));
    });
  }

  it('anything the copy does not hold is written by Intl: another day, another session, another language', async () => {
    const saved = await savedBy('en');
    const format = await freshModule();
    format.useSavedFormats(saved);
    const built = countFormatters();
    expect(format.dayAndDate('en', at(9, 0, 11))).toBe(new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long' }).format(at(9, 0, 11)));
    expect(format.timeRange('en', at(13, 0), at(14, 0))).toBe(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).formatRange(at(13, 0), at(14, 0)));
    expect(format.clockTime('es', at(13, 0))).toBe(new Intl.DateTimeFormat('es', { hour: 'numeric', minute: '2-digit' }).format(at(13, 0)));
    expect(built.count).toBeGreaterThan(0);
  });

  it('a session saved when the zone stood at another offset is written afresh', async () => {
    const saved = await savedBy('en');
    const moved: SavedFormats = { ...saved, ranges: saved.ranges.map((range) => ({ ...range, text: 'stale', offsets: [range.offsets[0] + 60, range.offsets[1] + 60] })) };
    const format = await freshModule();
    format.useSavedFormats(moved);
    const { startMs, endMs } = sessions[0]!;
    expect(format.timeRange('en', startMs, endMs)).toBe(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).formatRange(startMs, endMs));
  });
});

describe('the clock pattern learnt from Intl', () => {
  // Other orders, hour cycles, padding and words for the half-day than the wall's two languages.
  const others: [string, Intl.DateTimeFormatOptions][] = [
    ['en-GB', {}],
    ['ko', {}],
    ['ja', { hourCycle: 'h11' }],
    ['de', { hourCycle: 'h24' }],
    ['en-US', { hour: '2-digit' }],
  ];
  for (const [locale, options] of others) {
    it(`writes every minute of a day exactly as Intl does (${locale} ${JSON.stringify(options)})`, async () => {
      const format = await freshModule();
      const formatter = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', ...options });
      const clock = format.learnClockPattern(formatter);
      expect(clock).toBeDefined();
      // Saved under one of the wall's languages, so clockTime writes with it.
      format.useSavedFormats({ locale: 'en', clock, date: { day: DAY, text: '' }, ranges: [] });
      for (const date of everyMinuteOfTheDay) expect(format.clockTime('en', date)).toBe(formatter.format(date));
    });
  }

  it('is not learnt where the digits are not 0–9 or the time holds other fields: Intl writes those itself', async () => {
    const format = await freshModule();
    expect(format.learnClockPattern(new Intl.DateTimeFormat('ar-EG', { hour: 'numeric', minute: '2-digit' }))).toBeUndefined();
    expect(format.learnClockPattern(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', second: '2-digit' }))).toBeUndefined();
  });
});

describe("the week ahead's day names", () => {
  it('are short, in the wall language, and for the day named', async () => {
    const format = await freshModule();
    expect(format.shortDay('en', '2026-03-12')).toEqual({ weekday: 'Thu', dayMonth: 'Mar 12' });
    expect(format.shortDay('es', '2026-03-12')).toEqual({ weekday: 'jue', dayMonth: '12 mar' });
    expect(format.shortDay('en', '2026-03-08')).toEqual({ weekday: 'Sun', dayMonth: 'Mar 8' });
    expect(format.shortDay('es', '2026-12-31')).toEqual({ weekday: 'jue', dayMonth: '31 dic' });
  });
});
