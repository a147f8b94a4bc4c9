/**
 * A tap is answered within one frame: what it shows at once (a pressed button, a pressed mark, a
 * light first frame of the next screen) is painted first, and the work it starts (the database,
 * the next screen, its data) runs after that paint. One helper for the whole wall.
 */

/**
 * If the wall is not drawing frames (its window hidden), the work still runs after this long:
 * a frame that never comes must not hold up a tap-in.
 */
const NO_FRAME_MS = 100;

/** A delayed task; scheduler.postTask where there is one, so it keeps real time as timers do. */
function later(work: () => void, delay: number) {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { delay: number }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(work, { delay });
  else setTimeout(work, delay);
}

/**
 * Resolves once the browser has painted the frame now being built. A new ResizeObserver reports
 * in the next frame's rendering step, between layout and paint (as a frame callback would run,
 * and unlike one it is never a test clock's fake); a message posted from there arrives after the paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // Where nothing is drawn (tests under Node), the work runs in the next task.
    if (typeof ResizeObserver !== 'function' || typeof document === 'undefined') {
      setTimeout(finish, 0);
      return;
    }
    later(finish, NO_FRAME_MS);
    const frame = new ResizeObserver(() => {
      frame.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        finish();
      };
      channel.port2.postMessage(null);
    });
    frame.observe(document.documentElement);
  });
}

/** The attribute a tapped button carries while its tap is being answered (styled in global.css). */
const PRESSED = 'data-pressed';

/**
 * Marks each tapped button pressed as the finger lands, and keeps it so for the frame after the
 * finger lifts: the answer a resident sees at once, while the screen the tap leads to is drawn.
 * Returns the way to stop.
 */
export function showPresses(target: EventTarget = window): () => void {
  let pressed: Element | null = null;
  const release = (element: Element) => {
    void afterPaint()
      .then(afterPaint)
      .then(() => {
        if (pressed !== element) element.removeAttribute(PRESSED);
      });
    if (pressed === element) pressed = null;
  };
  const down = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('button, [role="button"]');
    if (pressed && pressed !== button) pressed.removeAttribute(PRESSED);
    pressed = button ?? null;
    pressed?.setAttribute(PRESSED, '');
  };
  const up = () => {
    if (pressed) release(pressed);
  };
  target.addEventListener('pointerdown', down, { capture: true });
  target.addEventListener('pointerup', up, { capture: true });
  target.addEventListener('pointercancel', up, { capture: true });
  return () => {
    target.removeEventListener('pointerdown', down, { capture: true });
    target.removeEventListener('pointerup', up, { capture: true });
    target.removeEventListener('pointercancel', up, { capture: true });
    pressed?.removeAttribute(PRESSED);
  };
}
