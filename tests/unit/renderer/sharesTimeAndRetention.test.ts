import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { coarseTimeOf } from '../../../renderer/src/lib/boards/coarseTime';
import { keepShareRetention } from '../../../renderer/src/lib/boards/shareRetention';
import { FIRST_PURGE_AFTER_MS } from '../../../renderer/src/lib/keepPurging';

const at = (local: string) => new Date(local).getTime();

describe('the coarse time of a share', () => {
  const now = at('2026-03-10T09:15:00');

  it('says only Today, Yesterday, This week or Earlier, by local calendar day', () => {
    expect(coarseTimeOf(at('2026-03-10T00:01:00'), now)).toBe('today');
    expect(coarseTimeOf(at('2026-03-09T23:59:00'), now)).toBe('yesterday');
    expect(coarseTimeOf(at('2026-03-09T00:00:00'), now)).toBe('yesterday');
    expect(coarseTimeOf(at('2026-03-08T23:00:00'), now)).toBe('thisWeek');
    expect(coarseTimeOf(at('2026-03-04T12:00:00'), now)).toBe('thisWeek');
    expect(coarseTimeOf(at('2026-03-03T12:00:00'), now)).toBe('earlier');
  });

  it('treats a share from a moment ago, or a clock a little behind, as today', () => {
    expect(coarseTimeOf(now, now)).toBe('today');
    expect(coarseTimeOf(now + 60_000, now)).toBe('today');
  });
});

describe('share retention on a wall that runs for months', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(at('2026-03-10T09:00:00'));
    await db.shares.clear();
  });
  afterEach(() => vi.useRealTimers());

  const share = (id: string, expiresAt: number) => ({
    id, boardId: 'b1', text: 't', createdAt: 0, expiresAt,
    status: 'published' as const, holdReasons: [], relates: 0, flags: 0,
  });

  it('purges expired shares soon after start and again each day', async () => {
    const tomorrow = at('2026-03-11T08:00:00');
    await db.shares.bulkAdd([share('old', at('2026-03-01T00:00:00')), share('later', tomorrow)]);
    const stop = keepShareRetention();
    // The wall shows first: nothing is deleted in the first moments after start.
    await vi.advanceTimersByTimeAsync(FIRST_PURGE_AFTER_MS - 100);
    expect(await db.shares.count()).toBe(2);
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(async () => expect((await db.shares.toArray()).map((s) => s.id)).toEqual(['later']));
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    await vi.waitFor(async () => expect(await db.shares.count()).toBe(0));
    stop();
  });
});
