import { checkShare, type ShareCheck, type ShareCheckOptions } from '../../../../shared/moderation';
import { moderationLists } from './moderationLists';

export type DraftCheckOptions = Omit<ShareCheckOptions, 'lists'>;

/**
 * The share check with the house's word lists, run where it is loaded: in the share check's Web
 * Worker, or on the page when no worker can start.
 */
export function checkDraftHere(text: string, options: DraftCheckOptions): ShareCheck {
  return checkShare(text, { ...options, lists: moderationLists });
}
