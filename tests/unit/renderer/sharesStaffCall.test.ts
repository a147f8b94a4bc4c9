import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { visitShares } from '../../../renderer/src/lib/boards/visitShares.svelte';
import type { AlertOutcome } from '../../../renderer/src/lib/staffAlerts.svelte';

/*
 * "I need someone now" and urgent crisis shares: the wall stores an urgent quiet request, raises
 * an alert through main, and says only what happened. Main is replaced by `raise` here.
 */

const raise = vi.fn<(kind: 'crisis-share' | 'urgent-request') => Promise<AlertOutcome>>();
vi.mock('../../../renderer/src/lib/staffAlerts.svelte', () => ({ staffAlerts: { raise } }));

const requests = () => db.reviewItems.filter((item) => item.kind === 'quiet-request').toArray();

/** An answer from main that arrives when the test says. */
function pendingAnswer() {
  let answer!: (outcome: AlertOutcome) => void;
  raise.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
  return (outcome: AlertOutcome) => answer(outcome);
}

beforeEach(async () => {
  visitShares.reset();
  raise.mockReset();
  await Promise.all([db.shares.clear(), db.reviewItems.clear()]);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('someone needs staff now', () => {
  it('says staff were told only once a channel took the alert, and keeps the alert on an urgent request', async () => {
    const answer = pendingAnswer();
    const calling = visitShares.callStaffNow('urgent-request');
    expect(visitShares.call).toBe('sending');
    await vi.waitFor(() => expect(raise).toHaveBeenCalledWith('urgent-request'));
    answer({ delivered: true, id: 'alert-1' });
    await calling;
    expect(visitShares.call).toBe('delivered');
    expect(await requests()).toEqual([expect.objectContaining({ priority: 0, state: 'open', alertId: 'alert-1' })]);
  });

  it('never says staff were told when no channel took it, or when main could not raise it', async () => {
    raise.mockResolvedValueOnce({ delivered: false, id: 'alert-2' });
    await visitShares.callStaffNow('urgent-request');
    expect(visitShares.call).toBe('not-delivered');
    expect(await requests()).toEqual([expect.objectContaining({ priority: 0, alertId: 'alert-2' })]);

    visitShares.reset();
    await db.reviewItems.clear();
    raise.mockResolvedValueOnce({ delivered: false, id: null });
    await visitShares.callStaffNow('urgent-request');
    expect(visitShares.call).toBe('not-delivered');
    const [request] = await requests();
    expect(request).toMatchObject({ priority: 0, state: 'open' });
    expect(request?.alertId).toBeUndefined();
  });

  it('makes the visit\'s quiet request urgent rather than asking twice', async () => {
    await visitShares.askStaff();
    expect(await requests()).toEqual([expect.objectContaining({ priority: 1 })]);
    raise.mockResolvedValueOnce({ delivered: true, id: 'alert-3' });
    await visitShares.callStaffNow('urgent-request');
    expect(await requests()).toEqual([expect.objectContaining({ priority: 0, alertId: 'alert-3' })]);
  });

  it('raises one alert a visit for "I need someone now", and one for each urgent share', async () => {
    raise.mockResolvedValue({ delivered: true, id: 'alert-4' });
    await visitShares.callStaffNow('urgent-request');
    await visitShares.callStaffNow('urgent-request');
    expect(raise).toHaveBeenCalledTimes(1);
    visitShares.noteRequest((await requests())[0]?.id ?? '');
    await visitShares.callStaffNow('crisis-share');
    expect(raise).toHaveBeenCalledTimes(2);
    visitShares.reset();
    await visitShares.callStaffNow('urgent-request');
    expect(raise).toHaveBeenCalledTimes(3);
  });

  it('says where staff are when main is slow to answer, and that they were told once a channel takes it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answer = pendingAnswer();
    const calling = visitShares.callStaffNow('urgent-request');
    await vi.waitFor(() => expect(raise).toHaveBeenCalled());
    vi.advanceTimersByTime(11_000);
    expect(visitShares.call).toBe('sending');
    vi.advanceTimersByTime(1_000);
    expect(visitShares.call).toBe('not-delivered');
    answer({ delivered: true, id: 'alert-5' });
    await calling;
    expect(visitShares.call).toBe('delivered');
  });

  it('keeps an answer that arrives after the visit ended from the next person, and still records the alert', async () => {
    const answer = pendingAnswer();
    const calling = visitShares.callStaffNow('urgent-request');
    await vi.waitFor(() => expect(raise).toHaveBeenCalled());
    visitShares.reset();
    answer({ delivered: true, id: 'alert-6' });
    await calling;
    expect(visitShares.call).toBeNull();
    await vi.waitFor(async () => expect(await requests()).toEqual([expect.objectContaining({ priority: 0, alertId: 'alert-6' })]));
  });
});
