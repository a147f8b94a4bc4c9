import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import {
  REVIEW_PRIORITY,
  ReviewItemNotFoundError,
  ShareNotFoundError,
  acknowledgeQuietRequest,
  listOpenReviewItems,
  makeQuietRequestUrgent,
  openQuietRequestCount,
  priorityFor,
  publishHeldShare,
  recordAlertFor,
  removeShare,
  requestStaffQuietly,
} from '../../../renderer/src/db/repositories/reviewItems';
import { flagShare, publishedSharesPage, type ShareRules } from '../../../renderer/src/db/repositories/shares';
import { postShare } from '../../../renderer/src/lib/boards/postShare';
import { readShareCheckIn } from './fixtures/shareCheck';

const NOW = Date.UTC(2026, 2, 10, 15);
const rules: ShareRules = { shareMaxLength: 280, shareRetentionDays: 14, moderationMode: 'flagged' };

beforeAll(readShareCheckIn, 60_000);

beforeEach(async () => {
  await Promise.all([db.shares.clear(), db.reviewItems.clear(), db.residents.clear()]);
});

const heldId = async (text: string, at: number) => {
  const result = await postShare('b1', text, rules, at);
  if (result.kind !== 'held') throw new Error(`expected a hold, got ${result.kind}`);
  return result.shareId;
};

describe('the review queue', () => {
  it('lists urgent items first, then by priority, oldest first, with their shares', async () => {
    const phone = await heldId('call me 555 123 4567', NOW);
    await requestStaffQuietly({}, NOW + 1);
    const urgent = await heldId('esta noche me mato, ya lo decidi', NOW + 2);
    const olderPhone = await heldId('my number is 555 765 4321', NOW - 5);
    const concern = await heldId('I want to die', NOW + 3);
    const flagged: Share = {
      id: 'flagged', boardId: 'b1', text: 'ok', createdAt: NOW, expiresAt: NOW + 86_400_000,
      status: 'published', holdReasons: [], relates: 0, flags: 0,
    };
    await db.shares.add(flagged);
    await flagShare('flagged', NOW + 4);
    const open = (await listOpenReviewItems(NOW + 5)).map(({ item, share }) => [item.kind, item.priority, share?.id]);
    // The urgent share and its urgent request are stored in the same moment: either may come first.
    expect(open.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['quiet-request', 0, urgent],
        ['share', 0, urgent],
      ]),
    );
    expect(open.slice(2)).toEqual([
      ['quiet-request', 1, undefined],
      ['quiet-request', 1, concern],
      ['share', 2, concern],
      ['share', 3, 'flagged'],
      ['share', 4, olderPhone],
      ['share', 4, phone],
    ]);
    const [first] = await listOpenReviewItems(NOW + 5);
    expect(first?.share?.text).toBe('esta noche me mato, ya lo decidi');
  });

  it('places each reason for a hold in the queue as staff should see it', () => {
    expect(priorityFor(['crisis'], 'urgent')).toBe(REVIEW_PRIORITY.urgent);
    expect(priorityFor(['crisis', 'personal-data'], 'concern')).toBe(REVIEW_PRIORITY.concern);
    // A crisis nobody graded is treated as urgent: a person is told rather than not.
    expect(priorityFor(['crisis'])).toBe(REVIEW_PRIORITY.urgent);
    expect(priorityFor(['flagged'])).toBe(REVIEW_PRIORITY.flagged);
    expect(priorityFor(['watch-word'])).toBe(REVIEW_PRIORITY.held);
    expect(priorityFor(['slur', 'pre-moderation'])).toBe(REVIEW_PRIORITY.held);
    expect(priorityFor(['pre-moderation'])).toBe(REVIEW_PRIORITY.preModeration);
    expect(Object.values(REVIEW_PRIORITY)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('leaves out items about shares that have expired', async () => {
    await heldId('call me 555 123 4567', NOW);
    expect(await listOpenReviewItems(NOW + 15 * 86_400_000)).toEqual([]);
  });

  it('publishes a held share on the board and closes its item with who and when', async () => {
    const id = await heldId('call me 555 123 4567', NOW);
    await publishHeldShare(id, 'Dana', NOW + 10);
    expect((await publishedSharesPage('b1', null, NOW + 20)).shares.map((s) => s.id)).toEqual([id]);
    expect(await listOpenReviewItems(NOW + 20)).toEqual([]);
    expect((await db.reviewItems.toArray())[0]).toMatchObject({ state: 'done', resolvedBy: 'Dana', resolvedAt: NOW + 10, outcome: 'published' });
  });

  it('puts a flagged share back with its flags cleared', async () => {
    const share: Share = {
      id: 's1', boardId: 'b1', text: 'ok', createdAt: NOW, expiresAt: NOW + 86_400_000,
      status: 'published', holdReasons: [], relates: 0, flags: 0,
    };
    await db.shares.add(share);
    await flagShare('s1', NOW);
    await flagShare('s1', NOW);
    await publishHeldShare('s1', 'Dana', NOW + 1);
    expect((await publishedSharesPage('b1', null, NOW + 2)).shares.map((s) => s.id)).toEqual(['s1']);
    expect(await db.shares.get('s1')).toMatchObject({ status: 'published', flags: 0 });
  });

  it('removes a share for good: it never shows and its item is closed', async () => {
    const id = await heldId('call me 555 123 4567', NOW);
    await removeShare(id, 'Dana', NOW + 10);
    expect((await db.shares.get(id))?.status).toBe('removed');
    expect((await publishedSharesPage('b1', null, NOW + 20)).shares).toEqual([]);
    expect((await db.reviewItems.toArray())[0]).toMatchObject({ state: 'done', outcome: 'removed', resolvedBy: 'Dana' });
  });

  it('refuses to publish or remove a share that does not exist', async () => {
    await expect(publishHeldShare('nope', 'Dana')).rejects.toBeInstanceOf(ShareNotFoundError);
    await expect(removeShare('nope', 'Dana')).rejects.toBeInstanceOf(ShareNotFoundError);
  });
});

describe('quiet requests', () => {
  it('counts open quiet requests until a staff member acknowledges them', async () => {
    const first = await requestStaffQuietly({}, NOW);
    await requestStaffQuietly({}, NOW + 1);
    await heldId('call me 555 123 4567', NOW);
    expect(await openQuietRequestCount()).toBe(2);
    await acknowledgeQuietRequest(first.id, 'Dana', NOW + 5);
    expect(await openQuietRequestCount()).toBe(1);
    expect(await db.reviewItems.get(first.id)).toMatchObject({ state: 'done', resolvedBy: 'Dana', outcome: 'acknowledged' });
  });

  it('refuses to acknowledge a request that does not exist', async () => {
    await expect(acknowledgeQuietRequest('nope', 'Dana')).rejects.toThrow('No quiet request');
  });
});

describe('someone needs staff now', () => {
  it('moves a quiet request to the front of the queue when the person says they need someone now', async () => {
    await heldId('call me 555 123 4567', NOW);
    const request = await requestStaffQuietly({}, NOW + 1);
    await makeQuietRequestUrgent(request.id);
    const [first] = await listOpenReviewItems(NOW + 2);
    expect(first?.item).toMatchObject({ id: request.id, kind: 'quiet-request', priority: 0, state: 'open' });
  });

  it('keeps the alert raised for a request, for the staff member who answers it', async () => {
    const request = await requestStaffQuietly({ urgent: true }, NOW);
    await recordAlertFor(request.id, 'alert-7');
    const [open] = await listOpenReviewItems(NOW + 1);
    expect(open?.item).toMatchObject({ id: request.id, priority: 0, alertId: 'alert-7' });
    await acknowledgeQuietRequest(request.id, 'Dana', NOW + 2);
    expect(await db.reviewItems.get(request.id)).toMatchObject({ state: 'done', alertId: 'alert-7' });
  });

  it('leaves an answered request as it was when the person asks again, and refuses a request that does not exist', async () => {
    const request = await requestStaffQuietly({}, NOW);
    await acknowledgeQuietRequest(request.id, 'Dana', NOW + 1);
    await makeQuietRequestUrgent(request.id);
    expect(await db.reviewItems.get(request.id)).toMatchObject({ state: 'done', priority: 1 });
    await expect(makeQuietRequestUrgent('nope')).rejects.toBeInstanceOf(ReviewItemNotFoundError);
    await expect(recordAlertFor('nope', 'alert-1')).rejects.toBeInstanceOf(ReviewItemNotFoundError);
  });
});
