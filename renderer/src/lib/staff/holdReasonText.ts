import type { HoldReason } from '../../../../shared/model';
import type { MessageKey } from '../messageKey';

/** Why a share was held: a sentence for staff deciding on it, a few words for the audit log. */
export const HOLD_REASON_TEXT: Record<HoldReason, { sentence: MessageKey; words: MessageKey }> = {
  crisis: { sentence: 'records:review.reasons.crisis', words: 'records:auditDetail.reasons.crisis' },
  'personal-data': { sentence: 'records:review.reasons.personal-data', words: 'records:auditDetail.reasons.personal-data' },
  'resident-name': { sentence: 'records:review.reasons.resident-name', words: 'records:auditDetail.reasons.resident-name' },
  slur: { sentence: 'records:review.reasons.slur', words: 'records:auditDetail.reasons.slur' },
  'pre-moderation': { sentence: 'records:review.reasons.pre-moderation', words: 'records:auditDetail.reasons.pre-moderation' },
  flagged: { sentence: 'records:review.reasons.flagged', words: 'records:auditDetail.reasons.flagged' },
  'watch-word': { sentence: 'records:review.reasons.watch-word', words: 'records:auditDetail.reasons.watch-word' },
};
