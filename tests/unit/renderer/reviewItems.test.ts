import { beforeEach, describe, expect, it } from 'vitest';
import type { Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import {
  ShareNotFoundError,
  acknowledgeQuietRequest,
  listOpenReviewItems,
  openQuietRequestCount,
  publishHeldShare,
  removeShare,
  requestStaffQuietly,
} from '../../../renderer/src/db/repositories/reviewItems';
import { flagShare, postShare, publishedSharesPage, type ShareRules } from '../../../renderer/src/db/repositories/shares';

const NOW = Date.UTC(2026, 2, 10, 15);
const rules: ShareRules = { shareMaxLength: 280, shareRetentionDays: 14, moderationMode: 'flagged' };

beforeEach(async () => {
  await Promise.all([db.shares.clear(), db.reviewItems.clear(), db.residents.clear()]);
});

const heldId = async (text: string, at: number) => {
  const result = await postShare('b1', text, rules, at);
  if (result.kind !== 'held') throw new Error(`expected a hold, got ${result.kind}`);
  return result.shareId;
};

describe('the review queue', () => {
  it('lists crisis items first, then by priority, oldest first, with their shares', async () => {
    const phone = await heldId('call me 555 123 4567', NOW);
    await requestStaffQuietly({}, NOW + 1);
    const crisis = await heldId('quiero morir', NOW + 2);
    const olderPhone = await heldId('my number is 555 765 4321', NOW - 5);
    const open = (await listOpenReviewItems(NOW + 3)).map(({ item, share }) => [item.kind, item.priority, share?.id]);
    // The crisis share and its urgent request are stored in the same moment: either may come first.
    expect(open.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['quiet-request', 0, crisis],
        ['share', 0, crisis],
      ]),
    );
    expect(open.slice(2)).toEqual([
      ['quiet-request', 1, undefined],
      ['share', 2, olderPhone],
      ['share', 2, phone],
    ]);
    const [first] = await listOpenReviewItems(NOW + 3);
    expect(first?.share?.text).toBe('quiero morir');
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

  it('puts a share hidden by two flags back with its flags cleared', async () => {
    const share: Share = {
      id: 's1', boardId: 'b1', text: 'ok', createdAt: NOW, expiresAt: NOW + 86_400_000,
      status: 'published', holdReasons: [], relates: 0, flags: 0,
    };
    await db.shares.add(share);
    await flagShare('s1', NOW);
    await flagShare('s1', NOW);
    await publishHeldShare('s1', 'Dana', NOW + 1);
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
