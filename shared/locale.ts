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

/**
 * The text in `locale`, with the language it is really in: when staff left that language empty,
 * the other one, so a note written only in Spanish still shows on the English wall.
 */
export function localizedText(text: LocalizedText, locale: Locale): { text: string; lang: Locale } {
  if (text[locale].trim() !== '') return { text: text[locale], lang: locale };
  const other = LOCALES.find((candidate) => candidate !== locale && text[candidate].trim() !== '');
  return other === undefined ? { text: '', lang: locale } : { text: text[other], lang: other };
}

export function localized(text: LocalizedText, locale: Locale): string {
  return localizedText(text, locale).text;
}
