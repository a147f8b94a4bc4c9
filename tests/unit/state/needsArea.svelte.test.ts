import { beforeEach, describe, expect, it, vi } from 'vitest';
import { staffAlerts } from '../../../renderer/src/lib/staffAlerts.svelte';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { openAlerts } from '../../../renderer/src/screens/staff/areas/needs/openAlerts.svelte';
import type { RaiseResult } from '../../../shared/alerts';
import { valueOf } from '../main/mainHarness';
import { mainOfThisPage } from './inProcessKiosk';
import { alertsWaiting, mainRelocks, staffOnDuty } from './staffOnDuty';

/** The alerts main holds open, as "Needs you now" reads and clears them. */

vi.setConfig({ testTimeout: 20_000 });

const raise = async (kind: 'urgent-request' | 'crisis-share' | 'lockout') => valueOf(await mainOfThisPage().call<RaiseResult>('alerts', 'raise', { kind })).id;
beforeEach(async () => {
  if (!staffSession.unlocked) await staffOnDuty();
});

describe('the open alerts in "Needs you now"', () => {
  it('is empty and not loaded before it has asked main', () => {
    expect(openAlerts.loaded).toBe(false);
    expect(openAlerts.list).toEqual([]);
  });

  it('shows the alerts main holds open once read', async () => {
    const crisis = await raise('crisis-share');
    const request = await raise('urgent-request');
    await openAlerts.refresh();
    expect(openAlerts.loaded).toBe(true);
    expect(openAlerts.unavailable).toBe(false);
    expect(openAlerts.list.map((a) => [a.id, a.kind])).toEqual(
      expect.arrayContaining([
        [crisis, 'crisis-share'],
        [request, 'urgent-request'],
      ]),
    );
    expect(openAlerts.list).toHaveLength(2);
  });

  it('clears one when staff see to it, in main and on the wall’s Staff button', async () => {
    await openAlerts.refresh();
    const [first] = openAlerts.list;
    if (!first) throw new Error('no alert');
    await staffAlerts.refresh();
    expect(staffAlerts.waiting).toBe(2);
    expect(await openAlerts.acknowledge(first.id)).toBe(true);
    expect(openAlerts.list.map((a) => a.id)).not.toContain(first.id);
    expect(openAlerts.list).toHaveLength(1);
    expect(await alertsWaiting()).toBe(1);
    await vi.waitFor(() => expect(staffAlerts.waiting).toBe(1));
  });

  it('says it cannot tell which alerts are open when main has relocked, keeps the alert, and locks staff mode', async () => {
    await openAlerts.refresh();
    const [left] = openAlerts.list;
    if (!left) throw new Error('no alert');
    await mainRelocks();
    expect(await openAlerts.acknowledge(left.id)).toBe(false);
    expect(openAlerts.list.map((a) => a.id)).toEqual([left.id]);
    expect(await alertsWaiting()).toBe(1);
    expect(staffSession.unlocked).toBe(false);

    await staffOnDuty();
    await mainRelocks();
    await openAlerts.refresh();
    expect(openAlerts.unavailable).toBe(true);
    expect(staffSession.unlocked).toBe(false);
  });
});
