import * as v from 'valibot';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocaleSchema = v.picklist(LOCALES);

/** Text that staff write once per language; Spanish falls back to English when left empty. */
export const LocalizedTextSchema = v.object({
  en: v.pipe(v.string(), v.maxLength(2000)),
  es: v.pipe(v.string(), v.maxLength(2000)),
});
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale].trim() !== '' ? text[locale] : text.en;
}
