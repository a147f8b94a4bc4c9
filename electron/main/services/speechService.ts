import { spawn } from 'node:child_process';
import type { Locale } from '../../../shared/locale';
import type { SpeechResult } from '../../../shared/speech';

/**
 * Runs the speech program with `args`, writes `input` to its standard input, and resolves with
 * what it wrote to standard output. Rejects when it cannot start (an error with code 'ENOENT'
 * when it is not installed), exits with a failure, or `signal` aborts it.
 */
export type SpeechRun = (args: readonly string[], input: string, signal: AbortSignal) => Promise<Buffer>;

/** The voices for the wall's languages: American English, and the Spanish of Latin America. */
export const VOICES: Record<Locale, string> = { en: 'en-us', es: 'es-419' };
/** Words a minute: a little slower than espeak-ng's 175, for residents who listen carefully. */
export const WORDS_PER_MINUTE = 140;
/** The longest espeak-ng may take to speak a screen into a file; it takes well under a second. */
export const SPEECH_TIMEOUT_MS = 20_000;
/** Far more than 2,000 characters of speech make (about 7 MB); a program writing more is stopped. */
export const MAX_WAV_BYTES = 32 * 1024 * 1024;

/** espeak-ng's arguments: fixed, with the words only ever on standard input (so no word is taken as an option). */
export function espeakArgs(lang: Locale): string[] {
  return ['-v', VOICES[lang], '-s', String(WORDS_PER_MINUTE), '-b', '1', '--stdout', '--stdin'];
}

export interface SpeechServiceOptions {
  /** Runs espeak-ng; the real program (spawnRunner) when absent. */
  run?: SpeechRun;
  /** Where main writes what IT may need to know: that espeak-ng is missing, or failed. */
  log: (message: string) => void;
}

/**
 * "Read to me": speaks the wall's words into a WAV with espeak-ng, on this machine. One reading
 * at a time: a new request stops the one still being made, which answers 'replaced'.
 */
export class SpeechService {
  readonly #run: SpeechRun;
  readonly #log: (message: string) => void;
  #current: AbortController | null = null;
  #toldMissing = false;

  constructor(options: SpeechServiceOptions) {
    this.#run = options.run ?? spawnRunner();
    this.#log = options.log;
  }

  async say(text: string, lang: Locale): Promise<SpeechResult> {
    this.#current?.abort();
    const current = new AbortController();
    this.#current = current;
    try {
      const wav = withWavSizes(await this.#run(espeakArgs(lang), text, current.signal));
      if (current.signal.aborted) return { spoken: false, problem: 'replaced' };
      if (!wav) {
        this.#log('Read to me: espeak-ng did not answer with a WAV.');
        return { spoken: false, problem: 'failed' };
      }
      return { spoken: true, wav: wav.toString('base64') };
    } catch (error) {
      if (current.signal.aborted) return { spoken: false, problem: 'replaced' };
      if (isMissingProgram(error)) {
        // Once per start: every tap would otherwise say the same thing to House health.
        if (!this.#toldMissing) this.#log('Read to me is off: espeak-ng is not installed (apt install espeak-ng).');
        this.#toldMissing = true;
        return { spoken: false, problem: 'unavailable' };
      }
      this.#log(`Read to me: espeak-ng failed: ${error instanceof Error ? error.message : String(error)}`);
      return { spoken: false, problem: 'failed' };
    } finally {
      if (this.#current === current) this.#current = null;
    }
  }
}

function isMissingProgram(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

const WAV_HEADER_BYTES = 44;

/**
 * espeak-ng writing to a pipe cannot go back to fill in the WAV's sizes, and leaves them at their
 * largest. They are set here from the whole file, so any player reads its true length. Null when
 * the bytes are not a WAV with sound in it.
 */
export function withWavSizes(bytes: Buffer): Buffer | null {
  if (bytes.length <= WAV_HEADER_BYTES) return null;
  if (bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WAVE') return null;
  const wav = Buffer.from(bytes);
  wav.writeUInt32LE(wav.length - 8, 4);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('latin1', offset, offset + 4);
    if (id === 'data') {
      const size = wav.length - offset - 8;
      if (size <= 0) return null;
      wav.writeUInt32LE(size, offset + 4);
      return wav;
    }
    const size = wav.readUInt32LE(offset + 4);
    offset += 8 + size + (size % 2);
  }
  return null;
}

/**
 * The real runner: spawns `command` (never through a shell) with a time limit and a cap on what
 * it may write, the words on its standard input.
 */
export function spawnRunner(command = 'espeak-ng'): SpeechRun {
  return (args, input, signal) =>
    new Promise<Buffer>((resolve, reject) => {
      const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], signal, timeout: SPEECH_TIMEOUT_MS, killSignal: 'SIGKILL' });
      const out: Buffer[] = [];
      let outBytes = 0;
      let errText = '';
      child.stdout.on('data', (chunk: Buffer) => {
        outBytes += chunk.length;
        if (outBytes <= MAX_WAV_BYTES) return void out.push(chunk);
        // Stop reading at once: whatever keeps writing finds the pipe closed.
        child.stdout.destroy();
        child.kill('SIGKILL');
        reject(new Error(`${command} wrote more than ${MAX_WAV_BYTES} bytes`));
      });
      child.stderr.on('data', (chunk: Buffer) => {
        errText = (errText + chunk.toString('utf8')).slice(-500);
      });
      // A program that stops reading early (or never started) closes the pipe: its exit says why.
      child.stdin.on('error', () => {});
      child.on('error', reject);
      child.on('close', (code, killedBy) => {
        if (code === 0) resolve(Buffer.concat(out));
        else reject(new Error(`${command} stopped (${killedBy ?? `exit ${code}`})${errText ? `: ${errText.trim()}` : ''}`));
      });
      child.stdin.end(input, 'utf8');
    });
}
