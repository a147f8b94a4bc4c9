import { checkShare, type ShareCheck, type ShareCheckOptions } from '../../../../shared/moderation';
import { moderationLists } from './moderationLists';

/**
 * The share check with the house's word lists. It is a chunk of its own (loaded through
 * loadShareCheck in the shares repository) so the lists and the classifier arrive when someone
 * first opens the composer, not with the wall's first screen.
 */
export function checkDraft(text: string, options: Omit<ShareCheckOptions, 'lists'>): ShareCheck {
  return checkShare(text, { ...options, lists: moderationLists });
}
