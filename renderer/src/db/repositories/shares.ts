import Dexie from 'dexie';
import type { Share } from '../../../../shared/model';
import type { ShareCheck } from '../../../../shared/moderation';
import type { HouseSettings } from '../../../../shared/settings';
import { db } from '../db';
import { openShareReview, priorityFor, REVIEW_PRIORITY, requestStaffQuietly, type CrisisSeverity } from './reviewItems';

const DAY_MS = 86_400_000;
/** The longest retention the settings allow: anything older is expired, whatever the house chose since. */
const MAX_RETENTION_MS = 90 * DAY_MS;
export const SHARE_PAGE_SIZE = 20;

/** What the wall shows of a share: never its flags or why it was held. */
export interface WallShare {
  id: string;
  text: string;
  createdAt: number;
  relates: number;
}

/** Where the next page starts: just after this share, in newest-first order. */
export interface SharePageCursor {
  createdAt: number;
  id: string;
}

export interface SharePage {
  shares: WallShare[];
  next: SharePageCursor | null;
}

const toWallShare = ({ id, text, createdAt, relates }: Share): WallShare => ({ id, text, createdAt, relates });

/**
 * One page of a board's published shares, newest first. Reads only the page from the
 * [boardId+status+createdAt] index (a keyset cursor, never an offset), so it stays fast with tens
 * of thousands of shares. Expired shares never show, even before the purge has run.
 */
export async function publishedSharesPage(
  boardId: string,
  cursor: SharePageCursor | null = null,
  now = Date.now(),
  pageSize = SHARE_PAGE_SIZE,
): Promise<SharePage> {
  const upper = cursor ? [boardId, 'published', cursor.createdAt] : [boardId, 'published', Dexie.maxKey];
  const rows = await db.shares
    .where('[boardId+status+createdAt]')
    .between([boardId, 'published', now - MAX_RETENTION_MS], upper, true, true)
    .reverse()
    // Shares with the cursor's own time come in descending id order: skip up to the cursor's one.
    .filter((s) => s.expiresAt > now && (!cursor || s.createdAt < cursor.createdAt || s.id < cursor.id))
    .limit(pageSize + 1)
    .toArray();
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    shares: page.map(toWallShare),
    next: rows.length > pageSize && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export type ShareRules = Pick<HouseSettings, 'shareMaxLength' | 'shareRetentionDays' | 'moderationMode'> &
  Partial<Pick<HouseSettings, 'watchWords'>>;

export type PostResult =
  | { kind: 'refused'; reason: 'empty' | 'too-long' }
  | { kind: 'published'; share: WallShare }
  | {
      kind: 'held';
      shareId: string;
      /** How serious its crisis words are; null when it was held for another reason. */
      crisis: CrisisSeverity | null;
      /** The quiet request a crisis hold opened for the person who wrote it. */
      requestId: string | null;
    };

/** Every resident's name, for the share check: none may reach the wall. */
export async function rosterNames(): Promise<string[]> {
  return (await db.residents.toArray()).map((r) => r.name);
}

/** A share the check has read: published at once, or held for staff. Only the share check makes one. */
export type CheckedShare = Exclude<ShareCheck, { kind: 'refused' }>;

/**
 * Stores a share the safety pipeline has checked (lib/boards/postShare.ts runs the check). A held
 * share waits for staff in the review queue. A crisis also opens a quiet request for the person, in
 * the same transaction: urgent words ask for someone now, words of concern ask staff quietly.
 */
export async function storeCheckedShare(boardId: string, check: CheckedShare, rules: ShareRules, now = Date.now()): Promise<Exclude<PostResult, { kind: 'refused' }>> {
  const share: Share = {
    id: crypto.randomUUID(),
    boardId,
    text: check.text,
    createdAt: now,
    expiresAt: now + rules.shareRetentionDays * DAY_MS,
    status: check.kind === 'publish' ? 'published' : 'held',
    holdReasons: check.kind === 'hold' ? check.reasons : [],
    relates: 0,
    flags: 0,
  };
  if (check.kind === 'publish') {
    await db.shares.add(share);
    return { kind: 'published', share: toWallShare(share) };
  }
  const crisis: CrisisSeverity | null = check.crisis ? (check.severity === 'concern' ? 'concern' : 'urgent') : null;
  const requestId = await db.transaction('rw', [db.shares, db.reviewItems], async () => {
    await db.shares.add(share);
    await openShareReview(share.id, priorityFor(check.reasons, crisis), now);
    if (!crisis) return null;
    return (await requestStaffQuietly({ urgent: crisis === 'urgent', shareId: share.id }, now)).id;
  });
  return { kind: 'held', shareId: share.id, crisis, requestId };
}

/** Adds one "I relate"; returns the new count, or null if the share is gone. */
export async function relate(shareId: string): Promise<number | null> {
  return changeRelates(shareId, +1);
}

/** Takes back one "I relate"; never below zero. */
export async function unrelate(shareId: string): Promise<number | null> {
  return changeRelates(shareId, -1);
}

async function changeRelates(shareId: string, by: 1 | -1): Promise<number | null> {
  return db.transaction('rw', db.shares, async () => {
    const share = await db.shares.get(shareId);
    if (!share) return null;
    const relates = Math.max(0, share.relates + by);
    await db.shares.update(shareId, { relates });
    return relates;
  });
}

/**
 * "This worries me": the share leaves the board at the first flag, until a staff member has read
 * it, and waits in the review queue as a flagged share. Returns false if the share is gone.
 */
export async function flagShare(shareId: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', [db.shares, db.reviewItems], async () => {
    const share = await db.shares.get(shareId);
    if (!share) return false;
    await db.shares.update(shareId, {
      flags: share.flags + 1,
      status: share.status === 'published' ? 'hidden' : share.status,
      holdReasons: share.holdReasons.includes('flagged') ? share.holdReasons : [...share.holdReasons, 'flagged'],
    });
    await openShareReview(shareId, REVIEW_PRIORITY.flagged, now);
    return true;
  });
}

/** Deletes every share past its expiry, and its review items. Returns how many shares went. */
export async function purgeExpiredShares(now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.shares, db.reviewItems], async () => {
    const expired = await db.shares.where('expiresAt').belowOrEqual(now).primaryKeys();
    if (expired.length === 0) return 0;
    await db.reviewItems.where('shareId').anyOf(expired).delete();
    await db.shares.bulkDelete(expired);
    return expired.length;
  });
}
