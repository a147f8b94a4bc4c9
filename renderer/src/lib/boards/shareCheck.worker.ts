import { checkDraftHere } from './shareCheckHere';
import type { ShareCheckAnswer, ShareCheckRequest } from './shareCheck';

/** A short everyday text: checking it reads in the lists, the patterns and the classifier's model. */
const WARM_UP = 'warming up';

/**
 * The share check, away from the page: its classifier's model takes a second or so to read in on
 * the wall, and the composer must keep answering taps meanwhile. It keeps nothing of a draft.
 */
self.onmessage = (event: MessageEvent<ShareCheckRequest>) => {
  const { id, text, options } = event.data;
  if (options === null) {
    checkDraftHere(WARM_UP, { maxLength: WARM_UP.length, rosterNames: [], preModeration: false });
    return;
  }
  let answer: ShareCheckAnswer;
  try {
    answer = { id, check: checkDraftHere(text, options) };
  } catch {
    answer = { id, check: null };
  }
  self.postMessage(answer);
};
