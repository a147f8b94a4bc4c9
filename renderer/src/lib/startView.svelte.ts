import * as v from 'valibot';
import { OccurrenceSchema } from '../../../shared/schedule/occurrence';
import { localDateOf } from '../../../shared/schedule/localTime';
import { HouseSettingsSchema, type HouseSettings } from '../../../shared/settings';
import { SavedFormatsSchema, formatsToSave, useSavedFormats, type SavedFormats } from './scheduleFormat';
import { houseSettings } from './settings.svelte';
import { visit } from './visit.svelte';
import { wallSchedule, type Days } from './wallSchedule.svelte';

/**
 * The wall's first frame. Starting takes the whole app's code, the settings from main and the
 * day's sessions from the database (each rule expanded), one after another; the home screen would
 * wait for all of it. So the wall keeps a copy of what its home screen last showed: the house
 * settings and yesterday's, today's and tomorrow's sessions. At start, when the copy is of today,
 * the home screen shows it at once; main's settings and the live query replace it moments later.
 *
 * The copy is in localStorage, as it must be read before anything else. It holds no resident
 * data: the schedule and the house settings only. The database stays the record.
 */
const KEY = 'hearth:start-view';

const DaysSchema = v.object({
  today: v.pipe(v.string(), v.isoDate()),
  yesterday: v.array(OccurrenceSchema),
  todays: v.array(OccurrenceSchema),
  tomorrows: v.array(OccurrenceSchema),
});
const StartViewSchema = v.object({ version: v.literal(1), settings: HouseSettingsSchema, days: DaysSchema, formats: v.optional(SavedFormatsSchema) });

interface StartView {
  settings: HouseSettings;
  days: Days;
  /** How Intl wrote the home screen's times and date, for a first frame without building a formatter (see scheduleFormat). */
  formats?: SavedFormats;
}

/** The saved copy, if there is a usable one of `today`; anything unreadable is ignored. */
export function readStartView(today: string, storage: Pick<Storage, 'getItem'> = localStorage): StartView | undefined {
  try {
    const text = storage.getItem(KEY);
    if (!text) return undefined;
    const parsed = v.safeParse(StartViewSchema, JSON.parse(text));
    if (!parsed.success || parsed.output.days.today !== today) return undefined;
    return parsed.output;
  } catch {
    return undefined;
  }
}

export function saveStartView(view: StartView, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify({ version: 1, ...view }));
  } catch (error) {
    // A full disk or a refused write only costs the next start its first frame.
    console.warn('[start] The home screen could not be saved for the next start.', error);
  }
}

/**
 * Shows the saved copy, when there is one of today: settings and sessions, before main or the
 * database has answered. Returns whether it did.
 */
export function showSavedStart(nowMs = Date.now()): boolean {
  const saved = readStartView(localDateOf(nowMs));
  if (!saved) return false;
  houseSettings.showCopy(saved.settings);
  visit.setHouseLocale(saved.settings.defaultLocale);
  if (saved.formats) useSavedFormats(saved.formats);
  wallSchedule.showCopy(saved.days);
  return true;
}

let saving: (() => void) | undefined;

/** Saves the copy whenever main's settings or the database's sessions change; a second call does nothing. */
export function keepStartViewSaved(): void {
  saving ??= $effect.root(() => {
    $effect(() => {
      const days = wallSchedule.liveDays;
      if (!days || !houseSettings.fromMain) return;
      const settings = houseSettings.current;
      const sessions = [...days.yesterday, ...days.todays, ...days.tomorrows];
      saveStartView({ settings, days, formats: formatsToSave(settings.defaultLocale, days.today, sessions) });
    });
  });
}
