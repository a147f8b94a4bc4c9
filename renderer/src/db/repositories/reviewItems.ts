import Dexie from 'dexie';
import type { HoldReason, ReviewItem, Share } from '../../../../shared/model';
import { db } from '../db';

/**
 * What staff have to look at: held or flagged shares and quiet requests. The wall writes these;
 * the staff review screen reads them through the functions at the end of this file.
 */

/** Lower first. A crisis, and a person in one asking for staff, come before everything else. */
export const REVIEW_PRIORITY = {
  crisis: 0,
  quietRequest: 1,
  held: 2,
  flagged: 3,
  preModeration: 4,
} as const;

/**
 * Every open item in the [state+priority+createdAt] index: ['open'] sorts before any longer key
 * starting with 'open', and an array after any number. (Dexie.maxKey may appear only once in a key:
 * IndexedDB refuses a key holding the same array twice.)
 */
const OPEN_ITEMS = [['open'], ['open', Dexie.maxKey]] as const;

/** Where a held share goes in the queue, by its most serious reason. */
export function priorityFor(reasons: readonly HoldReason[]): number {
  if (reasons.includes('crisis')) return REVIEW_PRIORITY.crisis;
  if (reasons.some((r) => r === 'personal-data' || r === 'resident-name' || r === 'slur')) return REVIEW_PRIORITY.held;
  if (reasons.includes('flagged')) return REVIEW_PRIORITY.flagged;
  return REVIEW_PRIORITY.preModeration;
}

/** The open review item for a share, if there is one. Works inside a caller's transaction. */
async function openItemForShare(shareId: string): Promise<ReviewItem | undefined> {
  return db.reviewItems
    .where('shareId')
    .equals(shareId)
    .filter((item) => item.kind === 'share' && item.state === 'open')
    .first();
}

/** Opens a review item for a share, or moves its open one up if this reason is more urgent. */
export async function openShareReview(shareId: string, priority: number, now: number): Promise<void> {
  const open = await openItemForShare(shareId);
  if (!open) {
    await db.reviewItems.add({ id: crypto.randomUUID(), kind: 'share', shareId, priority, state: 'open', createdAt: now });
  } else if (priority < open.priority) {
    await db.reviewItems.update(open.id, { priority });
  }
}

/**
 * "Ask staff quietly": a discreet request that staff mode shows. Urgent when it comes from the
 * crisis support card; then it names the share, so staff know what was written.
 */
export async function requestStaffQuietly(options: { urgent?: boolean; shareId?: string } = {}, now = Date.now()): Promise<ReviewItem> {
  const item: ReviewItem = {
    id: crypto.randomUUID(),
    kind: 'quiet-request',
    priority: options.urgent ? REVIEW_PRIORITY.crisis : REVIEW_PRIORITY.quietRequest,
    state: 'open',
    createdAt: now,
    ...(options.shareId ? { shareId: options.shareId } : {}),
  };
  await db.reviewItems.add(item);
  return item;
}

// ---- For the staff review screen ----

export interface OpenReviewItem {
  item: ReviewItem;
  /** The share a 'share' item is about (and an urgent quiet request's share), while it exists. */
  share?: Share;
}

/**
 * Every open item, crisis first; then by priority (quiet requests, held shares, flagged shares,
 * pre-moderated shares), oldest first within each. Items about expired shares are left out: they
 * are about to be purged and must not show.
 */
export async function listOpenReviewItems(now = Date.now()): Promise<OpenReviewItem[]> {
  const items = await db.reviewItems
    .where('[state+priority+createdAt]')
    .between(...OPEN_ITEMS)
    .toArray();
  const shareIds = [...new Set(items.flatMap((item) => (item.shareId ? [item.shareId] : [])))];
  const shares = new Map((await db.shares.bulkGet(shareIds)).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  return items.flatMap((item) => {
    if (!item.shareId) return [{ item }];
    const share = shares.get(item.shareId);
    if (share && share.expiresAt <= now) return [];
    if (!share && item.kind === 'share') return [];
    return [share ? { item, share } : { item }];
  });
}

export async function openQuietRequestCount(): Promise<number> {
  return db.reviewItems
    .where('[state+priority+createdAt]')
    .between(...OPEN_ITEMS)
    .filter((item) => item.kind === 'quiet-request')
    .count();
}

async function closeShareItems(shareId: string, staffName: string, outcome: string, now: number) {
  await db.reviewItems
    .where('shareId')
    .equals(shareId)
    .filter((item) => item.kind === 'share' && item.state === 'open')
    .modify({ state: 'done', resolvedAt: now, resolvedBy: staffName, outcome });
}

export class ShareNotFoundError extends Error {
  constructor(readonly shareId: string) {
    super(`No share with id "${shareId}".`);
    this.name = 'ShareNotFoundError';
  }
}

export class ReviewItemNotFoundError extends Error {
  constructor(readonly itemId: string) {
    super(`No quiet request with id "${itemId}".`);
    this.name = 'ReviewItemNotFoundError';
  }
}

/** A staff member read a held or hidden share and puts it on the board; its flags start again. */
export async function publishHeldShare(shareId: string, staffName: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.shares, db.reviewItems], async () => {
    const share = await db.shares.get(shareId);
    if (!share) throw new ShareNotFoundError(shareId);
    await db.shares.update(shareId, { status: 'published', flags: 0 });
    await closeShareItems(shareId, staffName, 'published', now);
  });
}

/** A staff member takes a share off the wall for good. It stays stored (staff may need it) until it expires. */
export async function removeShare(shareId: string, staffName: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.shares, db.reviewItems], async () => {
    const share = await db.shares.get(shareId);
    if (!share) throw new ShareNotFoundError(shareId);
    await db.shares.update(shareId, { status: 'removed' });
    await closeShareItems(shareId, staffName, 'removed', now);
  });
}

/** A staff member has gone to the person who asked. */
export async function acknowledgeQuietRequest(id: string, staffName: string, now = Date.now()): Promise<void> {
  const changed = await db.reviewItems
    .where('id')
    .equals(id)
    .filter((item) => item.kind === 'quiet-request' && item.state === 'open')
    .modify({ state: 'done', resolvedAt: now, resolvedBy: staffName, outcome: 'acknowledged' });
  if (changed === 0 && !(await db.reviewItems.get(id))) throw new ReviewItemNotFoundError(id);
}
