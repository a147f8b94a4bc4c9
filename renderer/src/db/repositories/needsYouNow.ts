import { db } from '../db';
import { listOpenReviewItems, type OpenReviewItem } from './reviewItems';

/** What staff mode's "Needs you now" reads: the open review items, and whose person was already seen to. */
export interface NeedsSnapshot {
  items: OpenReviewItem[];
  /** Shares still open for review whose "Ask staff quietly" request a staff member already answered. */
  checkedShareIds: string[];
}

export async function readNeeds(now = Date.now()): Promise<NeedsSnapshot> {
  const items = await listOpenReviewItems(now);
  const openShareIds = [...new Set(items.flatMap(({ item }) => (item.kind === 'share' && item.shareId ? [item.shareId] : [])))];
  const answered = await db.reviewItems
    .where('shareId')
    .anyOf(openShareIds)
    .filter((item) => item.kind === 'quiet-request' && item.state === 'done')
    .toArray();
  return { items, checkedShareIds: [...new Set(answered.flatMap((item) => (item.shareId ? [item.shareId] : [])))] };
}
