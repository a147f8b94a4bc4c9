import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlertStatus, RaiseResult } from '../../../shared/alerts';
import type { BridgeResult } from '../../../shared/bridge/channel';

/*
 * The mark on the wall's Staff button and the alerts the wall raises, with main's bridge and the
 * house settings replaced here. Nothing about a share or a person crosses: only the kind.
 */

const bridge = vi.hoisted(() => ({
  status: vi.fn<() => Promise<BridgeResult<AlertStatus>>>(),
  raise: vi.fn<(request: { kind: string }) => Promise<BridgeResult<RaiseResult>>>(),
}));
const settings = vi.hoisted(() => ({ current: { alertChime: false } }));
vi.mock('../../../renderer/src/lib/kiosk', () => ({ kiosk: { alerts: bridge } }));
vi.mock('../../../renderer/src/lib/settings.svelte', () => ({ houseSettings: settings }));

/** Notes the chime starts: a stand-in for Web Audio, which Node does not have. */
const tones: number[] = [];
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  resume = () => Promise.resolve();
  createGain = () => ({
    gain: { setValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} },
    connect: () => {},
    disconnect: () => {},
  });
  createOscillator = () => ({
    type: 'sine',
    frequency: { value: 0 },
    onended: null,
    connect: () => {},
    start(this: { frequency: { value: number } }) {
      tones.push(this.frequency.value);
    },
    stop: () => {},
  });
}
vi.stubGlobal('AudioContext', FakeAudioContext);

type StaffAlerts = (typeof import('../../../renderer/src/lib/staffAlerts.svelte'))['staffAlerts'];
let staffAlerts: StaffAlerts;

const waitingNow = (waiting: number): BridgeResult<AlertStatus> => ({ ok: true, value: { waiting, since: waiting ? 1 : null } });
const unanswered: BridgeResult<never> = { ok: false, error: { code: 'not-found', message: 'Unknown channel' } };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  bridge.status.mockReset();
  bridge.raise.mockReset();
  settings.current.alertChime = false;
  tones.length = 0;
  // A fresh wall each time: its timer and what it knew start again.
  vi.resetModules();
  ({ staffAlerts } = await import('../../../renderer/src/lib/staffAlerts.svelte'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the mark on the Staff button', () => {
  it('reads whether an alert waits at once and every 15 seconds, with one timer however often it is kept', async () => {
    bridge.status.mockResolvedValue(waitingNow(2));
    staffAlerts.keep();
    staffAlerts.keep();
    await vi.waitFor(() => expect(staffAlerts.waiting).toBe(2));
    expect(bridge.status).toHaveBeenCalledTimes(2);
    bridge.status.mockResolvedValue(waitingNow(0));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(bridge.status).toHaveBeenCalledTimes(3);
    expect(staffAlerts.waiting).toBe(0);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(bridge.status).toHaveBeenCalledTimes(5);
  });

  it('keeps what it knew when main does not answer', async () => {
    bridge.status.mockResolvedValueOnce(waitingNow(1));
    await staffAlerts.refresh();
    bridge.status.mockResolvedValueOnce(unanswered);
    await staffAlerts.refresh();
    expect(staffAlerts.waiting).toBe(1);
  });

  it('skips its turn while a read is unanswered, so a slow main never piles reads up', async () => {
    bridge.status.mockImplementation(() => new Promise(() => {}));
    staffAlerts.keep();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(bridge.status).toHaveBeenCalledTimes(1);
  });
});

describe('raising an alert', () => {
  it('sends only the kind, lights the mark at once and answers whether a channel took it', async () => {
    bridge.raise.mockResolvedValueOnce({ ok: true, value: { id: 'a1', delivered: false, noChannels: true } });
    // Main is slow to say what waits: the mark does not wait for it.
    bridge.status.mockImplementation(() => new Promise(() => {}));
    const outcome = staffAlerts.raise('crisis-share');
    expect(bridge.raise).toHaveBeenCalledWith({ kind: 'crisis-share' });
    expect(await outcome).toEqual({ delivered: false, id: 'a1' });
    expect(staffAlerts.waiting).toBe(1);
  });

  it('answers "not delivered" without throwing when main refuses or the bridge fails', async () => {
    bridge.status.mockResolvedValue(waitingNow(0));
    bridge.raise.mockResolvedValueOnce(unanswered);
    expect(await staffAlerts.raise('urgent-request')).toEqual({ delivered: false, id: null });
    bridge.raise.mockRejectedValueOnce(new Error('The kiosk service did not answer.'));
    expect(await staffAlerts.raise('urgent-request')).toEqual({ delivered: false, id: null });
    expect(staffAlerts.waiting).toBe(0);
  });

  it('chimes softly for a raised alert only when the house turned the chime on', async () => {
    bridge.status.mockResolvedValue(waitingNow(1));
    bridge.raise.mockResolvedValue({ ok: true, value: { id: 'a2', delivered: true, noChannels: false } });
    await staffAlerts.raise('urgent-request');
    expect(tones).toEqual([]);
    settings.current.alertChime = true;
    await staffAlerts.raise('urgent-request');
    expect(tones).toHaveLength(2);
    bridge.raise.mockResolvedValueOnce(unanswered);
    await staffAlerts.raise('urgent-request');
    expect(tones).toHaveLength(2);
  });
});
