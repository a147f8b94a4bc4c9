import { rosterNames, storeCheckedShare, type PostResult, type ShareRules } from '../../db/repositories/shares';

/**
 * The share check, in a chunk of its own that runs the check in a Web Worker: its lists and model
 * load when someone first opens the composer (which calls this ahead), never with the wall's first
 * screen and never on the page.
 */
export const loadShareCheck = () => import('./shareCheck');

/**
 * Posts a share through the safety pipeline: the check reads it first (refusing, publishing or
 * holding it), then the repository stores what the check decided.
 */
export async function postShare(boardId: string, text: string, rules: ShareRules, now = Date.now()): Promise<PostResult> {
  const [{ checkDraft }, names] = await Promise.all([loadShareCheck(), rosterNames()]);
  const check = await checkDraft(text, {
    maxLength: rules.shareMaxLength,
    rosterNames: names,
    preModeration: rules.moderationMode === 'all',
    watchWords: rules.watchWords ?? [],
  });
  if (check.kind === 'refused') return check;
  return storeCheckedShare(boardId, check, rules, now);
}
