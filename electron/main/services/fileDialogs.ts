/// <reference types="electron" />
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { BridgeRefusal } from '../../../shared/bridge/channel';
import { MAX_FILE_BYTES, type OpenedFile } from '../../../shared/bridge/contract';

/**
 * Where staff files come from and go to. Electron answers with its own save and open dialogs
 * on the kiosk window; tests answer with a fake. Each resolves to null when staff cancel.
 */
export interface FileDialogs {
  chooseSavePath(request: { suggestedName: string; extensions: string[] }): Promise<string | null>;
  chooseOpenPath(request: { extensions: string[] }): Promise<string | null>;
}

export interface SaveRequest {
  suggestedName: string;
  mimeType: string;
  text: string;
}

const MEGABYTES = Math.round(MAX_FILE_BYTES / (1024 * 1024));

/**
 * Saving and opening text files for staff: a dialog picks the path, then the file is written or
 * read here, never by the renderer. Files over MAX_FILE_BYTES and files that are not UTF-8 text
 * are refused with a typed error.
 */
export class FileTransfer {
  constructor(private readonly dialogs: FileDialogs) {}

  async save(request: SaveRequest): Promise<'saved' | 'cancelled'> {
    const bytes = Buffer.from(request.text, 'utf8');
    if (bytes.length > MAX_FILE_BYTES) throw new BridgeRefusal('refused', `The file would be larger than ${MEGABYTES} MB.`);
    const extension = extname(request.suggestedName).slice(1);
    const path = await this.dialogs.chooseSavePath({ suggestedName: request.suggestedName, extensions: extension ? [extension] : [] });
    if (path === null) return 'cancelled';
    await writeWhole(path, bytes);
    return 'saved';
  }

  async open(request: { extensions: string[] }): Promise<OpenedFile | null> {
    const path = await this.dialogs.chooseOpenPath({ extensions: request.extensions });
    if (path === null) return null;
    return { name: basename(path), text: await readText(path) };
  }
}

/**
 * Writes beside the target first and renames it into place, so a power cut during a save leaves
 * the old file (or none), never half of a backup.
 */
async function writeWhole(path: string, bytes: Buffer): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await writeFile(partial, bytes, { flag: 'wx' });
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Checks the size before reading, so a huge file is refused without being loaded. */
async function readText(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new BridgeRefusal('refused', 'That is not a file.');
    if (stats.size > MAX_FILE_BYTES) throw new BridgeRefusal('refused', `The file is larger than ${MEGABYTES} MB.`);
    const bytes = await file.readFile();
    if (bytes.length > MAX_FILE_BYTES) throw new BridgeRefusal('refused', `The file is larger than ${MEGABYTES} MB.`);
    try {
      // A byte-order mark, if any, is dropped; anything that is not UTF-8 is refused, not guessed at.
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new BridgeRefusal('refused', 'The file is not text.');
    }
  } finally {
    await file.close();
  }
}

/** Electron's dialog functions the kiosk uses. */
export type DialogApi = Pick<Electron.Dialog, 'showSaveDialog' | 'showOpenDialog'>;

/** A filter per extension, named by the extension itself ("CSV"): the dialog's own words are the system's. */
function filtersFor(extensions: string[]): Electron.FileFilter[] {
  return extensions.map((extension) => ({ name: extension.toUpperCase(), extensions: [extension] }));
}

/**
 * The Electron dialogs, modal on the kiosk window (so they stay above it in kiosk mode).
 * `kioskWindow` answers the one window, or null before it opens.
 */
export function electronFileDialogs(dialog: DialogApi, kioskWindow: () => Electron.BaseWindow | null): FileDialogs {
  return {
    async chooseSavePath({ suggestedName, extensions }) {
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: filtersFor(extensions), properties: ['showOverwriteConfirmation', 'createDirectory'] };
      const window = kioskWindow();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ extensions }) {
      const options: Electron.OpenDialogOptions = { filters: filtersFor(extensions), properties: ['openFile'] };
      const window = kioskWindow();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

/** Electron's folder dialog, for where daily backups go (a USB stick); null when staff cancel. */
export function electronFolderDialog(dialog: Pick<Electron.Dialog, 'showOpenDialog'>, kioskWindow: () => Electron.BaseWindow | null) {
  return async (): Promise<string | null> => {
    const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
    const window = kioskWindow();
    const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
