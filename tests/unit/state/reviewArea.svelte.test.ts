import { flushSync } from 'svelte';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { openShareReview, REVIEW_PRIORITY, requestStaffQuietly } from '../../../renderer/src/db/repositories/reviewItems';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { waitingForStaff } from '../../../renderer/src/screens/staff/areas/review/reviewCounts.svelte';
import { ReviewQueue } from '../../../renderer/src/screens/staff/areas/review/reviewQueue.svelte';
import type { Share } from '../../../shared/model';
import { staffOnDuty } from './staffOnDuty';

/** The review queue and the badges that say how much waits, over the page's own database. */

vi.setConfig({ testTimeout: 20_000 });

const DAY = 86_400_000;

async function heldShare(id: string, text: string, holdReasons: Share['holdReasons'], priority: number, createdAt = Date.now()) {
  await db.shares.add({ id, boardId: 'feelings', text, createdAt, expiresAt: createdAt + 14 * DAY, status: 'held', holdReasons, relates: 0, flags: 0 });
  await openShareReview(id, priority, createdAt);
}

/** Opens the queue as the area does, its live lists read inside a root the test can end. */
function openQueue() {
  let queue!: ReviewQueue;
  const close = $effect.root(() => {
    queue = new ReviewQueue();
    $effect(() => {
      void queue.open.current;
      void queue.boards.current;
    });
  });
  flushSync();
  return { queue, close };
}

/** Opens the queue once it shows its one held share, and gives back that share's row too. */
async function openQueueOnOne() {
  const { queue, close } = openQueue();
  await vi.waitFor(() => expect(queue.open.current).toHaveLength(1));
  const [review] = queue.open.current;
  if (!review) throw new Error('nothing to review');
  return { queue, close, review };
}

/** The held shares these tests use, each as the wall holds it. */
const holdPhone = () => heldShare('phone', 'call me 555 123 4567', ['personal-data'], REVIEW_PRIORITY.held);
const holdCrisis = () => heldShare('crisis', 'I cannot go on', ['crisis'], REVIEW_PRIORITY.urgent);
const holdFlag = () => heldShare('flag', 'you are all idiots', ['flagged'], REVIEW_PRIORITY.flagged);

beforeAll(async () => {
  await db.boards.add({ id: 'feelings', title: { en: 'How I feel', es: 'Cómo me siento' }, prompt: { en: 'Say it', es: 'Dilo' }, order: 0, active: true });
  await staffOnDuty();
});

beforeEach(async () => {
  await Promise.all([db.shares.clear(), db.reviewItems.clear(), db.auditLog.clear()]);
});

describe('the review queue', () => {
  it('lists held shares most urgent first, names their board, and follows new ones while open', async () => {
    await holdPhone();
    await holdCrisis();
    await requestStaffQuietly({});
    const { queue, close } = openQueue();
    await vi.waitFor(() => expect(queue.open.current.map((r) => r.share.id)).toEqual(['crisis', 'phone']));
    await vi.waitFor(() => expect(queue.boardTitle('feelings')).toBe('How I feel'));
    expect(queue.boardTitle('no-such-board')).toBeNull();

    await holdFlag();
    await vi.waitFor(() => expect(queue.open.current.map((r) => r.share.id)).toEqual(['crisis', 'flag', 'phone']));
    close();
  });

  it('publishes a share only once staff confirm, then says so, logs it without its text and drops it from the queue', async () => {
    await holdPhone();
    const { queue, close, review } = await openQueueOnOne();

    queue.ask('publish', review);
    queue.cancel();
    await queue.confirm();
    expect((await db.shares.get('phone'))?.status).toBe('held');

    queue.ask('publish', review);
    expect(queue.confirming?.action).toBe('publish');
    await queue.confirm();
    expect(queue.confirming).toBeNull();
    expect(queue.notice).toEqual({ key: 'records:review.published', kind: 'done' });
    expect((await db.shares.get('phone'))?.status).toBe('published');
    await vi.waitFor(() => expect(queue.open.current).toEqual([]));
    const [entry] = (await listAuditEntries(0)).entries;
    expect(entry?.action).toBe('records.sharePublished');
    expect(entry?.staffName).toBe('Sam');
    expect(entry?.detail).toContain('How I feel');
    expect(entry?.detail).not.toContain('555');
    close();
  });

  it('removes a share for good when staff choose to', async () => {
    await holdFlag();
    const { queue, close, review } = await openQueueOnOne();
    queue.ask('remove', review);
    await queue.confirm();
    expect(queue.notice).toEqual({ key: 'records:review.removed', kind: 'done' });
    expect((await db.shares.get('flag'))?.status).toBe('removed');
    expect((await listAuditEntries(0)).entries.map((e) => e.action)).toEqual(['records.shareRemoved']);
    close();
  });

  it('says a share has gone when it expired meanwhile, and logs nothing', async () => {
    await holdPhone();
    const { queue, close, review } = await openQueueOnOne();
    await db.shares.delete('phone');
    queue.ask('publish', review);
    await queue.confirm();
    expect(queue.notice).toEqual({ key: 'records:review.gone', kind: 'error' });
    expect((await listAuditEntries(0)).entries).toEqual([]);
    close();
  });

  it('does nothing once staff mode has locked', async () => {
    await holdPhone();
    const { queue, close, review } = await openQueueOnOne();
    queue.ask('publish', review);
    await staffSession.lock();
    await queue.confirm();
    expect((await db.shares.get('phone'))?.status).toBe('held');
    expect(queue.notice).toBeNull();
    close();
    await staffOnDuty();
  });
});

describe('the badges of what waits for staff', () => {
  it('count shares to review and quiet requests, and follow them as they come and go', async () => {
    let shares = -1;
    let quiet = -1;
    const close = $effect.root(() => {
      $effect(() => {
        shares = waitingForStaff.shares.current;
        quiet = waitingForStaff.quietRequests.current;
      });
    });
    flushSync();
    await vi.waitFor(() => expect([shares, quiet]).toEqual([0, 0]));
    await holdPhone();
    await holdCrisis();
    const request = await requestStaffQuietly({ urgent: true, shareId: 'crisis' });
    await vi.waitFor(() => expect([shares, quiet]).toEqual([2, 1]));
    await db.reviewItems.update(request.id, { state: 'done' });
    await db.shares.delete('phone');
    await vi.waitFor(() => expect([shares, quiet]).toEqual([1, 0]));
    close();
  });
});
