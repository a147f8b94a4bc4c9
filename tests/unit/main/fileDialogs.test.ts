/// <reference types="electron" />
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/main/bridge/dispatcher';
import { createHandlers, createMainServices } from '../../../electron/main/mainServices';
import { openConfStore } from '../../../electron/main/services/confStore';
import { electronFileDialogs, type DialogApi, type FileDialogs } from '../../../electron/main/services/fileDialogs';
import type { BridgeResult } from '../../../shared/bridge/channel';
import { MAX_FILE_BYTES } from '../../../shared/bridge/contract';
import type { SetupResult, UnlockResult } from '../../../shared/staff';
import { GOOD_PIN, freshStaffDir } from './staffAuthHarness';

/** Dialogs that answer with a path chosen by the test (or null: cancelled), recording what they were asked. */
class FakeDialogs implements FileDialogs {
  saveRequests: { suggestedName: string; extensions: string[] }[] = [];
  openRequests: { extensions: string[] }[] = [];
  constructor(public answer: string | null = null) {}

  /** Answers `answer` from now on, with nothing recorded yet. */
  answering(answer: string | null): this {
    this.answer = answer;
    this.saveRequests = [];
    this.openRequests = [];
    return this;
  }

  async chooseSavePath(request: { suggestedName: string; extensions: string[] }) {
    this.saveRequests.push(request);
    return this.answer;
  }
  async chooseOpenPath(request: { extensions: string[] }) {
    this.openRequests.push(request);
    return this.answer;
  }
}

function bridge(dialogs: FileDialogs | undefined) {
  const services = createMainServices({
    dataDir: freshStaffDir(),
    openStore: openConfStore,
    version: '0.0.0-test',
    preview: dialogs === undefined,
    demo: false,
    exampleHouseDir: join(process.cwd(), 'resources', 'example-house'),
    exitKiosk: () => {},
    ...(dialogs ? { fileDialogs: dialogs } : {}),
  });
  const dispatch = createDispatcher(createHandlers(services));
  const call = <T>(verb: string, payload?: unknown, area = 'files') => dispatch(`kiosk:${area}:${verb}`, payload) as Promise<BridgeResult<T>>;
  return { call };
}

async function unlocked(dialogs: FileDialogs | undefined) {
  const b = bridge(dialogs);
  const setup = await b.call<SetupResult>('setup', { name: 'Sam', pin: GOOD_PIN }, 'staff');
  if (!setup.ok) throw new Error(setup.error.message);
  const unlock = await b.call<UnlockResult>('unlock', { staffId: setup.value.staff.id, pin: GOOD_PIN }, 'staff');
  expect(unlock.ok && unlock.value.outcome).toBe('ok');
  return b;
}

const folder = () => mkdtempSync(join(tmpdir(), 'hearth-files-'));
const csv = { suggestedName: 'attendance.csv', mimeType: 'text/csv;charset=utf-8', text: 'Name,Date\r\nAna,2026-03-10\r\n' };

describe('saving and opening files through main', () => {
  // One unlocked kiosk for the whole block: each PIN check is a deliberately slow hash.
  const dialogs = new FakeDialogs();
  let b: Awaited<ReturnType<typeof unlocked>>;
  beforeAll(async () => {
    b = await unlocked(dialogs);
  });
  beforeEach(() => {
    dialogs.answering(null);
  });

  it('refuses both while staff mode is locked, without showing a dialog', async () => {
    const lockedDialogs = new FakeDialogs(join(folder(), 'x.csv'));
    const locked = bridge(lockedDialogs);
    expect(await locked.call('save', csv)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await locked.call('open', { extensions: ['json'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(lockedDialogs.saveRequests).toEqual([]);
    expect(lockedDialogs.openRequests).toEqual([]);
  });

  it('writes the text where staff chose, suggesting the name and its extension', async () => {
    const target = join(folder(), 'chosen.csv');
    dialogs.answering(target);
    expect(await b.call('save', csv)).toEqual({ ok: true, value: 'saved' });
    expect(readFileSync(target, 'utf8')).toBe(csv.text);
    expect(dialogs.saveRequests).toEqual([{ suggestedName: 'attendance.csv', extensions: ['csv'] }]);
  });

  it('replaces an existing file whole and leaves no partial file beside it', async () => {
    const dir = folder();
    const target = join(dir, 'backup.json');
    writeFileSync(target, 'the old backup');
    dialogs.answering(target);
    expect(await b.call('save', { suggestedName: 'backup.json', mimeType: 'application/json', text: '{"new":true}' })).toEqual({ ok: true, value: 'saved' });
    expect(readFileSync(target, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });

  it('answers cancelled when staff close the save dialog, and writes nothing', async () => {
    expect(await b.call('save', csv)).toEqual({ ok: true, value: 'cancelled' });
    expect(dialogs.saveRequests).toHaveLength(1);
  });

  it('reads the chosen file as text with its name, and null when cancelled', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'backup.json'), '\uFEFF{"format":"hearth-backup","ñ":"día"}');
    dialogs.answering(join(dir, 'backup.json'));
    expect(await b.call('open', { extensions: ['json'] })).toEqual({
      ok: true,
      value: { name: 'backup.json', text: '{"format":"hearth-backup","ñ":"día"}' },
    });
    expect(dialogs.openRequests).toEqual([{ extensions: ['json'] }]);
    dialogs.answer = null;
    expect(await b.call('open', { extensions: ['json'] })).toEqual({ ok: true, value: null });
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const path = join(folder(), 'photo.json');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    dialogs.answering(path);
    expect(await b.call('open', { extensions: ['json'] })).toMatchObject({ ok: false, error: { code: 'refused', message: 'The file is not text.' } });
  });

  it('refuses to open a file over the size limit without reading it', async () => {
    const path = join(folder(), 'huge.json');
    writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    dialogs.answering(path);
    expect(await b.call('open', { extensions: ['json'] })).toMatchObject({ ok: false, error: { code: 'refused', message: 'The file is larger than 50 MB.' } });
  });

  it('refuses to save text over the size limit, before any dialog', async () => {
    dialogs.answering(join(folder(), 'big.csv'));
    // Under the limit in characters, over it in UTF-8 bytes.
    const text = 'ñ'.repeat(MAX_FILE_BYTES / 2 + 1);
    expect(await b.call('save', { ...csv, text })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(dialogs.saveRequests).toEqual([]);
  });

  it('refuses a suggested name with a folder in it, and an extension that is not one', async () => {
    dialogs.answering(join(folder(), 'x'));
    expect(await b.call('save', { ...csv, suggestedName: '../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await b.call('save', { ...csv, suggestedName: '.hidden' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await b.call('open', { extensions: ['*'] })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await b.call('open', { extensions: [] })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(dialogs.saveRequests).toEqual([]);
    expect(dialogs.openRequests).toEqual([]);
  });

  it('explains that the web preview has no dialogs', async () => {
    const preview = await unlocked(undefined);
    expect(await preview.call('save', csv)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await preview.call('open', { extensions: ['json'] })).toMatchObject({ ok: false, error: { code: 'refused' } });
  });
});

describe("Electron's dialogs", () => {
  function fakeDialog(answers: { save?: Electron.SaveDialogReturnValue; open?: Electron.OpenDialogReturnValue }) {
    const calls: { verb: string; args: unknown[] }[] = [];
    const dialog = {
      showSaveDialog: async (...args: unknown[]) => {
        calls.push({ verb: 'save', args });
        return answers.save ?? { canceled: true, filePath: '' };
      },
      showOpenDialog: async (...args: unknown[]) => {
        calls.push({ verb: 'open', args });
        return answers.open ?? { canceled: true, filePaths: [] };
      },
    } as unknown as DialogApi;
    return { dialog, calls };
  }
  const window = { id: 1 } as unknown as Electron.BaseWindow;

  it('are modal on the kiosk window, filtered by extension, and answer the chosen path', async () => {
    const { dialog, calls } = fakeDialog({ save: { canceled: false, filePath: '/media/usb/a.csv' }, open: { canceled: false, filePaths: ['/media/usb/b.json'] } });
    const dialogs = electronFileDialogs(dialog, () => window);
    expect(await dialogs.chooseSavePath({ suggestedName: 'a.csv', extensions: ['csv'] })).toBe('/media/usb/a.csv');
    expect(await dialogs.chooseOpenPath({ extensions: ['json'] })).toBe('/media/usb/b.json');
    expect(calls[0]).toEqual({
      verb: 'save',
      args: [window, expect.objectContaining({ defaultPath: 'a.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] })],
    });
    expect(calls[1]).toEqual({ verb: 'open', args: [window, { filters: [{ name: 'JSON', extensions: ['json'] }], properties: ['openFile'] }] });
  });

  it('answer null when staff cancel', async () => {
    const { dialog } = fakeDialog({});
    const dialogs = electronFileDialogs(dialog, () => null);
    expect(await dialogs.chooseSavePath({ suggestedName: 'a.csv', extensions: ['csv'] })).toBeNull();
    expect(await dialogs.chooseOpenPath({ extensions: ['json'] })).toBeNull();
  });
});
