import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { nav } from '../../../renderer/src/lib/nav.svelte';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { SetupFlow } from '../../../renderer/src/screens/staff/setupFlow.svelte';
import type { HouseSettings } from '../../../shared/settings';
import type { StaffStatus, UnlockResult } from '../../../shared/staff';
import { valueOf } from '../main/mainHarness';
import { GOOD_PIN } from '../main/staffAuthHarness';
import { mainOfThisPage } from './inProcessKiosk';

/**
 * First run: the first staff account (name, who reads shares first, a PIN), its recovery code
 * shown once, then the example house or an empty one, against main's real staff auth and settings.
 */

// Main hashes the PIN with its real cost, and checks it again to save the choice of moderation.
vi.setConfig({ testTimeout: 30_000 });

const mainStatus = async () => valueOf(await mainOfThisPage().call<StaffStatus>('staff', 'status'));

describe('first-run setup', () => {
  it('asks for a name and for who reads shares first before a PIN, and goes back when asked', () => {
    const setup = new SetupFlow();
    setup.name = '   ';
    setup.nameNext();
    expect(setup.problemKey).toBe('staff:accounts.nameNeeded');
    expect(setup.step).toBe('name');
    setup.name = '  Sam ';
    setup.nameNext();
    expect(setup.problemKey).toBeNull();
    expect(setup.name).toBe('Sam');
    expect(setup.step).toBe('moderation');
    setup.moderationNext();
    expect(setup.problemKey).toBe('staff:setup.moderationNeeded');
    expect(setup.step).toBe('moderation');
    setup.moderationMode = 'all';
    setup.moderationNext();
    expect(setup.step).toBe('pin');
    setup.backToModeration();
    expect(setup.step).toBe('moderation');
    setup.backToName();
    expect(setup.step).toBe('name');
  });

  it('refuses a PIN main will not take, creates nothing, and starts the PIN afresh', async () => {
    const setup = new SetupFlow();
    setup.name = 'Sam';
    setup.nameNext();
    setup.moderationMode = 'all';
    setup.moderationNext();
    await setup.choosePin('123456');
    expect(setup.problemKey).toBe('staff:setup.failed');
    expect(setup.pinAttempt).toBe(1);
    expect(setup.step).toBe('pin');
    expect(setup.recoveryCode).toBeNull();
    expect((await mainStatus()).needsSetup).toBe(true);
  });

  it('creates the account, shows its recovery code once, saves the moderation choice and leaves staff mode locked', async () => {
    const setup = new SetupFlow();
    setup.name = 'Sam';
    setup.nameNext();
    setup.moderationMode = 'all';
    setup.moderationNext();
    await setup.choosePin(GOOD_PIN);
    expect(setup.problemKey).toBeNull();
    expect(setup.step).toBe('recovery');
    expect(setup.recoveryCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    expect(setup.moderationNotSaved).toBe(false);

    const status = await mainStatus();
    expect(status.needsSetup).toBe(false);
    expect(status.staff.map((s) => s.name)).toEqual(['Sam']);
    expect(valueOf(await mainOfThisPage().call<HouseSettings>('settings', 'get')).moderationMode).toBe('all');
    // The session opened only to save the choice is closed again: a staff-only call is refused.
    expect((await mainOfThisPage().call('staff', 'regenerateRecoveryCode')).ok).toBe(false);
    const actions = (await listAuditEntries(0)).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['staff.setupDone', 'staff.settingsChanged']));

    // The code leaves memory once it is written down.
    setup.written();
    expect(setup.recoveryCode).toBeNull();
    expect(setup.step).toBe('start');

    nav.go({ name: 'boards' });
    await setup.start(false);
    expect(setup.problemKey).toBeNull();
    expect(nav.screen).toEqual({ name: 'home' });
    expect(staffSession.needsSetup).toBe(false);
    expect(await db.residents.count()).toBe(0);

    // The PIN chosen opens staff mode.
    const unlocked = valueOf(await mainOfThisPage().call<UnlockResult>('staff', 'unlock', { staffId: status.staff[0]?.id, pin: GOOD_PIN }));
    expect(unlocked.outcome).toBe('ok');
    valueOf(await mainOfThisPage().call('staff', 'lock'));
  });

  it('cannot make a second first account once the house has one', async () => {
    const setup = new SetupFlow();
    setup.name = 'Ana';
    setup.nameNext();
    setup.moderationMode = 'flagged';
    setup.moderationNext();
    await setup.choosePin('730264');
    expect(setup.problemKey).toBe('staff:setup.failed');
    expect(setup.recoveryCode).toBeNull();
    expect((await mainStatus()).staff.map((s) => s.name)).toEqual(['Sam']);
  });

  it('fills the house with the example house when that is the choice', async () => {
    const first = new SetupFlow();
    nav.go({ name: 'boards' });
    await first.start(true);
    expect(first.problemKey).toBeNull();
    expect(await db.residents.count()).toBeGreaterThan(0);
    expect(nav.screen).toEqual({ name: 'home' });
  });
});
