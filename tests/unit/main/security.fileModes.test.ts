import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfStore } from '../../../electron/main/services/confStore';
import { SettingsService } from '../../../electron/main/services/settingsService';
import { StaffAuth } from '../../../electron/main/services/staffAuth';
import { openMainStores } from '../../../electron/main/services/storeBackup';
import { GOOD_PIN, TEST_HASH_PARAMS } from './staffAuthHarness';

/*
 * Reproduction (outside review): after first-run setup, staff.json and settings.json were
 * created 0644 (readable by every user of the machine) while their .bak copies were 0600.
 */
const modeOf = (path: string) => statSync(path).mode & 0o777;
const freshDataDir = () => join(tmpdir(), `hearth-modes-${process.pid}-${Math.random().toString(36).slice(2)}`, 'data');

async function firstRun(dataDir: string) {
  const stores = openMainStores({ dataDir, openStore: openConfStore, log: () => {} });
  await new StaffAuth(stores.staff, { hashParams: TEST_HASH_PARAMS }).setup('Sam', GOOD_PIN);
  new SettingsService(stores.settings).update({ houseName: 'Maple House' });
  return stores;
}

describe("main's files are for Hearth's own user only", () => {
  it('creates the data folder 0700 and every store file and copy 0600, whatever the umask', async () => {
    const before = process.umask(0o022);
    try {
      const dataDir = freshDataDir();
      await firstRun(dataDir);
      expect(modeOf(dataDir)).toBe(0o700);
      const files = readdirSync(dataDir).sort();
      expect(files).toEqual(['settings.json', 'settings.json.bak', 'staff.json', 'staff.json.bak']);
      for (const file of files) expect(modeOf(join(dataDir, file)), file).toBe(0o600);
    } finally {
      process.umask(before);
    }
  });

  it('tightens a folder and files an earlier version left readable to all', async () => {
    const dataDir = freshDataDir();
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    await firstRun(dataDir);
    for (const file of readdirSync(dataDir)) chmodSync(join(dataDir, file), 0o644);
    chmodSync(dataDir, 0o755);

    const stores = openMainStores({ dataDir, openStore: openConfStore, log: () => {} });
    expect(new SettingsService(stores.settings).get().houseName).toBe('Maple House');
    stores.restored();
    expect(modeOf(dataDir)).toBe(0o700);
    for (const file of readdirSync(dataDir)) expect(modeOf(join(dataDir, file)), file).toBe(0o600);
  });

  it('covers any store opened the way main opens them, whatever its name', () => {
    const dataDir = freshDataDir();
    const store = openConfStore({ cwd: dataDir, name: 'alerts' });
    store.set('probe', { at: 1 });
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'alerts.json'))).toBe(0o600);
  });

  it('keeps a damaged file it moved aside 0600 too', async () => {
    const dataDir = freshDataDir();
    const stores = await firstRun(dataDir);
    writeFileSync(join(dataDir, 'staff.json'), '{"broken', { mode: 0o644 });
    chmodSync(join(dataDir, 'staff.json'), 0o644);
    expect(stores.restored()).toHaveLength(1);
    const damaged = readdirSync(dataDir).filter((file) => file.startsWith('staff.json.damaged-'));
    expect(damaged).toHaveLength(1);
    for (const file of readdirSync(dataDir)) expect(modeOf(join(dataDir, file)), file).toBe(0o600);
  });
});
