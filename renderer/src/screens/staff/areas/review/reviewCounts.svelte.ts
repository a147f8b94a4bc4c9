import { LiveValue } from '../../../../db/live.svelte';
import { listOpenReviewItems, openQuietRequestCount } from '../../../../db/repositories/reviewItems';

/**
 * What is waiting for staff, for the badges in staff mode's list of areas. Only counts: who asked
 * or who wrote is never shown, and the wall shows none of it.
 */
export const waitingForStaff = {
  shares: new LiveValue(async () => (await listOpenReviewItems()).filter((entry) => entry.item.kind === 'share' && entry.share).length, 0),
  quietRequests: new LiveValue(openQuietRequestCount, 0),
};
