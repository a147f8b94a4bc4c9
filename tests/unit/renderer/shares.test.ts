import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import {
  flagShare,
  publishedSharesPage,
  purgeExpiredShares,
  relate,
  unrelate,
  type ShareRules,
} from '../../../renderer/src/db/repositories/shares';
import { postShare } from '../../../renderer/src/lib/boards/postShare';
import { readShareCheckIn } from './fixtures/shareCheck';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 15);
const rules: ShareRules = { shareMaxLength: 280, shareRetentionDays: 14, moderationMode: 'flagged' };

function share(overrides: Partial<Share> = {}): Share {
  return {
    id: crypto.randomUUID(),
    boardId: 'b1',
    text: 'A walk helped',
    createdAt: NOW - DAY,
    expiresAt: NOW + 13 * DAY,
    status: 'published',
    holdReasons: [],
    relates: 0,
    flags: 0,
    ...overrides,
  };
}

beforeAll(readShareCheckIn, 60_000);

beforeEach(async () => {
  await Promise.all([db.shares.clear(), db.reviewItems.clear(), db.residents.clear()]);
});

describe('posting a share', () => {
  it('publishes an everyday share at once, normalised, expiring after the retention period', async () => {
    const result = await postShare('b1', '  Tea\u200B with a friend helped  ', rules, NOW);
    expect(result).toMatchObject({ kind: 'published', share: { text: 'Tea with a friend helped', relates: 0 } });
    const stored = await db.shares.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ boardId: 'b1', status: 'published', createdAt: NOW, expiresAt: NOW + 14 * DAY, holdReasons: [] });
    expect(await db.reviewItems.count()).toBe(0);
  });

  it('refuses empty and over-long text and stores nothing', async () => {
    expect(await postShare('b1', ' \u200B ', rules, NOW)).toEqual({ kind: 'refused', reason: 'empty' });
    expect(await postShare('b1', 'x'.repeat(41), { ...rules, shareMaxLength: 40 }, NOW)).toEqual({ kind: 'refused', reason: 'too-long' });
    expect(await db.shares.count()).toBe(0);
  });

  it('holds a share with a phone number and puts it in the review queue behind crises, requests and flags', async () => {
    const result = await postShare('b1', 'call me 555 123 4567', rules, NOW);
    expect(result).toMatchObject({ kind: 'held', crisis: null, requestId: null });
    const [stored] = await db.shares.toArray();
    expect(stored).toMatchObject({ status: 'held', holdReasons: ['personal-data'] });
    const items = await db.reviewItems.toArray();
    expect(items).toEqual([expect.objectContaining({ kind: 'share', shareId: stored?.id, state: 'open', priority: 4 })]);
  });

  it('holds urgent crisis words first in the queue, with an urgent request for the person who wrote them', async () => {
    const result = await postShare('b1', 'tonight after everyone goes to bed i am going to take all my pills', rules, NOW);
    if (result.kind !== 'held') throw new Error(`expected a hold, got ${result.kind}`);
    expect(result.crisis).toBe('urgent');
    const items = await db.reviewItems.toArray();
    expect(items.map(({ kind, priority, state, shareId }) => ({ kind, priority, state, shareId })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'quiet-request', priority: 0, state: 'open', shareId: result.shareId },
      { kind: 'share', priority: 0, state: 'open', shareId: result.shareId },
    ]);
    expect(items.find((i) => i.kind === 'quiet-request')?.id).toBe(result.requestId);
    expect((await publishedSharesPage('b1', null, NOW)).shares).toEqual([]);
  });

  it('holds words of concern after urgent ones, and asks staff quietly, not urgently', async () => {
    const result = await postShare('b1', 'I want to die', rules, NOW);
    if (result.kind !== 'held') throw new Error(`expected a hold, got ${result.kind}`);
    expect(result.crisis).toBe('concern');
    const items = await db.reviewItems.toArray();
    expect(items.map(({ kind, priority }) => ({ kind, priority })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'quiet-request', priority: 1 },
      { kind: 'share', priority: 2 },
    ]);
    expect(items.find((i) => i.kind === 'quiet-request')).toMatchObject({ id: result.requestId, shareId: result.shareId });
  });

  it('holds a share with one of the house\'s words to watch as an ordinary hold, not a crisis', async () => {
    const result = await postShare('b1', 'anyone got some blue magic', { ...rules, watchWords: ['blue magic'] }, NOW);
    expect(result).toMatchObject({ kind: 'held', crisis: null, requestId: null });
    expect((await db.shares.toArray())[0]?.holdReasons).toEqual(['watch-word']);
    expect(await db.reviewItems.toArray()).toEqual([expect.objectContaining({ kind: 'share', priority: 4 })]);
  });

  it('publishes the same words when the house watches for none', async () => {
    expect(await postShare('b1', 'anyone got some blue magic', rules, NOW)).toMatchObject({ kind: 'published' });
  });

  it('holds a share naming a resident from the roster', async () => {
    await db.residents.add({ id: 'r1', symbol: 'sun', colour: 'blue', name: 'Rosa Delgado', active: true, createdAt: 1 });
    expect(await postShare('b1', 'rosa made the best soup', rules, NOW)).toMatchObject({ kind: 'held', crisis: null });
    expect((await db.shares.toArray())[0]?.holdReasons).toEqual(['resident-name']);
  });

  it('holds every share for staff when the house pre-moderates, last in the queue', async () => {
    const result = await postShare('b1', 'Tea helped', { ...rules, moderationMode: 'all' }, NOW);
    expect(result).toMatchObject({ kind: 'held', crisis: null });
    expect(await db.reviewItems.toArray()).toEqual([expect.objectContaining({ kind: 'share', priority: 5 })]);
  });
});

describe('I relate', () => {
  it('adds and takes back a relate, never below zero', async () => {
    const s = share();
    await db.shares.add(s);
    expect(await relate(s.id)).toBe(1);
    expect(await relate(s.id)).toBe(2);
    expect(await unrelate(s.id)).toBe(1);
    expect(await unrelate(s.id)).toBe(0);
    expect(await unrelate(s.id)).toBe(0);
    expect((await db.shares.get(s.id))?.relates).toBe(0);
  });

  it('counts every relate when many arrive at once', async () => {
    const s = share();
    await db.shares.add(s);
    await Promise.all(Array.from({ length: 25 }, () => relate(s.id)));
    expect((await db.shares.get(s.id))?.relates).toBe(25);
  });

  it('answers null for a share that is gone', async () => {
    expect(await relate('nope')).toBeNull();
  });
});

describe('This worries me', () => {
  it('takes a share off the board at the first flag and puts it in the queue as a flagged share', async () => {
    const s = share();
    await db.shares.add(s);
    expect(await flagShare(s.id, NOW)).toBe(true);
    expect(await db.shares.get(s.id)).toMatchObject({ status: 'hidden', flags: 1, holdReasons: ['flagged'] });
    expect((await publishedSharesPage('b1', null, NOW)).shares).toEqual([]);
    expect(await db.reviewItems.toArray()).toEqual([expect.objectContaining({ kind: 'share', shareId: s.id, priority: 3, state: 'open' })]);
  });

  it('keeps one open review item however many visitors flag the share', async () => {
    const s = share();
    await db.shares.add(s);
    await flagShare(s.id, NOW);
    await flagShare(s.id, NOW + 1);
    expect(await db.shares.get(s.id)).toMatchObject({ status: 'hidden', flags: 2, holdReasons: ['flagged'] });
    expect(await db.reviewItems.count()).toBe(1);
  });

  it('answers false for a share that is gone, and stores nothing', async () => {
    expect(await flagShare('nope', NOW)).toBe(false);
    expect(await db.reviewItems.count()).toBe(0);
  });
});

describe('retention', () => {
  it('never shows an expired share, even before the purge', async () => {
    await db.shares.bulkAdd([
      share({ id: 'fresh', createdAt: NOW - DAY, expiresAt: NOW + DAY }),
      share({ id: 'expired', createdAt: NOW - 2 * DAY, expiresAt: NOW - 1 }),
      share({ id: 'ancient', createdAt: NOW - 200 * DAY, expiresAt: NOW + DAY }),
    ]);
    expect((await publishedSharesPage('b1', null, NOW)).shares.map((s) => s.id)).toEqual(['fresh']);
  });

  it('purges shares past their expiry and their review items, and keeps the rest', async () => {
    await db.shares.bulkAdd([share({ id: 'keep', expiresAt: NOW + 1 }), share({ id: 'gone', expiresAt: NOW, status: 'held' })]);
    await db.reviewItems.bulkAdd([
      { id: 'i1', kind: 'share', shareId: 'gone', priority: 2, state: 'open', createdAt: 1 },
      { id: 'i2', kind: 'share', shareId: 'keep', priority: 3, state: 'open', createdAt: 1 },
      { id: 'i3', kind: 'quiet-request', priority: 1, state: 'open', createdAt: 1 },
    ]);
    expect(await purgeExpiredShares(NOW)).toBe(1);
    expect((await db.shares.toArray()).map((s) => s.id)).toEqual(['keep']);
    expect((await db.reviewItems.toArray()).map((i) => i.id).sort()).toEqual(['i2', 'i3']);
  });
});
