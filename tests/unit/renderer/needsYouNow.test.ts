import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenAlert } from '../../../shared/alerts';
import type { ReviewItem, Share } from '../../../shared/model';
import { db } from '../../../renderer/src/db/db';
import { readNeeds } from '../../../renderer/src/db/repositories/needsYouNow';
import { acknowledgeQuietRequest, requestStaffQuietly } from '../../../renderer/src/db/repositories/reviewItems';
import { needsFrom, waitedFor } from '../../../renderer/src/screens/staff/areas/needs/waiting';

const NOW = Date.UTC(2026, 2, 10, 14, 2);
const MINUTE = 60_000;

function share(id: string, holdReasons: Share['holdReasons']): Share {
  return { id, boardId: 'board-hard', text: `text of ${id}`, status: 'held', holdReasons, flags: 0, createdAt: NOW, expiresAt: NOW + 14 * 86_400_000 } as Share;
}

function item(id: string, fields: Partial<ReviewItem> & Pick<ReviewItem, 'kind' | 'priority' | 'createdAt'>): ReviewItem {
  return { id, state: 'open', ...fields };
}

const alert = (id: string, kind: OpenAlert['kind'], raisedAt: number): OpenAlert => ({ id, kind, raisedAt, escalated: false });

describe('what needs staff now', () => {
  it('puts urgent needs first, then by the review order, oldest first within each', () => {
    const needs = needsFrom(
      {
        items: [
          { item: item('held', { kind: 'share', shareId: 's-held', priority: 4, createdAt: NOW - 50 * MINUTE }), share: share('s-held', ['personal-data']) },
          { item: item('quiet', { kind: 'quiet-request', priority: 1, createdAt: NOW - 30 * MINUTE }) },
          { item: item('urgent', { kind: 'quiet-request', priority: 0, createdAt: NOW - 2 * MINUTE }) },
        ],
        checkedShareIds: [],
      },
      [alert('pins', 'lockout', NOW - 40 * MINUTE)],
    );
    // Wrong PINs at the wall rank with a quiet request: someone may be standing there. Oldest first.
    expect(needs.map((n) => n.key)).toEqual(['item:urgent', 'alert:pins', 'item:quiet', 'share:s-held']);
    expect(needs.map((n) => n.urgent)).toEqual([true, false, false, false]);
  });

  it('makes an urgent request and the review of the share it came with one need, seen to with its alert', () => {
    const crisis = share('s1', ['crisis']);
    const [need, ...rest] = needsFrom(
      {
        items: [
          { item: item('review', { kind: 'share', shareId: 's1', priority: 0, createdAt: NOW - 12 * MINUTE }), share: crisis },
          { item: item('ask', { kind: 'quiet-request', shareId: 's1', priority: 0, createdAt: NOW - 11 * MINUTE, alertId: 'a1' }), share: crisis },
        ],
        checkedShareIds: [],
      },
      [alert('a1', 'crisis-share', NOW - 11 * MINUTE)],
    );
    expect(rest).toEqual([]);
    expect(need).toMatchObject({ person: true, urgent: true, since: NOW - 12 * MINUTE, alertId: 'a1', share: crisis });
    expect(need?.request?.id).toBe('ask');
    expect(need?.shareItem?.id).toBe('review');
    expect(need?.alert).toBeUndefined();
  });

  it('leaves only the share to decide once its person was checked on, unless its alert still waits', () => {
    const items = [{ item: item('review', { kind: 'share' as const, shareId: 's1', priority: 0, createdAt: NOW, alertId: 'a1' }), share: share('s1', ['crisis']) }];
    expect(needsFrom({ items, checkedShareIds: ['s1'] }, [alert('a1', 'crisis-share', NOW)])[0]).toMatchObject({ person: true, alertId: 'a1' });
    expect(needsFrom({ items, checkedShareIds: ['s1'] }, [])[0]).toMatchObject({ person: false });
    expect(needsFrom({ items, checkedShareIds: [] }, [])[0]?.alertId).toBeUndefined();
    // When main cannot say which alerts are open, the person is asked about again rather than assumed seen to.
    expect(needsFrom({ items, checkedShareIds: [] }, [], false)[0]).toMatchObject({ person: true, alertId: 'a1' });
  });

  it('treats a crisis share with no request and no alert as someone to check on', () => {
    const [need] = needsFrom({ items: [{ item: item('review', { kind: 'share', shareId: 's1', priority: 2, createdAt: NOW }), share: share('s1', ['crisis']) }], checkedShareIds: [] }, []);
    expect(need).toMatchObject({ person: true, urgent: false });
  });

  it('shows an alert with no review item on its own: a burst of wrong PINs is no person to check on', () => {
    const [pins] = needsFrom({ items: [], checkedShareIds: [] }, [alert('pins', 'lockout', NOW)]);
    expect(pins).toMatchObject({ key: 'alert:pins', person: false, alertId: 'pins' });
  });
});

describe('how long something has waited', () => {
  it('reads in plain words in English and Spanish, rounded down', () => {
    expect(waitedFor(59_000, 'en')).toBe('');
    expect(waitedFor(12 * MINUTE + 59_000, 'en')).toBe('12 min');
    expect(waitedFor(12 * MINUTE, 'es')).toBe('12 min');
    expect(waitedFor(65 * MINUTE, 'en')).toBe('1 hr, 5 min');
    expect(waitedFor(120 * MINUTE, 'en')).toBe('2 hr');
    expect(waitedFor(3 * 24 * 60 * MINUTE, 'es')).toBe('3 d');
  });
});

describe('reading the needs', () => {
  beforeEach(async () => {
    await Promise.all([db.shares.clear(), db.reviewItems.clear()]);
  });

  it('knows which open shares had their quiet request answered already', async () => {
    await db.shares.bulkAdd([share('s1', ['crisis']), share('s2', ['crisis'])]);
    await db.reviewItems.bulkAdd([
      item('r1', { kind: 'share', shareId: 's1', priority: 0, createdAt: NOW }),
      item('r2', { kind: 'share', shareId: 's2', priority: 0, createdAt: NOW }),
    ]);
    const answered = await requestStaffQuietly({ urgent: true, shareId: 's1' }, NOW);
    await requestStaffQuietly({ urgent: true, shareId: 's2' }, NOW);
    await acknowledgeQuietRequest(answered.id, 'Sam', NOW + MINUTE);

    const snapshot = await readNeeds(NOW + 2 * MINUTE);
    expect(snapshot.checkedShareIds).toEqual(['s1']);
    expect(snapshot.items).toHaveLength(3);
  });
});
