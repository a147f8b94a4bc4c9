import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { StoreUnreadableError } from '../../../electron/main/services/keyValueStore';
import { DEFAULT_SCRYPT_PARAMS, hashSecret } from '../../../electron/main/services/secretHash';
import { StaffAuth } from '../../../electron/main/services/staffAuth';
import { BridgeRefusal } from '../../../shared/bridge/channel';
import { FakeClock, GOOD_PIN, OTHER_PIN, freshStaffDir, openStaffStore, setUpKiosk, staffAuthIn } from './staffAuthHarness';

const storedAccounts = (cwd: string) =>
  JSON.parse(readFileSync(openStaffStore(cwd).path, 'utf8')).accounts as { name: string; pin: Record<string, unknown> }[];

describe('staff accounts and PIN hashes', () => {
  it('store a scrypt hash with its salt and parameters, never the PIN itself', async () => {
    const cwd = freshStaffDir();
    const auth = new StaffAuth(openStaffStore(cwd), { now: new FakeClock().now });
    await auth.setup('Sam', GOOD_PIN);
    const file = readFileSync(openStaffStore(cwd).path, 'utf8');
    expect(file).not.toContain(GOOD_PIN);
    const [sam] = storedAccounts(cwd);
    expect(sam?.pin).toMatchObject({ algorithm: 'scrypt', ...DEFAULT_SCRYPT_PARAMS });
    expect(sam?.pin.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(sam?.pin.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('check a PIN with the parameters stored beside its hash', async () => {
    const { auth, cwd, sam } = await setUpKiosk();
    const store = openStaffStore(cwd);
    const cheaper = await hashSecret(OTHER_PIN, { N: 2 ** 11, r: 4, p: 2, keylen: 48 });
    const accounts = storedAccounts(cwd).map((a) => ({ ...a, pin: cheaper }));
    store.set('accounts', accounts);
    expect((await auth.unlock(sam.id, OTHER_PIN)).outcome).toBe('ok');
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('wrong');
  });

  it('give two staff members with the same PIN different salts and hashes', async () => {
    const { auth, sam, cwd } = await setUpKiosk();
    await auth.unlock(sam.id, GOOD_PIN);
    await auth.addStaff('Ana', GOOD_PIN);
    const [first, second] = storedAccounts(cwd);
    expect(first?.pin.salt).not.toBe(second?.pin.salt);
    expect(first?.pin.hash).not.toBe(second?.pin.hash);
  });

  it('tell the renderer names and ids only', async () => {
    const { auth } = await setUpKiosk();
    const status = auth.status();
    expect(status.needsSetup).toBe(false);
    expect(status.staff).toEqual([{ id: expect.any(String), name: 'Sam' }]);
    expect(JSON.stringify(status)).not.toMatch(/hash|salt/);
  });

  it('need setup when no account exists, and refuse a second setup', async () => {
    const auth = staffAuthIn(freshStaffDir(), new FakeClock());
    expect(auth.status().needsSetup).toBe(true);
    await auth.setup('  Sam  ', GOOD_PIN);
    expect(auth.status().staff.map((s) => s.name)).toEqual(['Sam']);
    await expect(auth.setup('Mallory', OTHER_PIN)).rejects.toThrow(BridgeRefusal);
    expect(auth.status().staff.map((s) => s.name)).toEqual(['Sam']);
  });

  it('refuse trivial PINs at setup and store nothing', async () => {
    const cwd = freshStaffDir();
    const auth = staffAuthIn(cwd, new FakeClock());
    for (const pin of ['000000', '111111', '123456', '654321', '121212', '12345']) {
      await expect(auth.setup('Sam', pin)).rejects.toThrow();
    }
    expect(auth.status().needsSetup).toBe(true);
  });
});

describe('the staff session', () => {
  it('opens with the right PIN and not with a wrong one', async () => {
    const { auth, sam } = await setUpKiosk();
    expect(await auth.unlock(sam.id, OTHER_PIN)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: 4 });
    expect(auth.current()).toBeNull();
    expect(await auth.unlock(sam.id, GOOD_PIN)).toEqual({ outcome: 'ok', session: { staffId: sam.id, name: 'Sam' } });
    expect(auth.current()).toEqual({ staffId: sam.id, name: 'Sam' });
    auth.lock();
    expect(auth.current()).toBeNull();
  });

  it('treats an unknown staff id as a wrong PIN', async () => {
    const { auth } = await setUpKiosk();
    expect(await auth.unlock('nobody', GOOD_PIN)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: 4 });
  });

  it('relocks after the relock time without staff activity, and each staff call counts as activity', async () => {
    const { auth, clock, sam } = await setUpKiosk();
    await auth.unlock(sam.id, GOOD_PIN);
    clock.advanceSeconds(100);
    expect(auth.touch()).not.toBeNull();
    clock.advanceSeconds(100);
    expect(auth.requireUnlocked().name).toBe('Sam');
    clock.advanceSeconds(119);
    expect(auth.current()).not.toBeNull();
    clock.advanceSeconds(1);
    expect(auth.current()).toBeNull();
    expect(() => auth.requireUnlocked()).toThrow(BridgeRefusal);
  });

  it('refuses staff changes while locked, with the forbidden code', async () => {
    const { auth } = await setUpKiosk();
    const refusal = await auth.addStaff('Ana', OTHER_PIN).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BridgeRefusal);
    expect((refusal as BridgeRefusal).code).toBe('forbidden');
    await expect(auth.regenerateRecoveryCode()).rejects.toThrow(BridgeRefusal);
    await expect(auth.changeOwnPin(GOOD_PIN, OTHER_PIN)).rejects.toThrow(BridgeRefusal);
    expect(auth.status().staff).toHaveLength(1);
  });
});

describe('staff account management', () => {
  it('adds a staff member who can then unlock, and refuses a duplicate name', async () => {
    const { auth, sam } = await setUpKiosk();
    await auth.unlock(sam.id, GOOD_PIN);
    const ana = await auth.addStaff('Ana', OTHER_PIN);
    await expect(auth.addStaff(' ana ', '555123')).rejects.toThrow(BridgeRefusal);
    auth.lock();
    expect((await auth.unlock(ana.id, OTHER_PIN)).outcome).toBe('ok');
  });

  it('removes another account, but never the last one nor your own', async () => {
    const { auth, sam } = await setUpKiosk();
    await auth.unlock(sam.id, GOOD_PIN);
    await expect(auth.removeStaff(sam.id)).rejects.toThrow(BridgeRefusal);
    const ana = await auth.addStaff('Ana', OTHER_PIN);
    await expect(auth.removeStaff(sam.id)).rejects.toThrow(/Another staff member/);
    await auth.removeStaff(ana.id);
    expect(auth.status().staff.map((s) => s.name)).toEqual(['Sam']);
    auth.lock();
    await auth.unlock(ana.id, OTHER_PIN);
    expect(auth.current()).toBeNull();
  });

  it('changes your own PIN only with your current PIN, and a wrong current PIN counts as a failure', async () => {
    const { auth, sam } = await setUpKiosk();
    await auth.unlock(sam.id, GOOD_PIN);
    expect(await auth.changeOwnPin('999888', OTHER_PIN)).toEqual({ outcome: 'wrong', attemptsLeftBeforeWait: 4 });
    await expect(auth.changeOwnPin(GOOD_PIN, '222222')).rejects.toThrow(BridgeRefusal);
    expect(await auth.changeOwnPin(GOOD_PIN, OTHER_PIN)).toEqual({ outcome: 'ok' });
    auth.lock();
    expect((await auth.unlock(sam.id, GOOD_PIN)).outcome).toBe('wrong');
    expect((await auth.unlock(sam.id, OTHER_PIN)).outcome).toBe('ok');
  });
});

describe('a damaged staff file', () => {
  it('fails closed: the unreadable file surfaces as StoreUnreadableError and is never rewritten', async () => {
    const { cwd, sam, clock } = await setUpKiosk();
    const path = openStaffStore(cwd).path;
    const damaged = readFileSync(path, 'utf8').slice(0, 80);
    writeFileSync(path, damaged);
    const auth = staffAuthIn(cwd, clock);
    expect(() => auth.status()).toThrow(StoreUnreadableError);
    await expect(auth.unlock(sam.id, GOOD_PIN)).rejects.toThrow(StoreUnreadableError);
    await expect(auth.setup('Mallory', OTHER_PIN)).rejects.toThrow(StoreUnreadableError);
    await expect(auth.recover('AAAA-AAAA-AAAA-AAAA', sam.id, OTHER_PIN)).rejects.toThrow(StoreUnreadableError);
    expect(readFileSync(path, 'utf8')).toBe(damaged);
  });

  it('fails closed when the file parses but its accounts no longer fit, rather than asking for setup again', async () => {
    const { cwd, clock } = await setUpKiosk();
    const path = openStaffStore(cwd).path;
    const tampered = JSON.stringify({ accounts: [{ id: 'x', name: 'Sam', pin: 'plain-text' }] });
    writeFileSync(path, tampered);
    const auth = staffAuthIn(cwd, clock);
    expect(() => auth.status()).toThrow(StoreUnreadableError);
    await expect(auth.setup('Mallory', OTHER_PIN)).rejects.toThrow(StoreUnreadableError);
    expect(readFileSync(path, 'utf8')).toBe(tampered);
  });
});
