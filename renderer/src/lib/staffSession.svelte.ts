import { tick } from 'svelte';
import type { BridgeError } from '../../../shared/bridge/channel';
import type { AuditAction } from '../db/repositories/audit';
import type { StaffMember, StaffSessionInfo, StaffStatus } from '../../../shared/staff';
import { kiosk, unwrap } from './kiosk';
import { nav } from './nav.svelte';
import { TIMEOUT_WARNING_SECONDS } from './timeoutWarning';

/** Staff activity reaches main at most this often; main relocks on its own after the relock time. */
const TOUCH_EVERY_MS = 10_000;

/**
 * Activity that came too soon after the last report reaches main this long after it: main's relock
 * then never counts from earlier than the renderer's, so main cannot lock while the warning still
 * offers "Keep working", and counts from at most this much later than the last real touch.
 */
const LATE_TOUCH_AFTER_MS = 1_000;

/** Seconds of warning before staff mode relocks by itself. */
export const RELOCK_WARNING_SECONDS = TIMEOUT_WARNING_SECONDS;

/** Marks the element that holds staff mode's screens: once locked, none may be left in the page. */
export const STAFF_SCREEN_ATTRIBUTE = 'data-staff-screen';

/**
 * After a lock the page must hold no staff screen, whatever state the screens were in. When one
 * is still there (a screen that failed mid-draw no longer follows the wall's state), the page
 * starts afresh: a reload always comes back home and locked.
 */
async function leaveNoStaffScreen(): Promise<void> {
  if (typeof window === 'undefined') return;
  try {
    await tick();
  } catch (error) {
    console.error('[staff] The screens could not be drawn after locking.', error);
  }
  if (window.document.querySelector(`[${STAFF_SCREEN_ATTRIBUTE}]`) === null) return;
  console.error('[staff] A staff screen was still showing after locking: starting the page afresh.');
  window.location.reload();
}

/**
 * Staff mode as the renderer sees it. Main decides (PIN checks, lockout, its own relock timer);
 * this class mirrors the session, relocks after the house's relock time without activity (with a
 * warning RELOCK_WARNING_SECONDS ahead that "Keep working" answers), and
 * is the one place other areas read who is signed in:
 * `staffSession.unlocked`, `staffSession.current?.name`, `staffSession.record(action, detail)`.
 */
class StaffSession {
  /** Who has staff mode open, or null when locked. */
  current = $state.raw<StaffSessionInfo | null>(null);
  /** Main's last answer about accounts and lockout; null until loaded. */
  status = $state.raw<StaffStatus | null>(null);
  /** Staff mode is about to relock by itself: the warning shows, counting down secondsLeft. */
  warning = $state(false);
  secondsLeft = $state(RELOCK_WARNING_SECONDS);
  #relockMs = 120_000;
  #relockTimer: ReturnType<typeof setTimeout> | undefined;
  #warningTimer: ReturnType<typeof setTimeout> | undefined;
  #countdown: ReturnType<typeof setInterval> | undefined;
  #lateTouch: ReturnType<typeof setTimeout> | undefined;
  #lastTouchAt = 0;
  #lockListeners = new Set<() => void>();

  get unlocked(): boolean {
    return this.current !== null;
  }

  /** No staff account exists: the wall shows first-run setup instead of itself. */
  get needsSetup(): boolean {
    return this.status?.needsSetup ?? false;
  }

  get staff(): StaffMember[] {
    return this.status?.staff ?? [];
  }

  configure(relockSeconds: number) {
    this.#relockMs = relockSeconds * 1000;
    if (this.unlocked) this.#restartRelockTimer();
  }

  /** At start-up (and after a reload or crash) staff mode is always locked. */
  async startLocked(): Promise<void> {
    this.#forget();
    await unwrap(kiosk.staff.lock());
    await this.refresh();
  }

  async refresh(): Promise<StaffStatus> {
    const status = await unwrap(kiosk.staff.status());
    this.status = status;
    return status;
  }

  /** Main has opened a session (unlock, recovery). */
  signedIn(session: StaffSessionInfo) {
    this.current = session;
    this.#lastTouchAt = Date.now();
    this.#restartRelockTimer();
  }

  /**
   * Any touch or key in staff mode: keeps both the renderer's and main's session open. While the
   * warning shows, the tap's click answers it (keepWorking): closing it as the finger comes down
   * would hand the rest of the tap to whatever lies behind.
   */
  activity = () => {
    if (!this.unlocked || this.warning) return;
    this.#restartRelockTimer();
    if (Date.now() - this.#lastTouchAt >= TOUCH_EVERY_MS) {
      this.#touchMain();
      return;
    }
    clearTimeout(this.#lateTouch);
    this.#lateTouch = setTimeout(() => this.#touchMain(), LATE_TOUCH_AFTER_MS);
  };

  /** "Keep working" in the warning: staff activity, told to main at once. */
  keepWorking() {
    if (!this.unlocked || !this.warning) return;
    this.#restartRelockTimer();
    this.#touchMain();
  }

  /** Registers what to do whenever staff mode locks; returns the unregister function. */
  onLock(listener: () => void): () => void {
    this.#lockListeners.add(listener);
    return () => this.#lockListeners.delete(listener);
  }

  /** Locks staff mode in main and here, and leaves staff screens for the wall: none stays in the page. */
  async lock(): Promise<void> {
    this.#forget();
    if (nav.screen.name === 'staff') nav.home();
    for (const listener of this.#lockListeners) {
      // Whatever one of them does, main must still be locked and the page checked.
      try {
        listener();
      } catch (error) {
        console.error('[staff] Something that follows the lock failed.', error);
      }
    }
    // The page is checked as soon as it is drawn, while main's answer is on its way: a tap on
    // "Staff mode" that lands before main answers opens staff mode afresh, and is not taken
    // for a staff screen left behind.
    const mainLocked = kiosk.staff.lock();
    try {
      await leaveNoStaffScreen();
    } finally {
      await mainLocked;
    }
  }

  /** For a refused bridge call: 'forbidden' means main has relocked, so the renderer follows. */
  handleRefusal(error: BridgeError): void {
    if (error.code === 'forbidden') void this.lock();
  }

  /** Appends to the audit log as the signed-in staff member. */
  async record(action: AuditAction, detail = ''): Promise<void> {
    if (!this.current) return;
    const current = this.current;
    // Loaded on use: the wall's first screen starts without the database code.
    const { recordStaffAction } = await import('../db/repositories/audit');
    await recordStaffAction(current, action, detail);
  }

  #forget() {
    this.#stopTimers();
    clearTimeout(this.#lateTouch);
    this.current = null;
  }

  #touchMain() {
    clearTimeout(this.#lateTouch);
    this.#lateTouch = undefined;
    if (!this.unlocked) return;
    this.#lastTouchAt = Date.now();
    void kiosk.staff.touch().then((result) => {
      if (result.ok && result.value === null) void this.lock();
    });
  }

  #restartRelockTimer() {
    this.#stopTimers();
    const relockAt = Date.now() + this.#relockMs;
    this.#relockTimer = setTimeout(() => void this.lock(), this.#relockMs);
    this.#warningTimer = setTimeout(() => this.#warn(relockAt), Math.max(0, this.#relockMs - RELOCK_WARNING_SECONDS * 1000));
  }

  #warn(relockAt: number) {
    this.warning = true;
    // Counted from the relock time itself, so a late tick never shows more time than is left.
    const count = () => (this.secondsLeft = Math.max(0, Math.ceil((relockAt - Date.now()) / 1000)));
    count();
    this.#countdown = setInterval(count, 1000);
  }

  #stopTimers() {
    clearTimeout(this.#relockTimer);
    clearTimeout(this.#warningTimer);
    clearInterval(this.#countdown);
    this.warning = false;
  }
}

export const staffSession = new StaffSession();

