import { MAX_FILE_BYTES, type OpenedFile } from '../../../shared/bridge/contract';
import type { BridgeError } from '../../../shared/bridge/channel';
import { kiosk, unwrap } from './kiosk';

/**
 * Staff files (backups, attendance CSV, .ics). In Electron they go through main's save and open
 * dialogs; the renderer never reads or writes the file system. The web preview has no dialogs:
 * there a save is a browser download and an open is an upload.
 */

export interface TextFileToSave {
  /** A file name without a folder, e.g. "hearth-backup-2026-03-10.json". */
  suggestedName: string;
  mimeType: string;
  text: string;
}

/**
 * Why a file could not be saved or opened. 'locked': staff mode locked meanwhile; 'refused': too
 * large (over MAX_FILE_BYTES) or not text; 'failed': anything else.
 */
export class FileTransferError extends Error {
  constructor(
    readonly reason: 'locked' | 'refused' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'FileTransferError';
  }
}

let previewPromise: Promise<boolean> | undefined;
/** Asked once: whether this page runs in the web preview. */
function inPreview(): Promise<boolean> {
  previewPromise ??= unwrap(kiosk.app.info()).then((info) => info.preview);
  return previewPromise;
}

function transferError(error: BridgeError): FileTransferError {
  if (error.code === 'forbidden') return new FileTransferError('locked', error.message);
  if (error.code === 'refused' || error.code === 'invalid-payload') return new FileTransferError('refused', error.message);
  return new FileTransferError('failed', error.message);
}

export async function saveTextFile(file: TextFileToSave): Promise<'saved' | 'cancelled'> {
  if (new Blob([file.text]).size > MAX_FILE_BYTES) throw new FileTransferError('refused', 'The file is too large.');
  if (await inPreview()) {
    download(file);
    return 'saved';
  }
  const result = await kiosk.files.save({ suggestedName: file.suggestedName, mimeType: file.mimeType, text: file.text });
  if (!result.ok) throw transferError(result.error);
  return result.value;
}

/** Resolves to null when staff cancel. `extensions` without their dots: ['json']. */
export async function openTextFile(request: { extensions: string[] }): Promise<OpenedFile | null> {
  if (await inPreview()) return upload(request.extensions);
  const result = await kiosk.files.open({ extensions: request.extensions });
  if (!result.ok) throw transferError(result.error);
  return result.value;
}

function download(file: TextFileToSave) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL is freed a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function upload(extensions: string[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((extension) => `.${extension}`).join(',');
    input.hidden = true;
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      done();
      const chosen = input.files?.[0];
      if (!chosen) return resolve(null);
      if (chosen.size > MAX_FILE_BYTES) return reject(new FileTransferError('refused', 'The file is too large.'));
      chosen
        .arrayBuffer()
        .then((bytes) => resolve({ name: chosen.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }))
        .catch(() => reject(new FileTransferError('refused', 'The file is not text.')));
    });
    document.body.append(input);
    input.click();
  });
}
