/** How long a wall stands untouched after it starts before it gets ready for the first resident anyway. */
export const SETTLED_MS = 10_000;

/**
 * After a first touch, how long getting ready waits: the touch's own answer (the pressed button,
 * the screen it leads to) is drawn first. Fetching and compiling screens at the moment of the
 * touch took the two cores the wall has and held that first frame back by two or three frames.
 */
export const AFTER_TOUCH_MS = 500;

/**
 * Runs `then` once: `AFTER_TOUCH_MS` after the first touch or key on the wall, or `settledMs` after
 * this call if none comes first.
 */
export function whenSomeoneComesOrSettled(then: () => void, target: EventTarget = window, settledMs = SETTLED_MS): void {
  const events = ['pointerdown', 'keydown'] as const;
  const stopWaiting = () => {
    clearTimeout(settled);
    for (const event of events) target.removeEventListener(event, come, { capture: true });
  };
  const come = () => {
    stopWaiting();
    setTimeout(then, AFTER_TOUCH_MS);
  };
  const settled = setTimeout(() => {
    stopWaiting();
    then();
  }, settledMs);
  for (const event of events) target.addEventListener(event, come, { capture: true });
}
