import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openConfStore } from '../../../electron/main/services/confStore';
import { SettingsService } from '../../../electron/main/services/settingsService';
import { StaffAuth } from '../../../electron/main/services/staffAuth';
import { backupPathOf, openMainStores } from '../../../electron/main/services/storeBackup';
import type { AppInfo } from '../../../shared/bridge/contract';
import type { HouseSettings } from '../../../shared/settings';
import { lockoutOf, type LockoutState, type StaffStatus, type UnlockResult } from '../../../shared/staff';
import { testMain, valueOf } from './mainHarness';
import { GOOD_PIN, OTHER_PIN, TEST_HASH_PARAMS, freshStaffDir } from './staffAuthHarness';

/*
 * A damaged settings.json or staff.json must never put Hearth back to first-run setup, nor reset
 * a PIN or a lockout counter: the file is put back from its last-known-good copy, or every call
 * that needs it fails closed with 'store-unreadable' and nothing is written.
 */

function kiosk(dataDir: string) {
  const log = vi.fn<(message: string) => void>();
  const { services, call } = testMain({ dataDir, log });
  return { services, call, log };
}

/**
 * A kiosk in use: Sam set up, the house renamed, then two wrong PINs typed, so the staff file
 * holds an account and a lockout counter. Answers the files as they were before the damage.
 */
async function houseInUse() {
  const dataDir = freshStaffDir();
  // Built on the same kept stores as main, with cheap hashes so the many PIN checks stay quick.
  const stores = openMainStores({ dataDir, openStore: openConfStore, log: () => {} });
  const auth = new StaffAuth(stores.staff, { hashParams: TEST_HASH_PARAMS });
  const { staff } = await auth.setup('Sam', GOOD_PIN);
  new SettingsService(stores.settings).update({ houseName: 'Maple House', idleTimeoutSeconds: 120 });
  for (const wrong of ['111222', '333444']) expect((await auth.unlock(staff.id, wrong)).outcome).toBe('wrong');
  const settingsPath = join(dataDir, 'settings.json');
  const staffPath = join(dataDir, 'staff.json');
  return {
    dataDir,
    samId: staff.id,
    paths: { settings: settingsPath, staff: staffPath },
    before: { settings: readFileSync(settingsPath, 'utf8'), staff: readFileSync(staffPath, 'utf8') },
  };
}

type StoreName = 'settings' | 'staff';

const DAMAGE: Record<string, (good: string) => string> = {
  garbage: () => '\u0000\u0000\u0000\u0000 \u00ff\u00fe not json at all',
  empty: () => '',
  truncated: (good) => good.slice(0, Math.floor(good.length / 2)),
  'null instead of an object': () => 'null',
  'an array instead of an object': () => '[]',
};

const lockoutOfSam = async (k: ReturnType<typeof kiosk>, samId: string) => lockoutOf(valueOf(await k.call<StaffStatus>('staff', 'status')), samId);

describe.each(['settings', 'staff'] as StoreName[])('a damaged %s.json with a good backup copy', (store) => {
  it.each(Object.keys(DAMAGE))('is put back from the copy when %s, with PINs, lockout and settings as they were', async (kind) => {
    const house = await houseInUse();
    expect(readFileSync(backupPathOf(house.paths[store]), 'utf8')).toBe(house.before[store]);
    const damaged = DAMAGE[kind]!(house.before[store]);
    writeFileSync(house.paths[store], damaged);

    const k = kiosk(house.dataDir);
    const status = valueOf(await k.call<StaffStatus>('staff', 'status'));
    expect(status.needsSetup).toBe(false);
    expect(status.staff.map((s) => s.name)).toEqual(['Sam']);
    expect(lockoutOf(status, house.samId)).toEqual({ state: 'open', attemptsLeftBeforeWait: 3 } satisfies LockoutState);
    expect(valueOf(await k.call<HouseSettings>('settings', 'get'))).toMatchObject({ houseName: 'Maple House', idleTimeoutSeconds: 120 });
    expect(valueOf(await k.call<UnlockResult>('staff', 'unlock', { staffId: house.samId, pin: GOOD_PIN })).outcome).toBe('ok');

    // The damaged file is kept for the IT person, never erased; the restore is logged and reported.
    const kept = readdirSync(house.dataDir).filter((name) => name.startsWith(`${store}.json.damaged-`));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(house.dataDir, kept[0]!), 'utf8')).toBe(damaged);
    expect(k.log).toHaveBeenCalledWith(expect.stringContaining(`restored it from ${backupPathOf(house.paths[store])}`));
    const info = valueOf(await k.call<AppInfo>('app', 'info'));
    expect(info.restoredFiles).toEqual([{ file: `${store}.json`, at: expect.any(Number) }]);
  });
});

describe.each(['settings', 'staff'] as StoreName[])('a damaged %s.json without a usable backup copy', (store) => {
  it.each(Object.keys(DAMAGE))('fails closed when %s: no setup, no reset, the file left as it was', async (kind) => {
    const house = await houseInUse();
    rmSync(backupPathOf(house.paths[store]));
    const damaged = DAMAGE[kind]!(house.before[store]);
    writeFileSync(house.paths[store], damaged);

    const k = kiosk(house.dataDir);
    const unreadable = { ok: false, error: { code: 'store-unreadable', file: house.paths[store] } };
    if (store === 'staff') {
      expect(await k.call('staff', 'status')).toMatchObject(unreadable);
      expect(await k.call('staff', 'setup', { name: 'Mallory', pin: OTHER_PIN })).toMatchObject(unreadable);
      expect(await k.call('staff', 'unlock', { staffId: house.samId, pin: GOOD_PIN })).toMatchObject(unreadable);
      expect(valueOf(await k.call<HouseSettings>('settings', 'get')).houseName).toBe('Maple House');
    } else {
      expect(await k.call('settings', 'get')).toMatchObject(unreadable);
      // Staff mode still works, and its relock falls back to the default, never to "never".
      expect(valueOf(await k.call<StaffStatus>('staff', 'status')).needsSetup).toBe(false);
      valueOf(await k.call<UnlockResult>('staff', 'unlock', { staffId: house.samId, pin: GOOD_PIN }));
      expect(await k.call('settings', 'update', { patch: { houseName: 'Reset House' } })).toMatchObject(unreadable);
    }
    expect(readFileSync(house.paths[store], 'utf8')).toBe(damaged);
    expect(existsSync(backupPathOf(house.paths[store]))).toBe(false);
    expect(valueOf(await k.call<AppInfo>('app', 'info')).restoredFiles).toEqual([]);
  });

  it('fails closed when the backup copy is damaged too, and changes neither file', async () => {
    const house = await houseInUse();
    writeFileSync(house.paths[store], '{"broken');
    writeFileSync(backupPathOf(house.paths[store]), '{"also broken');
    const k = kiosk(house.dataDir);
    const [area, verb]: [string, string] = store === 'staff' ? ['staff', 'status'] : ['settings', 'get'];
    expect(await k.call(area, verb)).toMatchObject({ ok: false, error: { code: 'store-unreadable' } });
    expect(readFileSync(house.paths[store], 'utf8')).toBe('{"broken');
    expect(readFileSync(backupPathOf(house.paths[store]), 'utf8')).toBe('{"also broken');
    expect(k.log).toHaveBeenCalledWith(expect.stringContaining('neither can its backup copy'));
  });

  it('opens again, with nothing lost, once the IT person puts a good file back', async () => {
    const house = await houseInUse();
    rmSync(backupPathOf(house.paths[store]));
    writeFileSync(house.paths[store], '');
    const k = kiosk(house.dataDir);
    const [area, verb]: [string, string] = store === 'staff' ? ['staff', 'status'] : ['settings', 'get'];
    expect(await k.call(area, verb)).toMatchObject({ ok: false, error: { code: 'store-unreadable' } });
    writeFileSync(house.paths[store], house.before[store]);
    expect((await k.call(area, verb)).ok).toBe(true);
    expect(valueOf(await k.call<StaffStatus>('staff', 'status')).staff.map((s) => s.name)).toEqual(['Sam']);
  });
});

describe('a store file damaged while Hearth is running', () => {
  it('is put back, and reported, as soon as the renderer asks for app info at its next start', async () => {
    const house = await houseInUse();
    const k = kiosk(house.dataDir);
    valueOf(await k.call('staff', 'status'));
    writeFileSync(house.paths.staff, '{"accounts": [');
    expect(valueOf(await k.call<AppInfo>('app', 'info')).restoredFiles).toEqual([{ file: 'staff.json', at: expect.any(Number) }]);
    expect(readFileSync(house.paths.staff, 'utf8')).toBe(house.before.staff);
  });
});

describe('the last-known-good copy', () => {
  it('follows every successful write, lockout counters included', async () => {
    const house = await houseInUse();
    const k = kiosk(house.dataDir);
    valueOf(await k.call('staff', 'unlock', { staffId: house.samId, pin: '555666' }));
    const staffFile = readFileSync(house.paths.staff, 'utf8');
    expect(JSON.parse(staffFile)).toMatchObject({ counters: { [`staff:${house.samId}`]: { failures: 3 } } });
    expect(readFileSync(backupPathOf(house.paths.staff), 'utf8')).toBe(staffFile);
    expect(await lockoutOfSam(k, house.samId)).toEqual({ state: 'open', attemptsLeftBeforeWait: 2 });
  });

  it('is written whole, leaving no temporary file behind', async () => {
    const house = await houseInUse();
    expect(readdirSync(house.dataDir).sort()).toEqual(['settings.json', 'settings.json.bak', 'staff.json', 'staff.json.bak']);
  });

  it('is made for a store file written before copies were kept, the first time it is read', async () => {
    const house = await houseInUse();
    rmSync(backupPathOf(house.paths.staff));
    const k = kiosk(house.dataDir);
    valueOf(await k.call('staff', 'status'));
    expect(readFileSync(backupPathOf(house.paths.staff), 'utf8')).toBe(house.before.staff);
  });

  it('never copies a damaged file over a good copy', async () => {
    const house = await houseInUse();
    rmSync(house.paths.settings);
    writeFileSync(house.paths.settings, '{"house":');
    const k = kiosk(house.dataDir);
    // Restored first, then written: the copy holds the restored file plus the change.
    valueOf(await k.call('staff', 'unlock', { staffId: house.samId, pin: GOOD_PIN }));
    valueOf(await k.call('settings', 'update', { patch: { houseName: 'Birch House' } }));
    const copy = JSON.parse(readFileSync(backupPathOf(house.paths.settings), 'utf8')) as { house: HouseSettings };
    expect(copy.house).toMatchObject({ houseName: 'Birch House', idleTimeoutSeconds: 120 });
  });
});
