import * as v from 'valibot';
import { LOCALES, LocaleSchema, LocalizedTextSchema } from './locale';

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 22:00'));

/** Every house setting, with its default. Unknown keys are dropped; a bad value is refused. */
export const HouseSettingsSchema = v.object({
  houseName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)), 'Our House'),
  /** Each of the app's languages at most once: a longer list can only be a mistake or an attack. */
  languages: v.optional(
    v.pipe(
      v.array(LocaleSchema),
      v.minLength(1),
      v.maxLength(LOCALES.length),
      v.check((list) => new Set(list).size === list.length, 'each language once'),
    ),
    ['en', 'es'],
  ),
  defaultLocale: v.optional(LocaleSchema, 'en'),
  idleTimeoutSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(600)), 90),
  staffRelockSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(1800)), 120),
  shareRetentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)), 14),
  attendanceRetentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(3650)), 730),
  signInMode: v.optional(v.picklist(['symbol', 'symbol+code', 'headcount']), 'symbol'),
  signInOpensMinutesBefore: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60)), 15),
  moderationMode: v.optional(v.picklist(['all', 'flagged']), 'flagged'),
  showRelateCounts: v.optional(v.boolean(), true),
  shareMaxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(40), v.maxValue(1000)), 280),
  crisisText: v.optional(LocalizedTextSchema, {
    en: 'If you are in danger or thinking of ending your life, call or text 988 (Suicide and Crisis Lifeline), any time.',
    es: 'Si estás en peligro o piensas en quitarte la vida, llama o escribe al 988 (Línea de Crisis y Suicidio), a cualquier hora.',
  }),
  nightHours: v.optional(
    v.object({ enabled: v.boolean(), start: clock, end: clock }),
    { enabled: false, start: '22:00', end: '06:00' },
  ),
  reducedMotion: v.optional(v.boolean(), false),
  /** A soft chime at the wall when an urgent alert is raised; off unless the house wants it. */
  alertChime: v.optional(v.boolean(), false),
  /** Where to find staff, for the support card when no alert could be sent. */
  staffLocation: v.optional(LocalizedTextSchema, { en: 'the staff office', es: 'la oficina del personal' }),
  /** The house's own words to watch (a street name for a drug, a nickname): each holds a share as a concern. */
  watchWords: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(60))), v.maxLength(200)),
    [],
  ),
});

export type HouseSettings = v.InferOutput<typeof HouseSettingsSchema>;
/** A change to some settings; each given value is checked against its field's schema. */
export const HouseSettingsPatchSchema = v.partial(
  v.object({ ...HouseSettingsSchema.entries }),
);
export type HouseSettingsPatch = v.InferOutput<typeof HouseSettingsPatchSchema>;

export function defaultSettings(): HouseSettings {
  return v.parse(HouseSettingsSchema, {});
}
