import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { recordAlertFor, requestStaffQuietly } from '../../../renderer/src/db/repositories/reviewItems';
import { staffAlerts } from '../../../renderer/src/lib/staffAlerts.svelte';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { QuietRequests } from '../../../renderer/src/screens/staff/areas/quiet/quietRequests.svelte';
import type { RaiseResult } from '../../../shared/alerts';
import { valueOf } from '../main/mainHarness';
import { mainOfThisPage } from './inProcessKiosk';
import { alertsWaiting, mainRelocks, staffAreaTests } from './staffOnDuty';

/** "Ask staff quietly" requests as staff see and answer them, with the alert main raised for an urgent one. */

vi.setConfig({ testTimeout: 20_000 });

function openRequests() {
  let requests!: QuietRequests;
  const close = $effect.root(() => {
    requests = new QuietRequests();
    $effect(() => {
      void requests.open.current;
    });
  });
  flushSync();
  return { requests, close };
}

/** Waits until the list shows one request, and gives it back. */
async function theOneRequest(requests: QuietRequests) {
  await vi.waitFor(() => expect(requests.open.current).toHaveLength(1));
  const [entry] = requests.open.current;
  if (!entry) throw new Error('no request');
  return entry;
}

/** Opens the list once it shows its one request, and gives that request back too. */
async function openRequestsOnOne() {
  const { requests, close } = openRequests();
  return { requests, close, entry: await theOneRequest(requests) };
}

/** An urgent request as the wall makes it: stored, with the alert main raised for it. */
async function urgentRequestWithAlert() {
  const request = await requestStaffQuietly({ urgent: true });
  const raised = valueOf(await mainOfThisPage().call<RaiseResult>('alerts', 'raise', { kind: 'urgent-request' }));
  await recordAlertFor(request.id, raised.id);
  return request;
}

staffAreaTests(db.reviewItems, db.auditLog);

describe('quiet requests', () => {
  it('lists open requests urgent first, and follows new ones while open', async () => {
    const calm = await requestStaffQuietly({}, Date.now() - 60_000);
    const { requests, close } = openRequests();
    await vi.waitFor(() => expect(requests.open.current.map((e) => e.item.id)).toEqual([calm.id]));
    const urgent = await requestStaffQuietly({ urgent: true });
    await vi.waitFor(() => expect(requests.open.current.map((e) => e.item.id)).toEqual([urgent.id, calm.id]));
    const [first, second] = requests.open.current;
    if (!first || !second) throw new Error('two requests expected');
    expect(requests.isUrgent(first)).toBe(true);
    expect(requests.isUrgent(second)).toBe(false);
    close();
  });

  it('takes a request off the list once a staff member has gone, and logs who', async () => {
    const calm = await requestStaffQuietly({});
    const { requests, close, entry } = await openRequestsOnOne();
    await requests.acknowledge(entry);
    expect(requests.notice).toEqual({ key: 'records:quiet.acknowledged', kind: 'done' });
    await vi.waitFor(() => expect(requests.open.current).toEqual([]));
    expect((await db.reviewItems.get(calm.id))?.resolvedBy).toBe('Sam');
    const [logged] = (await listAuditEntries(0)).entries;
    expect(logged?.action).toBe('records.quietRequestAcknowledged');
    expect(logged?.detail).toBe('');
    close();
  });

  it('sees to the alert an urgent request raised, so the wall’s Staff button goes quiet', async () => {
    await urgentRequestWithAlert();
    await staffAlerts.refresh();
    expect(staffAlerts.waiting).toBe(1);
    const { requests, close, entry } = await openRequestsOnOne();
    await requests.acknowledge(entry);
    expect(requests.notice).toEqual({ key: 'records:quiet.acknowledged', kind: 'done' });
    expect(await alertsWaiting()).toBe(0);
    await vi.waitFor(() => expect(staffAlerts.waiting).toBe(0));
    const [logged] = (await listAuditEntries(0)).entries;
    expect(logged?.detail).toBe('Urgent');
    close();
  });

  it('says the alert is still waiting when main had relocked, and staff mode locks', async () => {
    await urgentRequestWithAlert();
    const { requests, close, entry } = await openRequestsOnOne();
    await mainRelocks();
    await requests.acknowledge(entry);
    expect(requests.notice).toEqual({ key: 'records:needs.alertNotCleared', kind: 'error' });
    expect(await alertsWaiting()).toBe(1);
    expect(staffSession.unlocked).toBe(false);
    close();
  });

  it('says a request is gone when it no longer exists, and does nothing when locked', async () => {
    const calm = await requestStaffQuietly({});
    const { requests, close, entry } = await openRequestsOnOne();
    await db.reviewItems.delete(calm.id);
    await requests.acknowledge(entry);
    expect(requests.notice).toEqual({ key: 'records:quiet.gone', kind: 'error' });

    const again = await requestStaffQuietly({});
    const next = await theOneRequest(requests);
    await staffSession.lock();
    await requests.acknowledge(next);
    expect((await db.reviewItems.get(again.id))?.state).toBe('open');
    close();
  });
});
