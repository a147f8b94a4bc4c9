import { channels, type KioskApi } from '../../../shared/bridge/contract';
import type { MainServicesOptions } from '../../../electron/main/mainServices';
import type { SpeechRun } from '../../../electron/main/services/speechService';
import { testMain } from '../main/mainHarness';

/** One request main made of espeak-ng, answered when a test says. */
export interface SpeechCall {
  input: string;
  answer: (wav: Buffer) => void;
  fail: (error: Error) => void;
}

/** Main's "Read to me" program, in place of espeak-ng: it records each request and answers when told. */
function speechProgram() {
  const calls: SpeechCall[] = [];
  const run: SpeechRun = (_args, input, signal) =>
    new Promise<Buffer>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Error('aborted')));
      calls.push({ input, answer: resolve, fail: reject });
    });
  return { run, calls };
}

/**
 * The kiosk bridge as the page sees it, answered in this process by main's real handlers over a
 * fresh data folder: every request and answer is copied as IPC copies it, so nothing is shared
 * by reference between the page's state and main's.
 */
export function inProcessKiosk(overrides: Partial<MainServicesOptions> = {}) {
  const speech = speechProgram();
  const main = testMain({ speech: { run: speech.run }, ...overrides });
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const { area, verb, name } of channels()) {
    (api[area] ??= {})[verb] = async (request) => structuredClone(await main.dispatch(name, request === undefined ? undefined : structuredClone(request)));
  }
  return { kiosk: api as unknown as KioskApi, main, speech: speech.calls };
}

/** Main behind this test file's page (set up in tests/unit/state/setup.ts): to seed or read it directly. */
export const mainOfThisPage = () => (globalThis as unknown as { hearthMain: ReturnType<typeof testMain> }).hearthMain;
/** What main has asked of its speech program so far, in this test file. */
export const speechOfThisPage = () => (globalThis as unknown as { hearthSpeech: SpeechCall[] }).hearthSpeech;
