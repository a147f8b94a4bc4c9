import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAILY_INTERVAL_MS, MISSED_AFTER_MS, RETRY_AFTER_MS } from '../../../electron/main/services/backups/backupService';
import type { BackupAttempt, BackupStatus, OpenedBackup, StoredBackup } from '../../../shared/backups';
import type { SetupResult, UnlockResult } from '../../../shared/staff';
import { testMain, valueOf } from './mainHarness';
import { GOOD_PIN } from './staffAuthHarness';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'maple house garden 1987';
const BACKUP = JSON.stringify({ format: 'hearth-backup', tables: { residents: [{ name: 'Desmond Okafor' }] } });
const HOUR = 60 * 60_000;

function house() {
  const clock = { ms: new Date(2026, 11, 4, 9, 0, 0).getTime() };
  const folder = mkdtempSync(join(tmpdir(), 'hearth-usb-'));
  let offer: string | null = folder;
  const main = testMain({ chooseBackupFolder: () => Promise.resolve(offer), backups: { now: () => clock.ms, scrypt: CHEAP } });
  const call = <T>(verb: string, payload?: unknown) => main.call<T>('backups', verb, payload).then(valueOf);
  const unlock = async () => {
    const { staff } = valueOf(await main.call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN }));
    expect(valueOf(await main.call<UnlockResult>('staff', 'unlock', { staffId: staff.id, pin: GOOD_PIN })).outcome).toBe('ok');
  };
  const setUp = async () => {
    await unlock();
    expect(await call('setPassphrase', { passphrase: PASSPHRASE })).toBe('set');
    expect(await call<BackupStatus | null>('chooseFolder')).toMatchObject({ folder });
    await call('updateSchedule', { patch: { daily: true, keep: 3 } });
  };
  const files = () => readdirSync(folder).sort();
  return { main, call, clock, folder, files, unlock, setUp, offerFolder: (f: string | null) => (offer = f) };
}

describe('backups in main', () => {
  it('every verb but the daily one needs staff mode unlocked', async () => {
    const h = house();
    for (const [verb, payload] of [
      ['status', undefined],
      ['setPassphrase', { passphrase: PASSPHRASE }],
      ['chooseFolder', undefined],
      ['updateSchedule', { patch: { daily: true } }],
      ['writeNow', { text: BACKUP }],
      ['seal', { text: BACKUP }],
      ['list', undefined],
      ['open', { name: 'hearth-backup-2026-12-04-090000.hearth', passphrase: PASSPHRASE }],
      ['unseal', { text: '{}', passphrase: PASSPHRASE }],
    ] as const) {
      const result = await h.main.call('backups', verb, payload);
      expect(result.ok, verb).toBe(false);
      if (!result.ok) expect(result.error.code, verb).toBe('forbidden');
    }
    expect(valueOf(await h.main.call('backups', 'due'))).toBe(false);
    expect(valueOf(await h.main.call('backups', 'runDaily', { text: BACKUP }))).toBeNull();
  });

  it('refuses a short passphrase, and a change without the current one', async () => {
    const h = house();
    await h.unlock();
    const short = await h.main.call('backups', 'setPassphrase', { passphrase: 'short' });
    expect(short.ok).toBe(false);
    expect(await h.call('status')).toMatchObject({ passphraseSet: false, attention: 'not-set-up' });
    expect(await h.call('setPassphrase', { passphrase: PASSPHRASE })).toBe('set');
    expect(await h.call('setPassphrase', { passphrase: 'another long passphrase' })).toBe('wrong-current');
    expect(await h.call('setPassphrase', { passphrase: 'another long passphrase', current: 'not it at all' })).toBe('wrong-current');
    expect(await h.call('setPassphrase', { passphrase: 'another long passphrase', current: PASSPHRASE })).toBe('set');
  });

  it('makes the daily backup once a day, sealed and read back, keeping the last few', async () => {
    const h = house();
    await h.setUp();
    expect(await h.call('due')).toBe(true);
    const first = await h.call<BackupAttempt>('runDaily', { text: BACKUP });
    expect(first).toMatchObject({ ok: true, automatic: true, problem: null, file: 'hearth-backup-2026-12-04-090000.hearth' });
    const text = readFileSync(join(h.folder, first.file as string), 'utf8');
    expect(text).not.toContain('Desmond');
    // Not again the same day, however often the wall asks.
    h.clock.ms += DAILY_INTERVAL_MS - 1;
    expect(await h.call('due')).toBe(false);
    expect(await h.call('runDaily', { text: BACKUP })).toBeNull();
    for (let day = 0; day < 4; day++) {
      h.clock.ms += DAILY_INTERVAL_MS + 1;
      expect((await h.call<BackupAttempt>('runDaily', { text: BACKUP })).ok).toBe(true);
    }
    // Five made, three kept: the newest.
    expect(h.files()).toHaveLength(3);
    const listed = await h.call<StoredBackup[]>('list');
    expect(listed.map((b) => b.name)).toEqual([...h.files()].reverse());
    expect(await h.call('status')).toMatchObject({ attention: null, last: { ok: true, removed: 1 } });
  });

  it('never removes files that are not its own backups', async () => {
    const h = house();
    await h.setUp();
    writeFileSync(join(h.folder, 'holiday photos.jpg'), 'x');
    writeFileSync(join(h.folder, 'hearth-backup-2020-01-01.json'), '{}');
    for (let i = 0; i < 5; i++) {
      await h.call('writeNow', { text: BACKUP });
      h.clock.ms += 1000;
    }
    expect(h.files().filter((f) => f.endsWith('.hearth'))).toHaveLength(3);
    expect(h.files()).toContain('holiday photos.jpg');
    expect(h.files()).toContain('hearth-backup-2020-01-01.json');
  });

  it('opens a backup from the folder with the passphrase; a wrong one opens nothing', async () => {
    const h = house();
    await h.setUp();
    const made = await h.call<BackupAttempt>('writeNow', { text: BACKUP });
    expect(await h.call<OpenedBackup>('open', { name: made.file, passphrase: 'wrong passphrase here' })).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await h.call<OpenedBackup>('open', { name: made.file, passphrase: PASSPHRASE })).toEqual({ ok: true, text: BACKUP });
    expect(await h.call<OpenedBackup>('open', { name: 'hearth-backup-1999-01-01-000000.hearth', passphrase: PASSPHRASE })).toEqual({ ok: false, reason: 'missing' });
    // Only a backup's own name: no way out of the folder.
    expect((await h.main.call('backups', 'open', { name: '../staff.json', passphrase: PASSPHRASE })).ok).toBe(false);
    // A sealed file saved elsewhere opens the same way.
    const sealed = await h.call<string>('seal', { text: BACKUP });
    expect(await h.call<OpenedBackup>('unseal', { text: sealed, passphrase: PASSPHRASE })).toEqual({ ok: true, text: BACKUP });
  });

  it('says a backup failed when the stick is gone, tries again an hour later, and says when one was missed', async () => {
    const h = house();
    await h.setUp();
    expect((await h.call<BackupAttempt>('runDaily', { text: BACKUP })).ok).toBe(true);
    rmSync(h.folder, { recursive: true });
    h.clock.ms += DAILY_INTERVAL_MS;
    expect(await h.call<BackupAttempt>('runDaily', { text: BACKUP })).toMatchObject({ ok: false, problem: 'folder-missing' });
    expect(await h.call('status')).toMatchObject({ attention: 'failed', last: { ok: false, problem: 'folder-missing' } });
    expect(await h.call('due')).toBe(false);
    h.clock.ms += RETRY_AFTER_MS;
    expect(await h.call('due')).toBe(true);
    // Put back: the next one works and the warning goes.
    h.offerFolder(mkdtempSync(join(tmpdir(), 'hearth-usb-')));
    await h.call('chooseFolder');
    expect((await h.call<BackupAttempt>('runDaily', { text: BACKUP })).ok).toBe(true);
    expect((await h.call<BackupStatus>('status')).attention).toBeNull();
    // Nothing for a day and a half while daily backups are on (the kiosk was off): missed.
    h.clock.ms += MISSED_AFTER_MS + HOUR;
    expect((await h.call<BackupStatus>('status')).attention).toBe('missed');
  });

  it('a backup that cannot be written fails and leaves nothing under a backup name', async () => {
    const h = house();
    await h.setUp();
    // Something already sits where the file is written first (a full or broken stick answers the same way).
    mkdirSync(join(h.folder, 'hearth-backup-2026-12-04-090000.hearth.partial'));
    expect(await h.call<BackupAttempt>('writeNow', { text: BACKUP })).toMatchObject({ ok: false, problem: 'write-failed', file: null });
    expect(h.files().filter((f) => f.endsWith('.hearth'))).toEqual([]);
    expect((await h.call<BackupStatus>('status')).attention).toBe('failed');
  });

  it('a file that does not read back the same is not counted and is removed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hearth-usb-'));
    const clock = { ms: new Date(2026, 11, 4, 9, 0, 0).getTime() };
    // The stick gives back something other than what was written.
    const readBack = async (path: string) => {
      const file = JSON.parse(readFileSync(path, 'utf8'));
      return JSON.stringify({ ...file, data: file.data.slice(4) });
    };
    const main = testMain({ chooseBackupFolder: () => Promise.resolve(folder), backups: { now: () => clock.ms, scrypt: CHEAP, readBack } });
    const call = <T>(verb: string, payload?: unknown) => main.call<T>('backups', verb, payload).then(valueOf);
    const { staff } = valueOf(await main.call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN }));
    valueOf(await main.call<UnlockResult>('staff', 'unlock', { staffId: staff.id, pin: GOOD_PIN }));
    await call('setPassphrase', { passphrase: PASSPHRASE });
    await call('chooseFolder');
    expect(await call<BackupAttempt>('writeNow', { text: BACKUP })).toMatchObject({ ok: false, problem: 'verify-failed', file: null });
    expect(readdirSync(folder)).toEqual([]);
    expect(await call<BackupStatus>('status')).toMatchObject({ attention: 'failed', lastGoodAt: null });
  });
});
