import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { AccountsArea } from '../../../renderer/src/screens/staff/areas/accounts/accountsArea.svelte';
import type { StaffStatus, UnlockResult } from '../../../shared/staff';
import { valueOf } from '../main/mainHarness';
import { GOOD_PIN, OTHER_PIN } from '../main/staffAuthHarness';
import { mainOfThisPage } from './inProcessKiosk';
import { mainRelocks, staffOnDuty } from './staffOnDuty';

/** The staff accounts area against main's real staff auth: add, remove, change your PIN, a new recovery code. */

// Main hashes every PIN with its real cost.
vi.setConfig({ testTimeout: 30_000 });

const NEW_PIN = '596043';
let samPin = GOOD_PIN;

const namesInMain = async () => valueOf(await mainOfThisPage().call<StaffStatus>('staff', 'status')).staff.map((s) => s.name);
const lastAction = async () => (await listAuditEntries(0)).entries[0]?.action;

beforeEach(async () => {
  if (!staffSession.unlocked) await staffOnDuty('Sam', samPin);
});

describe('the staff accounts area', () => {
  it('never offers to remove yourself or the last account', () => {
    const area = new AccountsArea();
    expect(area.members.map((m) => m.name)).toEqual(['Sam']);
    const [sam] = area.members;
    if (!sam) throw new Error('no account');
    expect(area.canRemove(sam)).toBe(false);
  });

  it('asks for a name no colleague has before asking for a PIN', () => {
    const area = new AccountsArea();
    area.startAdd();
    expect(area.mode).toBe('add');
    area.newName = '  ';
    area.nameNext();
    expect(area.nameProblemKey).toBe('staff:accounts.nameNeeded');
    area.newName = 'sam';
    area.nameNext();
    expect(area.nameProblemKey).toBe('staff:accounts.nameTaken');
    expect(area.addStep).toBe('name');
    area.newName = ' Ana ';
    area.nameNext();
    expect(area.nameProblemKey).toBeNull();
    expect(area.newName).toBe('Ana');
    expect(area.addStep).toBe('pin');
    area.cancel();
    expect([area.mode, area.newName, area.addStep]).toEqual(['list', '', 'name']);
  });

  it('adds a colleague with a PIN main accepts, and refuses one it does not', async () => {
    const area = new AccountsArea();
    area.startAdd();
    area.newName = 'Ana';
    area.nameNext();
    await area.addWithPin('123456');
    expect(area.notice).toEqual({ key: 'staff:accounts.refused', kind: 'error' });
    expect(await namesInMain()).toEqual(['Sam']);

    await area.addWithPin(OTHER_PIN);
    expect(area.notice).toEqual({ key: 'staff:accounts.added', kind: 'done', name: 'Ana' });
    expect(area.mode).toBe('list');
    expect(await namesInMain()).toEqual(expect.arrayContaining(['Sam', 'Ana']));
    expect(area.members.map((m) => m.name)).toEqual(expect.arrayContaining(['Sam', 'Ana']));
    expect(await lastAction()).toBe('staff.staffAdded');
  });

  it('removes a colleague once confirmed, but never yourself', async () => {
    const area = new AccountsArea();
    const ana = area.members.find((m) => m.name === 'Ana');
    const sam = area.members.find((m) => m.name === 'Sam');
    if (!ana || !sam) throw new Error('accounts missing');
    expect(area.canRemove(ana)).toBe(true);
    expect(area.canRemove(sam)).toBe(false);
    area.askRemove(ana);
    expect(area.removing?.name).toBe('Ana');
    await area.confirmRemove();
    expect(area.removing).toBeNull();
    expect(area.notice).toEqual({ key: 'staff:accounts.removed', kind: 'done', name: 'Ana' });
    expect(await namesInMain()).toEqual(['Sam']);
    expect(area.members.map((m) => m.name)).toEqual(['Sam']);
    expect(await lastAction()).toBe('staff.staffRemoved');
  });

  it('changes your own PIN only with the current one', async () => {
    const area = new AccountsArea();
    area.startChangePin();
    area.currentEntered('111999');
    expect(area.changeStep).toBe('new');
    await area.changeTo(NEW_PIN);
    expect(area.mode).toBe('changePin');
    expect(area.changeStep).toBe('current');
    expect(area.changeMessage).toEqual({ key: 'staff:accounts.currentWrong' });

    area.currentEntered(GOOD_PIN);
    await area.changeTo(NEW_PIN);
    expect(area.notice).toEqual({ key: 'staff:accounts.pinChanged', kind: 'done' });
    expect(area.mode).toBe('list');
    expect(await lastAction()).toBe('staff.ownPinChanged');
    samPin = NEW_PIN;

    const samId = staffSession.current?.staffId;
    await staffSession.lock();
    const old = valueOf(await mainOfThisPage().call<UnlockResult>('staff', 'unlock', { staffId: samId, pin: GOOD_PIN }));
    expect(old.outcome).toBe('wrong');
    const renewed = valueOf(await mainOfThisPage().call<UnlockResult>('staff', 'unlock', { staffId: samId, pin: NEW_PIN }));
    expect(renewed.outcome).toBe('ok');
  });

  it('shows a new recovery code once, after asking', async () => {
    const area = new AccountsArea();
    area.askNewCode();
    expect(area.confirmingNewCode).toBe(true);
    await area.confirmNewCode();
    expect(area.confirmingNewCode).toBe(false);
    expect(area.mode).toBe('newCode');
    expect(area.newCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    expect(await lastAction()).toBe('staff.recoveryCodeRenewed');
    area.codeWritten();
    expect(area.newCode).toBeNull();
    expect(area.mode).toBe('list');
    expect(area.notice).toEqual({ key: 'staff:accounts.codeRenewed', kind: 'done' });
  });

  it('locks staff mode when main has relocked meanwhile, adding nobody', async () => {
    const area = new AccountsArea();
    area.startAdd();
    area.newName = 'Ana';
    area.nameNext();
    await mainRelocks();
    await area.addWithPin(OTHER_PIN);
    expect(area.notice).toEqual({ key: 'staff:accounts.failed', kind: 'error' });
    expect(staffSession.unlocked).toBe(false);
    expect(await namesInMain()).toEqual(['Sam']);
  });
});
