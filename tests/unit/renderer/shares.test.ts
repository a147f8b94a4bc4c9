import { beforeEach, describe, expect, it } from 'vitest';
import type { Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import {
  flagShare,
  postShare,
  publishedSharesPage,
  purgeExpiredShares,
  relate,
  unrelate,
  type ShareRules,
} from '../../../renderer/src/db/repositories/shares';

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

  it('holds a share with a phone number and puts it in the review queue behind crises', async () => {
    const result = await postShare('b1', 'call me 555 123 4567', rules, NOW);
    expect(result).toMatchObject({ kind: 'held', crisis: false });
    const [stored] = await db.shares.toArray();
    expect(stored).toMatchObject({ status: 'held', holdReasons: ['personal-data'] });
    const items = await db.reviewItems.toArray();
    expect(items).toEqual([expect.objectContaining({ kind: 'share', shareId: stored?.id, state: 'open', priority: 2 })]);
  });

  it('holds a crisis share with priority 0 and asks staff, urgently, to come to the person', async () => {
    const result = await postShare('b1', 'I want to die', rules, NOW);
    expect(result).toMatchObject({ kind: 'held', crisis: true });
    const items = await db.reviewItems.toArray();
    expect(items.map(({ kind, priority, state }) => ({ kind, priority, state })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'quiet-request', priority: 0, state: 'open' },
      { kind: 'share', priority: 0, state: 'open' },
    ]);
    expect((await publishedSharesPage('b1', null, NOW)).shares).toEqual([]);
  });

  it('holds a share naming a resident from the roster', async () => {
    await db.residents.add({ id: 'r1', symbol: 'sun', name: 'Rosa Delgado', active: true, createdAt: 1 });
    expect(await postShare('b1', 'rosa made the best soup', rules, NOW)).toMatchObject({ kind: 'held', crisis: false });
    expect((await db.shares.toArray())[0]?.holdReasons).toEqual(['resident-name']);
  });

  it('holds every share for staff when the house pre-moderates', async () => {
    const result = await postShare('b1', 'Tea helped', { ...rules, moderationMode: 'all' }, NOW);
    expect(result).toMatchObject({ kind: 'held', crisis: false });
    expect(await db.reviewItems.toArray()).toEqual([expect.objectContaining({ kind: 'share', priority: 4 })]);
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
  it('opens one review item for a flagged share and hides it at the second flag', async () => {
    const s = share();
    await db.shares.add(s);
    expect(await flagShare(s.id, NOW)).toEqual({ hidden: false });
    expect((await publishedSharesPage('b1', null, NOW)).shares.map((x) => x.id)).toEqual([s.id]);
    expect(await flagShare(s.id, NOW + 1)).toEqual({ hidden: true });
    expect(await db.shares.get(s.id)).toMatchObject({ status: 'hidden', flags: 2, holdReasons: ['flagged'] });
    expect((await publishedSharesPage('b1', null, NOW)).shares).toEqual([]);
    const items = await db.reviewItems.toArray();
    expect(items).toEqual([expect.objectContaining({ kind: 'share', shareId: s.id, priority: 3, state: 'open' })]);
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
