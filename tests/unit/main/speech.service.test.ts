import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_WAV_BYTES, SpeechService, espeakArgs, spawnRunner, withWavSizes, type SpeechRun } from '../../../electron/main/services/speechService';
import { MAX_SPOKEN_CHARACTERS, type SpeechResult } from '../../../shared/speech';
import { testMain, valueOf } from './mainHarness';
import { freshStaffDir } from './staffAuthHarness';

/** A WAV as espeak-ng writes one to a pipe: its sizes left at their largest, then `samples` bytes of sound. */
function streamedWav(samples: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(0x7ffff024, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(22050, 24);
  header.writeUInt32LE(44100, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(0x7ffff000, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 7)]);
}

interface Call {
  args: readonly string[];
  input: string;
  signal: AbortSignal;
  answer: (bytes: Buffer) => void;
  fail: (error: Error) => void;
}

/** A runner that records each call and answers when the test says. */
function fakeRunner() {
  const calls: Call[] = [];
  const run: SpeechRun = (args, input, signal) =>
    new Promise<Buffer>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Error('aborted')));
      calls.push({ args, input, signal, answer: resolve, fail: reject });
    });
  return { run, calls };
}

const missing = () => Object.assign(new Error('spawn espeak-ng ENOENT'), { code: 'ENOENT' });

describe('Read to me in main', () => {
  it('runs espeak-ng with fixed arguments for each language, the words only on its standard input', async () => {
    const { run, calls } = fakeRunner();
    const service = new SpeechService({ run, log: vi.fn() });
    const english = service.say('Today’s groups. 11:00, Walking group.', 'en');
    calls[0]!.answer(streamedWav(1000));
    await english;
    const spanish = service.say('-v en --help', 'es');
    calls[1]!.answer(streamedWav(1000));
    await spanish;
    expect(calls.map(({ args, input }) => ({ args, input }))).toEqual([
      { args: ['-v', 'en-us', '-s', '140', '-b', '1', '--stdout', '--stdin'], input: 'Today’s groups. 11:00, Walking group.' },
      { args: ['-v', 'es-419', '-s', '140', '-b', '1', '--stdout', '--stdin'], input: '-v en --help' },
    ]);
  });

  it('answers the WAV in base64, with its true sizes written in', async () => {
    const { run, calls } = fakeRunner();
    const service = new SpeechService({ run, log: vi.fn() });
    const saying = service.say('Hello', 'en');
    calls[0]!.answer(streamedWav(1000));
    const result = await saying;
    expect(result.spoken).toBe(true);
    const wav = Buffer.from((result as { wav: string }).wav, 'base64');
    expect(wav.length).toBe(1044);
    expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(1036);
    expect(wav.toString('latin1', 8, 12)).toBe('WAVE');
    expect(wav.toString('latin1', 36, 40)).toBe('data');
    expect(wav.readUInt32LE(40)).toBe(1000);
  });

  it('says reading aloud is unavailable when espeak-ng is not installed, and tells IT once', async () => {
    const log = vi.fn<(message: string) => void>();
    const run: SpeechRun = () => Promise.reject(missing());
    const service = new SpeechService({ run, log });
    expect(await service.say('Hello', 'en')).toEqual({ spoken: false, problem: 'unavailable' });
    expect(await service.say('Hola', 'es')).toEqual({ spoken: false, problem: 'unavailable' });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toContain('espeak-ng is not installed');
  });

  it('answers failed, and logs why, when espeak-ng fails or writes something that is not a WAV', async () => {
    const log = vi.fn<(message: string) => void>();
    const answers = [Promise.reject(new Error('espeak-ng stopped (exit 1): no voice')), Promise.resolve(Buffer.from('not a wav at all, just some words here and there')), Promise.resolve(streamedWav(0))];
    const service = new SpeechService({ run: () => answers.shift()!, log });
    for (let i = 0; i < 3; i++) expect(await service.say('Hello', 'en')).toEqual({ spoken: false, problem: 'failed' });
    expect(log).toHaveBeenCalledTimes(3);
    expect(log.mock.calls[0]![0]).toContain('no voice');
  });

  it('makes one reading at a time: a new request stops the one still being made, which answers replaced', async () => {
    const { run, calls } = fakeRunner();
    const service = new SpeechService({ run, log: vi.fn() });
    const first = service.say('The first screen', 'en');
    const second = service.say('The second screen', 'en');
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);
    calls[1]!.answer(streamedWav(500));
    expect(await first).toEqual({ spoken: false, problem: 'replaced' });
    expect((await second).spoken).toBe(true);
  });

  it('drops a reading that was replaced even when its WAV arrives after all', async () => {
    const calls: { answer: (bytes: Buffer) => void }[] = [];
    // A runner that ignores the abort: its answer still comes, and must not be used.
    const run: SpeechRun = () => new Promise((answer) => calls.push({ answer }));
    const service = new SpeechService({ run, log: vi.fn() });
    const first = service.say('The first screen', 'en');
    const second = service.say('The second screen', 'en');
    calls[0]!.answer(streamedWav(500));
    calls[1]!.answer(streamedWav(500));
    expect(await first).toEqual({ spoken: false, problem: 'replaced' });
    expect((await second).spoken).toBe(true);
  });
});

describe('a WAV from a pipe', () => {
  it('keeps a chunk before the sound, and sets the sound’s size after it', () => {
    const wav = streamedWav(10);
    const withList = Buffer.concat([wav.subarray(0, 36), Buffer.from('LIST'), Buffer.from([3, 0, 0, 0]), Buffer.from('abc\0'), wav.subarray(36)]);
    const fixed = withWavSizes(withList)!;
    expect(fixed.readUInt32LE(4)).toBe(fixed.length - 8);
    expect(fixed.toString('latin1', 48, 52)).toBe('data');
    expect(fixed.readUInt32LE(52)).toBe(10);
  });

  it('is refused when it is not RIFF/WAVE or has no sound', () => {
    expect(withWavSizes(Buffer.alloc(100))).toBeNull();
    expect(withWavSizes(streamedWav(0))).toBeNull();
    const noData = streamedWav(20);
    noData.write('junk', 36, 'latin1');
    expect(withWavSizes(noData)).toBeNull();
  });
});

describe('the bridge’s speech.say', () => {
  const says = (text: unknown, lang: unknown = 'en') => {
    const run = vi.fn<SpeechRun>(() => Promise.resolve(streamedWav(100)));
    const { call } = testMain({ speech: { run } });
    return { run, answer: call<SpeechResult>('speech', 'say', { text, lang }) };
  };

  it('needs no staff member: the wall may ask', async () => {
    const { run, answer } = says('Now: Walking group');
    expect(valueOf(await answer).spoken).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('refuses empty words, too many words and any other language, and runs nothing', async () => {
    for (const [text, lang] of [['', 'en'], ['   \n ', 'es'], ['x'.repeat(MAX_SPOKEN_CHARACTERS + 1), 'en'], ['Hello', 'fr'], [42, 'en']] as const) {
      const { run, answer } = says(text, lang);
      expect(await answer).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(run).not.toHaveBeenCalled();
    }
  });

  it('reads a screen of exactly the most it allows', async () => {
    const { run, answer } = says('y'.repeat(MAX_SPOKEN_CHARACTERS));
    expect(valueOf(await answer).spoken).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('the real runner', () => {
  /** A stand-in for espeak-ng: a script that echoes its arguments and standard input, or misbehaves as asked. */
  function program(body: string): string {
    const path = join(freshStaffDir(), 'speak');
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it('passes the arguments as they are and the words on standard input, with no shell between', async () => {
    const run = spawnRunner(program('printf "%s|" "$@"; cat'));
    const out = await run(espeakArgs('es'), 'hola; $(rm -rf /) `x` "y"', new AbortController().signal);
    expect(out.toString('utf8')).toBe('-v|es-419|-s|140|-b|1|--stdout|--stdin|hola; $(rm -rf /) `x` "y"');
  });

  it('rejects with ENOENT when the program is not there', async () => {
    const run = spawnRunner(join(freshStaffDir(), 'no-such-program'));
    await expect(run([], 'hi', new AbortController().signal)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects, with what the program said, when it fails', async () => {
    const run = spawnRunner(program('echo "no such voice" >&2; exit 1'));
    await expect(run([], 'hi', new AbortController().signal)).rejects.toThrow(/exit 1.*no such voice/);
  });

  it('stops the program when the reading is replaced', async () => {
    const controller = new AbortController();
    const running = spawnRunner(program('exec sleep 30'))([], 'hi', controller.signal);
    controller.abort();
    await expect(running).rejects.toThrow();
  });

  it('stops a program that writes more than a reading could', async () => {
    const run = spawnRunner(program(`exec head -c ${MAX_WAV_BYTES + 1024} /dev/zero`));
    await expect(run([], 'hi', new AbortController().signal)).rejects.toThrow(/more than/);
  });
});
