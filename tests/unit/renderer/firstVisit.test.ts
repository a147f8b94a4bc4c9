import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_TOUCH_MS, SETTLED_MS, whenSomeoneComesOrSettled } from '../../../renderer/src/lib/firstVisit';

describe('getting ready for the first resident', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs soon after the first touch, once, and not again when the wall settles', () => {
    const wall = new EventTarget();
    const ready = vi.fn();
    whenSomeoneComesOrSettled(ready, wall);
    vi.advanceTimersByTime(SETTLED_MS / 2);
    expect(ready).not.toHaveBeenCalled();
    wall.dispatchEvent(new Event('pointerdown'));
    wall.dispatchEvent(new Event('keydown'));
    // The touch's own frame is drawn first.
    vi.advanceTimersByTime(AFTER_TOUCH_MS - 1);
    expect(ready).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ready).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SETTLED_MS);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('runs once the wall has stood untouched, and not again at a later touch', () => {
    const wall = new EventTarget();
    const ready = vi.fn();
    whenSomeoneComesOrSettled(ready, wall);
    vi.advanceTimersByTime(SETTLED_MS - 1);
    expect(ready).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ready).toHaveBeenCalledTimes(1);
    wall.dispatchEvent(new Event('pointerdown'));
    expect(ready).toHaveBeenCalledTimes(1);
  });
});
