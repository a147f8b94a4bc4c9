import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Clock } from '../../../renderer/src/lib/clock.svelte';
import { FIRST_ITEMS, Unfolding } from '../../../renderer/src/lib/unfolding.svelte';

/** The wall's time and its long lists, with Svelte's effects running as in the page. */

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-03T09:59:58.400Z'));
});
afterEach(() => vi.useRealTimers());

describe('the wall clock', () => {
  it('reads the time when started and moves on each new second, never before', async () => {
    const clock = new Clock();
    clock.start();
    expect(clock.nowMs).toBe(Date.parse('2026-12-03T09:59:58.400Z'));
    await vi.advanceTimersByTimeAsync(500);
    expect(clock.nowMs).toBe(Date.parse('2026-12-03T09:59:58.400Z'));
    await vi.advanceTimersByTimeAsync(200);
    expect(clock.now.toISOString()).toBe('2026-12-03T09:59:59.005Z');
    clock.stop();
  });

  it('changes its minute only when the minute turns, and stops when told', async () => {
    const clock = new Clock();
    clock.start();
    expect(clock.minuteMs).toBe(Date.parse('2026-12-03T09:59:00.000Z'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(clock.minuteMs).toBe(Date.parse('2026-12-03T09:59:00.000Z'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(clock.minuteMs).toBe(Date.parse('2026-12-03T10:00:00.000Z'));
    clock.stop();
    const stoppedAt = clock.nowMs;
    await vi.advanceTimersByTimeAsync(5000);
    expect(clock.nowMs).toBe(stoppedAt);
  });

  it('is followed by what derives from it', () => {
    const clock = new Clock();
    const seen: number[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(clock.minuteMs);
      });
    });
    flushSync();
    clock.nowMs += 60_000;
    flushSync();
    stop();
    expect(seen).toEqual([Date.parse('2026-12-03T09:59:00.000Z'), Date.parse('2026-12-03T10:00:00.000Z')]);
  });
});

describe('a long list drawn a screenful at a time', () => {
  it('shows the first screenful at once, then grows frame by frame to the whole list', async () => {
    const all = Array.from({ length: 300 }, (_, i) => i);
    let list!: Unfolding<number>;
    const stop = $effect.root(() => {
      list = new Unfolding(() => all);
    });
    flushSync();
    expect(list.items).toHaveLength(FIRST_ITEMS);
    expect(list.items).toEqual(all.slice(0, FIRST_ITEMS));
    let frames = 0;
    while (list.items.length < all.length && frames < 400) {
      await vi.advanceTimersByTimeAsync(16);
      frames++;
    }
    expect(list.items).toEqual(all);
    stop();
  });

  it('shows a short list whole, and follows the list when it changes', () => {
    let all = $state([1, 2, 3]);
    let list!: Unfolding<number>;
    const stop = $effect.root(() => {
      list = new Unfolding(() => all);
    });
    flushSync();
    expect(list.items).toEqual([1, 2, 3]);
    all = [4, 5];
    flushSync();
    expect(list.items).toEqual([4, 5]);
    stop();
  });
});
