import type { HoldReason } from '../../../../shared/model';
import { localizedText, type Locale, type LocalizedText } from '../../../../shared/locale';
import { language, t } from '../i18n.svelte';
import { HOLD_REASON_TEXT } from './holdReasonText';

/**
 * The audit log's details in plain words, in the language of the staff member who acted: the
 * log keeps what they read on their screen, never an internal name.
 */

/**
 * Text staff wrote in both languages, as the staff member's own screen shows it. When it was left
 * empty in that language, the other language's words say so: "Lounge (only in English)".
 */
export function inStaffLanguage(text: LocalizedText): string {
  const found = localizedText(text, language.current);
  if (found.lang === language.current) return found.text;
  return found.lang === 'en' ? t('admin:text.onlyInEnglish', { text: found.text }) : t('admin:text.onlyInSpanish', { text: found.text });
}

/** The same text in the language staff are not reading, for a list that shows both; null when it is empty or shown already. */
export function inOtherLanguage(text: LocalizedText): { text: string; lang: Locale } | null {
  const lang: Locale = language.current === 'en' ? 'es' : 'en';
  return text[language.current].trim() !== '' && text[lang].trim() !== '' ? { text: text[lang], lang } : null;
}

/** Why a share was held, in a few words each. */
export const holdReasonsInWords = (reasons: readonly HoldReason[]): string => reasons.map((reason) => t(HOLD_REASON_TEXT[reason].words)).join(', ');

/** A decision on a held share: its board and why it was held, never its words. */
export const shareDecisionDetail = (board: string, reasons: readonly HoldReason[]): string => `${board} · ${holdReasonsInWords(reasons)}`;

/** How many records a file held, e.g. "55 records" / "55 registros". */
export const recordCount = (count: number): string => t('records:auditDetail.records', { count });
