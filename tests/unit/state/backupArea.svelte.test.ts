import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { saveResident } from '../../../renderer/src/db/repositories/residents';
import { language } from '../../../renderer/src/lib/i18n.svelte';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { BackupArea } from '../../../renderer/src/screens/staff/areas/backup/backupArea.svelte';
import { mainRelocks, staffOnDuty } from './staffOnDuty';

/**
 * Backup and restore as staff use them in the web preview: main seals and opens the file with the
 * house's passphrase, the page downloads it and reads it back from an upload.
 */

// Main derives the passphrase's key with its real cost.
vi.setConfig({ testTimeout: 30_000 });

const PASSPHRASE = 'blue kettle on the hill';

/**
 * The page's downloads and uploads: a link clicked hands over its file, a file input clicked picks
 * the file the test chose (or is cancelled when there is none).
 */
const downloads: { name: string; text: Promise<string> }[] = [];
let toUpload: File | null = null;
const blobs = new Map<string, Blob>();

function fakeFilePage() {
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const element = (tag: string) => {
    const listeners = new Map<string, () => void>();
    const node = {
      tag,
      href: '',
      download: '',
      hidden: false,
      type: '',
      accept: '',
      files: null as File[] | null,
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      remove: () => {},
      click: () => {
        if (tag === 'a') {
          const blob = blobs.get(node.href);
          if (blob) downloads.push({ name: node.download, text: blob.text() });
        } else if (toUpload) {
          node.files = [toUpload];
          listeners.get('change')?.();
        } else listeners.get('cancel')?.();
      },
    };
    return node;
  };
  Object.assign(document, { createElement: element, body: { append: () => {} } });
}

const actions = async () => (await listAuditEntries(0)).entries.map((e) => e.action);

beforeAll(async () => {
  fakeFilePage();
  await language.loadStaffText();
  await saveResident({ symbol: 'sun', name: 'Ada' });
});

beforeEach(async () => {
  // Without workers here, backups are read on the page; the page says so on the console.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  if (!staffSession.unlocked) await staffOnDuty();
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
});

describe('the backup area', () => {
  it('reads main’s side: no passphrase yet, nothing in a folder', async () => {
    const area = new BackupArea();
    await area.load();
    expect(area.status?.passphraseSet).toBe(false);
    expect(area.stored).toEqual([]);
    expect(area.notice).toBeNull();
  });

  it('will not save a backup before the house has a passphrase', async () => {
    const area = new BackupArea();
    await area.save();
    expect(area.notice).toEqual({ key: 'records:backup.saveFailed', kind: 'error' });
    expect(downloads).toEqual([]);
    expect(area.busy).toBeNull();
  });

  it('sets the passphrase only when long enough and typed twice the same', async () => {
    const area = new BackupArea();
    await area.load();
    expect(await area.protect('short', 'short', undefined)).toBe('records:backup.passphrase.tooShort');
    expect(await area.protect(PASSPHRASE, `${PASSPHRASE}!`, undefined)).toBe('records:backup.passphrase.different');
    expect(area.status?.passphraseSet).toBe(false);
    expect(await area.protect(PASSPHRASE, PASSPHRASE, undefined)).toBeNull();
    expect(area.notice).toEqual({ key: 'records:backup.passphrase.set', kind: 'done' });
    expect(area.status?.passphraseSet).toBe(true);
    expect(await actions()).toContain('records.backupPassphraseSet');
    // Changing it needs the current one.
    expect(await area.protect('another long phrase', 'another long phrase', 'not the one')).toBe('records:backup.passphrase.wrongCurrent');
  });

  it('saves a sealed backup that shows nothing to whoever finds the file', async () => {
    const area = new BackupArea();
    await area.save(Date.UTC(2026, 11, 4, 12));
    expect(area.notice?.key).toBe('records:backup.saved');
    expect(area.notice?.kind).toBe('done');
    const [file] = downloads;
    if (!file) throw new Error('nothing was downloaded');
    expect(file.name).toBe('hearth-backup-2026-12-04.hearth');
    // The name as a backup writes it, in the clear or merely encoded. (A bare "Ada" can turn up in
    // random base64 by chance: about one sealed file in 250.)
    const text = await file.text;
    const sealed = JSON.parse(text) as { format: string; data: string };
    expect(sealed.format).toBe('hearth-backup-sealed');
    expect(text).not.toMatch(/"name":\s*"Ada"/);
    expect(Buffer.from(sealed.data, 'base64').toString('utf8')).not.toMatch(/"name":\s*"Ada"/);
    expect(await actions()).toContain('records.backupSaved');
  });

  it('opens a chosen sealed file only with the passphrase, then shows what it holds', async () => {
    const [file] = downloads;
    if (!file) throw new Error('no saved backup');
    toUpload = new File([await file.text], file.name);
    const area = new BackupArea();
    await area.choose();
    expect(area.locked?.fileName).toBe(file.name);
    expect(area.chosen).toBeNull();
    await area.openLocked('not the passphrase');
    expect(area.notice).toEqual({ key: 'records:backup.opened.wrong-passphrase', kind: 'error' });
    expect(area.locked).not.toBeNull();
    await area.openLocked(PASSPHRASE);
    expect(area.locked).toBeNull();
    expect(area.chosen?.fileName).toBe(file.name);
    expect(area.chosen?.counts.residents).toBe(1);
    area.forget();
    expect(area.chosen).toBeNull();
  });

  it('puts the house back as the backup had it, and logs the restore', async () => {
    const [file] = downloads;
    if (!file) throw new Error('no saved backup');
    await db.residents.clear();
    await saveResident({ symbol: 'moon', name: 'Grace' });
    toUpload = new File([await file.text], file.name);
    const area = new BackupArea();
    await area.choose();
    await area.openLocked(PASSPHRASE);
    area.confirming = true;
    await area.restore();
    expect(area.confirming).toBe(false);
    expect(area.notice?.key).toBe('records:backup.restored');
    expect(area.chosen).toBeNull();
    expect(area.progress).toBeNull();
    expect((await db.residents.toArray()).map((r) => r.name)).toEqual(['Ada']);
    expect(await actions()).toContain('records.backupRestored');
  });

  it('says what is wrong with a file that is not a backup, and changes nothing', async () => {
    toUpload = new File(['{"not":"a backup"}'], 'notes.json');
    const area = new BackupArea();
    await area.choose();
    expect(area.chosen).toBeNull();
    expect(area.notice?.kind).toBe('error');
    expect(area.notice?.key).toMatch(/^records:backup\.problems\./);
    toUpload = null;
    await area.choose();
    expect(area.notice).toBeNull();
    expect(area.chosen).toBeNull();
  });

  it('says why a backup into the folder did not happen when there is no folder', async () => {
    const area = new BackupArea();
    await area.backUpNow();
    expect(area.notice).toEqual({ key: 'records:backup.failures.no-folder', kind: 'error' });
    expect(area.status?.last?.problem).toBe('no-folder');
  });

  it('locks staff mode when main has relocked meanwhile', async () => {
    const area = new BackupArea();
    await mainRelocks();
    await area.load();
    expect(staffSession.unlocked).toBe(false);
    expect(area.notice).toBeNull();
  });
});
