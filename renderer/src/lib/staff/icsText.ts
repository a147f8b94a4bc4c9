import type { IcsErrorCode, IcsFixed, IcsSkipReason } from '../../../../shared/schedule/ics';
import type { FileTransferError } from '../files';
import type { MessageKey } from '../messageKey';

/** Why a calendar file could not be imported at all. */
export const ICS_ERROR_TEXT: Record<IcsErrorCode, MessageKey> = {
  'too-large': 'admin:ics.errors.too-large',
  'not-a-calendar': 'admin:ics.errors.not-a-calendar',
  'no-events': 'admin:ics.errors.no-events',
  'no-usable-events': 'admin:ics.errors.no-usable-events',
  'too-many-groups': 'admin:ics.errors.too-many-groups',
};

/** Why one event of a calendar file was left out. */
export const ICS_SKIP_TEXT: Record<IcsSkipReason, MessageKey> = {
  'all-day': 'admin:ics.reasons.all-day',
  'no-start': 'admin:ics.reasons.no-start',
  duration: 'admin:ics.reasons.duration',
  rule: 'admin:ics.reasons.rule',
  cancelled: 'admin:ics.reasons.cancelled',
  invalid: 'admin:ics.reasons.invalid',
  'no-series': 'admin:ics.reasons.no-series',
};

/** What an imported group was given in place of a picture or colour Hearth does not have. */
export const ICS_FIXED_TEXT: Record<IcsFixed['field'], MessageKey> = {
  pictogram: 'admin:group.pictogram',
  colour: 'admin:group.colour',
};

/** Why a calendar file could not be saved or opened. */
export const ICS_FILE_ERROR_TEXT: Record<FileTransferError['reason'], MessageKey> = {
  locked: 'admin:ics.fileErrors.locked',
  refused: 'admin:ics.fileErrors.refused',
  failed: 'admin:ics.fileErrors.failed',
};
