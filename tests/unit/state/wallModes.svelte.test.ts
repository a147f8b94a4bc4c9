import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../../renderer/src/lib/clock.svelte';
import { STILL_THERE_SECONDS, idle } from '../../../renderer/src/lib/idle.svelte';
import { night } from '../../../renderer/src/lib/night.svelte';
import { readAloud } from '../../../renderer/src/lib/readAloud.svelte';
import { houseSettings } from '../../../renderer/src/lib/settings.svelte';
import { visit } from '../../../renderer/src/lib/visit.svelte';
import { mainOfThisPage, speechOfThisPage } from './inProcessKiosk';
import { GOOD_PIN } from '../main/staffAuthHarness';
import { valueOf } from '../main/mainHarness';
import type { SetupResult, UnlockResult } from '../../../shared/staff';

/** Night hours and "Read to me", as the wall runs them, with the house's settings from main. */

/** A local time on a day in December. */
const at = (hours: number, minutes = 0) => new Date(2026, 11, 3, hours, minutes).getTime();

let staffId = '';
beforeAll(async () => {
  ({ staff: { id: staffId } } = valueOf(await mainOfThisPage().call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN })));
});

/** Staff unlock in main and set the night hours through the bridge, as the settings area does. */
async function setNightHours(nightHours: { enabled: boolean; start: string; end: string }) {
  expect(valueOf(await mainOfThisPage().call<UnlockResult>('staff', 'unlock', { staffId, pin: GOOD_PIN })).outcome).toBe('ok');
  await houseSettings.update({ nightHours });
  expect(houseSettings.current.nightHours).toEqual(nightHours);
}

describe('night hours on the wall', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterAll(() => vi.useRealTimers());

  it('sleep inside the hours while nobody uses the wall, across midnight, and not outside them', async () => {
    await setNightHours({ enabled: true, start: '22:00', end: '06:00' });
    for (const [time, sleeping] of [
      [at(21, 59), false],
      [at(22, 0), true],
      [at(23, 30), true],
      [at(3, 0), true],
      [at(6, 0), false],
      [at(12, 0), false],
    ] as const) {
      clock.nowMs = time;
      expect(night.sleeping, new Date(time).toTimeString()).toBe(sleeping);
    }
  });

  it('wake at a touch and stay awake for the visit, then sleep again after the idle reset', async () => {
    await setNightHours({ enabled: true, start: '22:00', end: '06:00' });
    clock.nowMs = at(23, 0);
    expect(night.sleeping).toBe(true);
    idle.configure(90);
    night.wake();
    expect(night.sleeping).toBe(false);
    expect(idle.visiting).toBe(true);
    await vi.advanceTimersByTimeAsync(90_000);
    expect(idle.asking).toBe(true);
    expect(night.sleeping).toBe(false);
    await vi.advanceTimersByTimeAsync(STILL_THERE_SECONDS * 1000);
    expect(idle.visiting).toBe(false);
    expect(night.sleeping).toBe(true);
  });

  it('never sleep when staff turn the night hours off', async () => {
    await setNightHours({ enabled: false, start: '22:00', end: '06:00' });
    clock.nowMs = at(23, 0);
    expect(night.sleeping).toBe(false);
  });
});

/** The page's sound, as far as "Read to me" uses it: it records what it was given to play. */
class FakeAudioContext {
  static played: number[] = [];
  destination = {};
  resume() {
    return Promise.resolve();
  }
  decodeAudioData(bytes: ArrayBuffer) {
    if (bytes.byteLength < 44) return Promise.reject(new Error('not a WAV'));
    return Promise.resolve({ length: bytes.byteLength });
  }
  createBufferSource() {
    const source = {
      buffer: null as { length: number } | null,
      onended: null as (() => void) | null,
      connect: () => {},
      disconnect: () => {},
      start: () => FakeAudioContext.played.push(source.buffer?.length ?? 0),
      stop: () => {},
    };
    return source;
  }
}

/** A small WAV as espeak-ng writes one: a header, then sound. */
function wav(samples = 200): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(22050, 24);
  header.writeUInt32LE(44100, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 7)]);
}

describe('Read to me', () => {
  beforeAll(() => {
    vi.useRealTimers();
    vi.stubGlobal('AudioContext', FakeAudioContext);
  });

  const button = Symbol('the groups list');
  const other = Symbol('a share');

  it('gets the words ready in main, then reads them, and only the tapped button shows it', async () => {
    const calls = speechOfThisPage();
    const before = calls.length;
    const reading = readAloud.read(button, 'Today’s groups. 11:00, Walking group.', 'en');
    expect(readAloud.stateFor(button)).toBe('preparing');
    expect(readAloud.stateFor(other)).toBe('idle');
    await vi.waitFor(() => expect(calls.length).toBe(before + 1));
    expect(calls.at(-1)?.input).toBe('Today’s groups. 11:00, Walking group.');
    calls.at(-1)?.answer(wav());
    await reading;
    expect(readAloud.stateFor(button)).toBe('reading');
    expect(FakeAudioContext.played.at(-1)).toBe(44 + 200);
  });

  it('stops at the end of the visit', async () => {
    const reading = readAloud.read(button, 'Hola', 'es');
    await vi.waitFor(() => expect(speechOfThisPage().length).toBeGreaterThan(0));
    speechOfThisPage().at(-1)?.answer(wav());
    await reading;
    expect(readAloud.stateFor(button)).toBe('reading');
    await visit.end();
    expect(readAloud.stateFor(button)).toBe('idle');
  });

  it('drops an older reading when a new tap comes first', async () => {
    const calls = speechOfThisPage();
    const first = readAloud.read(button, 'first', 'en');
    await vi.waitFor(() => expect(calls.at(-1)?.input).toBe('first'));
    const firstCall = calls.at(-1);
    const second = readAloud.read(other, 'second', 'en');
    await vi.waitFor(() => expect(calls.at(-1)?.input).toBe('second'));
    calls.at(-1)?.answer(wav(100));
    await Promise.all([first, second]);
    expect(readAloud.stateFor(button)).toBe('idle');
    expect(readAloud.stateFor(other)).toBe('reading');
    expect(firstCall).toBeDefined();
  });

  it('says it cannot read when the machine has no speech program', async () => {
    const reading = readAloud.read(button, 'Hello', 'en');
    await vi.waitFor(() => expect(speechOfThisPage().at(-1)?.input).toBe('Hello'));
    speechOfThisPage().at(-1)?.fail(Object.assign(new Error('spawn espeak-ng ENOENT'), { code: 'ENOENT' }));
    await reading;
    expect(readAloud.stateFor(button)).toBe('unavailable');
  });
});
