import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { recordAlertFor, requestStaffQuietly } from '../../../renderer/src/db/repositories/reviewItems';
import { NeedsYouNow, waitingNow, whatOf } from '../../../renderer/src/screens/staff/areas/needs/needsYouNow.svelte';
import { openAlerts } from '../../../renderer/src/screens/staff/areas/needs/openAlerts.svelte';
import type { RaiseResult } from '../../../shared/alerts';
import { valueOf } from '../main/mainHarness';
import { mainOfThisPage } from './inProcessKiosk';
import { alertsWaiting, staffAreaTests } from './staffOnDuty';

/** "Needs you now" as staff use it: who waits, urgent first, and "I've checked on them". */

vi.setConfig({ testTimeout: 20_000 });

function openNeeds() {
  let needs!: NeedsYouNow;
  const close = $effect.root(() => {
    needs = new NeedsYouNow();
    $effect(() => {
      void needs.needs;
    });
  });
  flushSync();
  return { needs, close };
}

staffAreaTests(db.reviewItems, db.auditLog);

describe('needs you now', () => {
  it('puts an urgent request first and, once someone has checked on them, closes it and sees to its alert', async () => {
    const calm = await requestStaffQuietly({}, Date.now() - 10 * 60_000);
    const urgent = await requestStaffQuietly({ urgent: true });
    const raised = valueOf(await mainOfThisPage().call<RaiseResult>('alerts', 'raise', { kind: 'urgent-request' }));
    await recordAlertFor(urgent.id, raised.id);
    await openAlerts.refresh();
    expect(await alertsWaiting()).toBe(1);

    const { needs, close } = openNeeds();
    await vi.waitFor(() => expect(needs.needs.map((n) => n.request?.id)).toEqual([urgent.id, calm.id]));
    expect(await waitingNow.anythingWaits()).toBe(true);
    const [first] = needs.needs;
    if (!first) throw new Error('nothing waiting');
    expect(first).toMatchObject({ urgent: true, person: true, alertId: raised.id });
    expect(whatOf(first)).toBe('urgent-request');

    await needs.checkOn(first);
    expect(needs.notice).toEqual({ key: 'records:needs.checked', kind: 'done' });
    expect(await alertsWaiting()).toBe(0);
    expect((await db.reviewItems.get(urgent.id))?.resolvedBy).toBe('Sam');
    await vi.waitFor(() => expect(needs.needs.map((n) => n.request?.id)).toEqual([calm.id]));
    // The audit log says what it was about, never who.
    const [logged] = (await listAuditEntries(0)).entries;
    expect(logged?.action).toBe('records.checkedOn');
    expect(logged?.detail).not.toMatch(/Sam|resident/i);
    close();
  });

  it('shows nothing, and unlocking lands elsewhere, once everything has been seen to', async () => {
    const { needs, close } = openNeeds();
    await vi.waitFor(() => expect(needs.needs).toEqual([]));
    expect(await waitingNow.anythingWaits()).toBe(false);
    close();
  });
});
