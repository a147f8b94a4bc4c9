import type { HoldReason } from '../../../../shared/model';
import { localized, type LocalizedText } from '../../../../shared/locale';
import { language, t } from '../i18n.svelte';

/**
 * The audit log's details in plain words, in the language of the staff member who acted: the
 * log keeps what they read on their screen, never an internal name.
 */

/** Text staff wrote in both languages, as the staff member's own screen shows it. */
export const inStaffLanguage = (text: LocalizedText): string => localized(text, language.current);

/** Why a share was held, in a few words each. */
export const holdReasonsInWords = (reasons: readonly HoldReason[]): string =>
  reasons.map((reason) => t(`records:auditDetail.reasons.${reason}`)).join(', ');

/** A decision on a held share: its board and why it was held, never its words. */
export const shareDecisionDetail = (board: string, reasons: readonly HoldReason[]): string => `${board} · ${holdReasonsInWords(reasons)}`;

/** How many records a file held, e.g. "55 records" / "55 registros". */
export const recordCount = (count: number): string => t('records:auditDetail.records', { count });
