import Dexie from 'dexie';
import type { HoldReason, ReviewItem, Share } from '../../../../shared/model';
// A type only: the share check itself loads with the composer, never with this file.
import type { CrisisSeverity } from '../../../../shared/moderation';
import { db } from '../db';

/**
 * What staff have to look at: held or flagged shares and quiet requests. The wall writes these;
 * the staff review screen reads them through the functions at the end of this file.
 */

/** How serious a crisis hold is, as the share check grades it: 'urgent' tells a person at once. */
export type { CrisisSeverity };

/**
 * Lower first. An urgent crisis share, and a person asking for someone now, come before
 * everything; then an ordinary quiet request, a share with words of concern, a share a resident
 * said worries them, a share held for what it contains, and last the pre-moderated rest.
 */
export const REVIEW_PRIORITY = {
  urgent: 0,
  quietRequest: 1,
  concern: 2,
  flagged: 3,
  held: 4,
  preModeration: 5,
} as const;

/**
 * Every open item in the [state+priority+createdAt] index: ['open'] sorts before any longer key
 * starting with 'open', and an array after any number. (Dexie.maxKey may appear only once in a key:
 * IndexedDB refuses a key holding the same array twice.)
 */
const OPEN_ITEMS = [['open'], ['open', Dexie.maxKey]] as const;

/**
 * Where a held share goes in the queue, by its most serious reason. A crisis without a grade
 * counts as urgent: telling a person too often is the safer mistake.
 */
export function priorityFor(reasons: readonly HoldReason[], severity: CrisisSeverity | null = null): number {
  if (reasons.includes('crisis')) return severity === 'concern' ? REVIEW_PRIORITY.concern : REVIEW_PRIORITY.urgent;
  if (reasons.includes('flagged')) return REVIEW_PRIORITY.flagged;
  if (reasons.some((r) => r !== 'pre-moderation')) return REVIEW_PRIORITY.held;
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
 * "Ask staff quietly": a discreet request that staff mode shows. Urgent when the person needs
 * someone now (their own choice, or a crisis share); with the share it came with, so staff know
 * what was written.
 */
export async function requestStaffQuietly(options: { urgent?: boolean; shareId?: string } = {}, now = Date.now()): Promise<ReviewItem> {
  const item: ReviewItem = {
    id: crypto.randomUUID(),
    kind: 'quiet-request',
    priority: options.urgent ? REVIEW_PRIORITY.urgent : REVIEW_PRIORITY.quietRequest,
    state: 'open',
    createdAt: now,
    ...(options.shareId ? { shareId: options.shareId } : {}),
  };
  await db.reviewItems.add(item);
  return item;
}

/** The person who asked now needs someone at once: their request moves to the front of the queue. */
export async function makeQuietRequestUrgent(id: string): Promise<void> {
  const changed = await db.reviewItems
    .where('id')
    .equals(id)
    .filter((item) => item.kind === 'quiet-request' && item.state === 'open')
    .modify({ priority: REVIEW_PRIORITY.urgent });
  if (changed === 0 && !(await db.reviewItems.get(id))) throw new ReviewItemNotFoundError(id);
}

/** Records the alert main raised for a quiet request, so the staff member who answers it can clear it. */
export async function recordAlertFor(requestId: string, alertId: string): Promise<void> {
  const changed = await db.reviewItems.update(requestId, { alertId });
  if (changed === 0 && !(await db.reviewItems.get(requestId))) throw new ReviewItemNotFoundError(requestId);
}

// ---- For the staff review screen ----

export interface OpenReviewItem {
  item: ReviewItem;
  /** The share a 'share' item is about (and an urgent quiet request's share), while it exists. */
  share?: Share;
}

/**
 * Every open item, urgent first, then by priority (REVIEW_PRIORITY), oldest first within each.
 * Items about expired shares are left out: they are about to be purged and must not show.
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
