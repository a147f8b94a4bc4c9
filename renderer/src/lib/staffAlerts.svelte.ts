import type { RaiseResult } from '../../../shared/alerts';
import type { BridgeResult } from '../../../shared/bridge/channel';
import { kiosk } from './kiosk';
import { houseSettings } from './settings.svelte';

/** How often the wall asks main whether an alert still waits: cheap, and soon enough for staff walking by. */
const STATUS_EVERY_MS = 15_000;

/** What became of raising an alert: `delivered` only when a channel took it. */
export interface AlertOutcome {
  delivered: boolean;
  /** Main's id for the alert, or null when main could not raise it. */
  id: string | null;
}

/**
 * The alerts as the wall may know them: how many wait for a staff member (the mark on the Staff
 * button), and raising one for a person who needs someone now. Main holds the alerts; the wall
 * only asks, at start, after each raise and every 15 s, with one timer for the wall's life.
 */
class StaffAlerts {
  /** Alerts no staff member has acknowledged yet. */
  waiting = $state(0);
  #timer: ReturnType<typeof setInterval> | undefined;
  /** Reads still unanswered; the timer skips its turn while one is, so a slow main never piles them up. */
  #reading = 0;
  /** Only the newest read may set `waiting`: an older answer arriving late is stale. */
  #asked = 0;
  #audio: AudioContext | undefined;

  /** Reads the status now, and every 15 s from the first call on; calling again only reads now. */
  keep(): void {
    if (this.#timer === undefined) {
      this.#timer = setInterval(() => {
        if (this.#reading === 0) void this.refresh();
      }, STATUS_EVERY_MS);
    }
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const asked = ++this.#asked;
    this.#reading += 1;
    try {
      const result = await kiosk.alerts.status();
      // A failed read keeps what was known: the mark neither goes out nor lights without cause.
      if (result.ok && asked === this.#asked) this.waiting = result.value.waiting;
    } catch (error) {
      console.error('[alerts] The alert status could not be read.', error);
    } finally {
      this.#reading -= 1;
    }
  }

  /** Raises an alert in main and answers honestly whether a channel took it. Never throws. */
  async raise(kind: 'crisis-share' | 'urgent-request'): Promise<AlertOutcome> {
    let result: BridgeResult<RaiseResult>;
    try {
      result = await kiosk.alerts.raise({ kind });
    } catch (error) {
      result = { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
    if (!result.ok) {
      console.error('[alerts] The alert could not be raised.', result.error.message);
      void this.refresh();
      return { delivered: false, id: null };
    }
    // The alert is open in main from now on: the mark shows at once, and the next read confirms it.
    this.waiting = Math.max(this.waiting, 1);
    ++this.#asked;
    if (houseSettings.current.alertChime) this.#chime();
    void this.refresh();
    return { delivered: result.value.delivered, id: result.value.id };
  }

  /** Two soft notes, about a second in all. Only when the house turned the chime on. */
  #chime() {
    try {
      this.#audio ??= new AudioContext();
      const audio = this.#audio;
      void audio.resume();
      const start = audio.currentTime + 0.02;
      const gain = audio.createGain();
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.12, start + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.1);
      gain.connect(audio.destination);
      const notes = [
        { hz: 659.25, at: 0 },
        { hz: 880, at: 0.22 },
      ];
      notes.forEach(({ hz, at }, i) => {
        const tone = audio.createOscillator();
        tone.type = 'sine';
        tone.frequency.value = hz;
        tone.connect(gain);
        tone.start(start + at);
        tone.stop(start + 1.15);
        // The last note lets go of the chain, so nothing of a chime stays connected.
        if (i === notes.length - 1) tone.onended = () => gain.disconnect();
      });
    } catch (error) {
      // No sound device: the mark on the Staff button still shows.
      console.error('[alerts] The chime could not play.', error);
    }
  }
}

export const staffAlerts = new StaffAlerts();
