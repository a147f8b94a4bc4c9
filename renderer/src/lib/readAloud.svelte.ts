import type { Locale } from '../../../shared/locale';
import type { SpeechProblem } from '../../../shared/speech';
import { kiosk } from './kiosk';
import type { MessageKey } from './messageKey';
import { visit } from './visit.svelte';

/** Where a "Read to me" button is: nothing asked, getting the words ready, reading, or why it cannot read. */
export type ReadingState = 'idle' | 'preparing' | 'reading' | 'unavailable' | 'failed';

/** What the wall says when reading aloud could not start or stopped short. */
export const READING_PROBLEM_TEXT: Record<Extract<ReadingState, 'unavailable' | 'failed'>, MessageKey> = {
  unavailable: 'readAloud.unavailable',
  failed: 'readAloud.failed',
};

/**
 * "Read to me": one reading at a time for the whole wall. Main speaks the words into a WAV
 * (espeak-ng, on this machine); the wall plays it through Web Audio, as the alert chime does, so
 * the page's strict content policy needs no exception for media. Only a tap starts a reading; a
 * new tap, leaving the screen and the idle reset stop it.
 */
class ReadAloud {
  #state = $state<ReadingState>('idle');
  /** The button the state belongs to: the others show "Read to me". */
  #owner = $state.raw<symbol | null>(null);
  /** Each reading's number: an answer for an older one arrives stale and is dropped. */
  #asked = 0;
  #audio: AudioContext | undefined;
  #playing: AudioBufferSourceNode | null = null;

  constructor() {
    visit.onEnd(() => this.stop());
  }

  /** What the button `owner` shows. */
  stateFor(owner: symbol): ReadingState {
    return this.#owner === owner ? this.#state : 'idle';
  }

  async read(owner: symbol, text: string, lang: Locale): Promise<void> {
    this.stop();
    const asked = this.#asked;
    this.#owner = owner;
    this.#state = 'preparing';
    let audio: AudioContext;
    try {
      // Made during the tap itself, so the wall may play sound from it.
      audio = this.#audio ??= new AudioContext();
      void audio.resume();
    } catch (error) {
      console.error('[read aloud] No sound here.', error);
      this.#state = 'failed';
      return;
    }
    const result = await kiosk.speech.say({ text, lang });
    if (asked !== this.#asked) return;
    if (!result.ok || !result.value.spoken) {
      const problem: SpeechProblem = result.ok && !result.value.spoken ? result.value.problem : 'failed';
      if (problem === 'replaced') return this.stop();
      if (!result.ok) console.error('[read aloud] The words could not be spoken.', result.error.message);
      this.#state = problem;
      return;
    }
    try {
      const sound = await audio.decodeAudioData(bytesOf(result.value.wav));
      if (asked !== this.#asked) return;
      const source = audio.createBufferSource();
      source.buffer = sound;
      source.connect(audio.destination);
      source.onended = () => {
        if (this.#playing === source) this.stop();
      };
      source.start();
      this.#playing = source;
      this.#state = 'reading';
    } catch (error) {
      console.error('[read aloud] The reading could not play.', error);
      this.#state = 'failed';
    }
  }

  stop(): void {
    this.#asked += 1;
    const playing = this.#playing;
    this.#playing = null;
    if (playing) {
      try {
        playing.stop();
      } catch {
        // It had already ended.
      }
      playing.disconnect();
    }
    this.#state = 'idle';
    this.#owner = null;
  }

  /** Stops the reading if it is `owner`'s: its screen was left, or the words on it changed. */
  stopFor(owner: symbol): void {
    if (this.#owner === owner) this.stop();
  }
}

function bytesOf(base64: string): ArrayBuffer {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

export const readAloud = new ReadAloud();
