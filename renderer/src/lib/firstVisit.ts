/** How long a wall stands untouched after it starts before it gets ready for the first resident anyway. */
export const SETTLED_MS = 10_000;

/**
 * Runs `then` once: at the first touch or key on the wall, or `settledMs` after this call if none
 * comes first.
 */
export function whenSomeoneComesOrSettled(then: () => void, target: EventTarget = window, settledMs = SETTLED_MS): void {
  const events = ['pointerdown', 'keydown'] as const;
  const come = () => {
    clearTimeout(settled);
    for (const event of events) target.removeEventListener(event, come, { capture: true });
    then();
  };
  const settled = setTimeout(come, settledMs);
  for (const event of events) target.addEventListener(event, come, { capture: true });
}
