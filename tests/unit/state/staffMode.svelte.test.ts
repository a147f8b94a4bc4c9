import { beforeAll, describe, expect, it, vi } from 'vitest';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { clock } from '../../../renderer/src/lib/clock.svelte';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { FIRST_AREA } from '../../../renderer/src/screens/staff/areas';
import { RecoveryFlow } from '../../../renderer/src/screens/staff/recoveryFlow.svelte';
import { staffShell } from '../../../renderer/src/screens/staff/staffShell.svelte';
import { UnlockFlow, waitMessage } from '../../../renderer/src/screens/staff/unlockFlow.svelte';
import type { SetupResult, StaffMember } from '../../../shared/staff';
import { valueOf } from '../main/mainHarness';
import { GOOD_PIN, OTHER_PIN } from '../main/staffAuthHarness';
import { mainOfThisPage } from './inProcessKiosk';

/**
 * Opening staff mode at the wall: the PIN pad against main's real staff auth (wrong PINs, waits,
 * the hard lock), the recovery code, and which area opens first.
 */

// Main checks each PIN with its real hash cost: a few checks in one test take seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const WRONG_PIN = '111999';
let sam: StaffMember;
let recoveryCode: string;

beforeAll(async () => {
  const setup = valueOf(await mainOfThisPage().call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN }));
  sam = setup.staff;
  recoveryCode = setup.recoveryCode;
});

/** The flow as the unlock screen opens it: main's status read first, as the wall does at start-up. */
async function openPad(): Promise<UnlockFlow> {
  await staffSession.refresh();
  const flow = new UnlockFlow();
  await flow.open();
  return flow;
}

async function auditActions(): Promise<string[]> {
  return (await listAuditEntries(0)).entries.map((entry) => entry.action);
}

/** Main's lockout counter for Sam, as many wrong PINs in a row would leave it. */
function seedWrongPins(failures: number) {
  mainOfThisPage().services.stores.staff.set('counters', { [`staff:${sam.id}`]: { failures, waitMs: 0, recordedAt: Date.now() } });
}

describe('unlocking staff mode with a PIN', () => {
  it('goes straight to the only account’s PIN pad, saying whose PIN it asks for', async () => {
    const flow = await openPad();
    expect(flow.step).toBe('pin');
    expect(flow.chosen?.name).toBe('Sam');
    expect(flow.hardLocked).toBe(false);
    expect(flow.waiting).toBe(false);
  });

  it('says a wrong PIN was wrong, warns when few tries are left, and stays locked', async () => {
    const flow = await openPad();
    await flow.submit(WRONG_PIN);
    expect(flow.message).toEqual({ key: 'staff:unlock.wrong', count: 4 });
    expect(flow.pin).toBe('');
    await flow.submit(WRONG_PIN);
    await flow.submit(WRONG_PIN);
    expect(flow.message).toEqual({ key: 'staff:unlock.wrongFewLeft', count: 2 });
    expect(staffSession.unlocked).toBe(false);
  });

  it('opens staff mode with the right PIN, clears the message and logs who unlocked', async () => {
    const flow = await openPad();
    await flow.submit(WRONG_PIN);
    await flow.submit(GOOD_PIN);
    expect(flow.message).toBeNull();
    expect(staffSession.unlocked).toBe(true);
    expect(staffSession.current?.name).toBe('Sam');
    expect(await auditActions()).toContain('staff.unlocked');
    await staffSession.lock();
    expect(staffSession.unlocked).toBe(false);
    // The right PIN cleared main's count: the next wrong one has all its tries again.
    const again = await openPad();
    await again.submit(OTHER_PIN);
    expect(again.message).toEqual({ key: 'staff:unlock.wrong', count: 4 });
  });

  it('makes the pad wait after five wrong PINs, counting the wait down by the wall clock', async () => {
    // Four wrong PINs already counted by main: the fifth starts the first wait.
    seedWrongPins(4);
    const flow = await openPad();
    await flow.submit(WRONG_PIN);
    expect(flow.waiting).toBe(true);
    expect(flow.waitSecondsLeft).toBe(30);
    expect(flow.message).toBeNull();
    // While it waits, even the right PIN is not sent.
    await flow.submit(GOOD_PIN);
    expect(staffSession.unlocked).toBe(false);
    const startedAt = Date.now();
    clock.nowMs = startedAt + 12_000;
    expect(flow.waitSecondsLeft).toBe(18);
    clock.nowMs = startedAt + 31_000;
    expect(flow.waiting).toBe(false);
    clock.nowMs = Date.now();
    // A pad opened afresh shows main's wait too, not an open pad.
    const reopened = await openPad();
    expect(reopened.waiting).toBe(true);
  });

  it('says how long a wait is in the unit a person would use', () => {
    expect(waitMessage(30)).toEqual({ key: 'staff:unlock.waitSeconds', count: 30 });
    expect(waitMessage(240)).toEqual({ key: 'staff:unlock.waitMinutes', count: 4 });
    expect(waitMessage(4 * 3600)).toEqual({ key: 'staff:unlock.waitHours', count: 4 });
  });

  it('shows the hard lock main keeps after too many wrong PINs, and refuses the right PIN', async () => {
    seedWrongPins(20);
    const flow = await openPad();
    expect(flow.hardLocked).toBe(true);
    await flow.submit(GOOD_PIN);
    expect(staffSession.unlocked).toBe(false);
    expect(flow.hardLocked).toBe(true);
  });
});

describe('the recovery code', () => {
  it('asks for a code of the right shape before asking for a new PIN', () => {
    const recovery = new RecoveryFlow(sam.id);
    recovery.code = 'ABCD-1234';
    recovery.toPin();
    expect(recovery.problemKey).toBe('staff:recover.codeShape');
    expect(recovery.step).toBe('code');
    const nobody = new RecoveryFlow(null);
    nobody.code = recoveryCode;
    nobody.toPin();
    expect(nobody.problemKey).toBe('staff:recover.pickName');
  });

  it('says a wrong code was wrong and goes back to the code', async () => {
    const recovery = new RecoveryFlow(sam.id);
    recovery.code = 'ABCD-EFGH-JKLM-NPQR';
    recovery.toPin();
    expect(recovery.step).toBe('pin');
    await recovery.choose(OTHER_PIN);
    expect(recovery.problemKey).toBe('staff:recover.wrongCode');
    expect(recovery.step).toBe('code');
    expect(recovery.newCode).toBeNull();
  });

  it('lifts the hard lock: the new PIN works, a new code is shown once, and staff mode opens', async () => {
    seedWrongPins(20);
    const flow = await openPad();
    expect(flow.hardLocked).toBe(true);
    flow.startRecovery();
    expect(flow.step).toBe('recover');
    const recovery = flow.recovery;
    if (!recovery) throw new Error('no recovery flow');
    expect(recovery.staffId).toBe(sam.id);
    recovery.code = recoveryCode;
    recovery.toPin();
    await recovery.choose(OTHER_PIN);
    expect(recovery.step).toBe('newCode');
    expect(flow.showingNewCode).toBe(true);
    expect(recovery.newCode).toMatch(/\w/);
    expect(recovery.newCode).not.toBe(recoveryCode);
    recoveryCode = recovery.newCode ?? '';

    await flow.finishRecovery();
    expect(flow.recovery).toBeNull();
    expect(flow.message).toBeNull();
    expect(staffSession.current?.name).toBe('Sam');
    expect(await auditActions()).toContain('staff.recoveryCodeUsed');
    await staffSession.lock();

    const pad = await openPad();
    await pad.submit(OTHER_PIN);
    expect(staffSession.unlocked).toBe(true);
    await staffSession.lock();
  });

  it('says staff mode relocked when main locked while the new code was being written down', async () => {
    seedWrongPins(20);
    const flow = await openPad();
    flow.startRecovery();
    const recovery = flow.recovery;
    if (!recovery) throw new Error('no recovery flow');
    recovery.code = recoveryCode;
    recovery.toPin();
    await recovery.choose(GOOD_PIN);
    expect(recovery.step).toBe('newCode');
    valueOf(await mainOfThisPage().call('staff', 'lock'));
    await flow.finishRecovery();
    expect(flow.message).toEqual({ key: 'staff:recover.relocked' });
    expect(staffSession.unlocked).toBe(false);
    expect(flow.step).toBe('pin');
    // The recovery lifted the hard lock in main: the pad is open for the new PIN.
    expect(flow.hardLocked).toBe(false);
  });
});

describe('which area staff mode opens on', () => {
  it('opens on "Needs you now" when something waits, and on the first area when nothing does', () => {
    staffShell.reset();
    staffShell.land(false);
    expect(staffShell.areaId).toBe(FIRST_AREA);
    staffShell.reset();
    staffShell.land(true);
    expect(staffShell.areaId).toBe('needs');
    expect(staffShell.area?.id).toBe('needs');
  });

  it('keeps an area another screen chose before staff mode opened, and ignores one that does not exist', () => {
    staffShell.reset();
    staffShell.open('backup');
    staffShell.land(true);
    expect(staffShell.areaId).toBe('backup');
    staffShell.open('no-such-area');
    expect(staffShell.area?.id).toBe('backup');
    staffShell.reset();
    expect(staffShell.areaId).toBe(FIRST_AREA);
  });
});
