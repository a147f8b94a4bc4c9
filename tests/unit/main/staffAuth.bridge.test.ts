import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SetupResult, StaffStatus, UnlockResult } from '../../../shared/staff';
import { testMain, valueOf } from './mainHarness';
import { GOOD_PIN, freshStaffDir } from './staffAuthHarness';

function bridge(dataDir = freshStaffDir()) {
  const exits: string[] = [];
  const { services, call } = testMain({ dataDir, exitKiosk: () => exits.push('exit') });
  return { services, call, exits, dataDir };
}

async function setUpAndUnlock(b: ReturnType<typeof bridge>) {
  const { staff } = valueOf(await b.call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN }));
  expect(valueOf(await b.call<UnlockResult>('staff', 'unlock', { staffId: staff.id, pin: GOOD_PIN })).outcome).toBe('ok');
  return staff;
}

// Main's services hash PINs at full cost here (a tenth of a second each, seconds on a busy machine).
describe('the staff channels of the bridge', { timeout: 30_000 }, () => {
  it('refuse a settings change and exiting the kiosk while staff mode is locked', async () => {
    const b = bridge();
    const update = await b.call('settings', 'update', { patch: { houseName: 'Maple House' } });
    expect(update).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await b.call('app', 'exitKiosk')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(b.exits).toEqual([]);
    expect(b.services.settings.get().houseName).toBe('Our House');
  });

  it('allow them once a staff member has unlocked', async () => {
    const b = bridge();
    await setUpAndUnlock(b);
    expect(valueOf(await b.call<{ houseName: string }>('settings', 'update', { patch: { houseName: 'Maple House' } })).houseName).toBe(
      'Maple House',
    );
    expect((await b.call('app', 'exitKiosk')).ok).toBe(true);
    expect(b.exits).toEqual(['exit']);
  });

  it('relock when the renderer starts afresh', async () => {
    const b = bridge();
    await setUpAndUnlock(b);
    b.services.rendererReset();
    expect(valueOf(await b.call<StaffStatus>('staff', 'status')).session).toBeNull();
    expect(await b.call('settings', 'update', { patch: { houseName: 'X' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuse a PIN that is not 6 to 12 digits before it reaches the service', async () => {
    const b = bridge();
    const result = await b.call('staff', 'setup', { name: 'Sam', pin: '12ab56' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const tooLong = await b.call('staff', 'setup', { name: 'x'.repeat(41), pin: GOOD_PIN });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(valueOf(await b.call<StaffStatus>('staff', 'status')).needsSetup).toBe(true);
  });

  it('refuse a trivial PIN with a refusal the renderer can show', async () => {
    const b = bridge();
    expect(await b.call('staff', 'setup', { name: 'Sam', pin: '123456' })).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('never send a hash or salt to the renderer', async () => {
    const b = bridge();
    await setUpAndUnlock(b);
    const answers = JSON.stringify([
      await b.call('staff', 'status'),
      await b.call('staff', 'touch'),
      await b.call('staff', 'addStaff', { name: 'Ana', pin: '730264' }),
    ]);
    const file = JSON.parse(readFileSync(join(b.dataDir, 'staff.json'), 'utf8')) as { accounts: { pin: { hash: string; salt: string } }[] };
    for (const account of file.accounts) {
      expect(answers).not.toContain(account.pin.hash);
      expect(answers).not.toContain(account.pin.salt);
    }
  });

  it('keep working when the staff file is damaged, failing the staff calls closed and leaving the file alone', async () => {
    const dataDir = freshStaffDir();
    const first = bridge(dataDir);
    await setUpAndUnlock(first);
    const path = join(dataDir, 'staff.json');
    // Without its last-known-good copy, which would otherwise put the file back.
    rmSync(`${path}.bak`);
    writeFileSync(path, '{"accounts": [');
    const b = bridge(dataDir);
    expect(await b.call('staff', 'status')).toMatchObject({ ok: false, error: { code: 'store-unreadable' } });
    expect(await b.call('staff', 'setup', { name: 'Mallory', pin: GOOD_PIN })).toMatchObject({ ok: false });
    expect(await b.call('settings', 'update', { patch: { houseName: 'X' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await b.call('settings', 'get')).ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('{"accounts": [');
  });
});
