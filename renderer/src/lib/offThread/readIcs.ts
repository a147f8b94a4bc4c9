import { IcsImportError, type IcsErrorCode, type IcsImport, type IcsImportOptions, type IcsSkipped } from '../../../../../shared/schedule/ics';

export interface IcsReadRequest {
  text: string;
  options: IcsImportOptions;
}

export type IcsReadAnswer =
  | { ok: true; read: IcsImport }
  | { ok: false; code?: IcsErrorCode; message: string; skipped?: IcsSkipped[] };

/**
 * Reads an .ics file in a Web Worker, so a big calendar never holds up the page; throws
 * IcsImportError as icsToGroups does. Should the worker itself fail to start, the file is read
 * here instead, so an import still works.
 */
export function readIcs(text: string, options: IcsImportOptions): Promise<IcsImport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ics.worker.ts', import.meta.url), { type: 'module', name: 'ics-reader' });
    worker.onmessage = (event: MessageEvent<IcsReadAnswer>) => {
      worker.terminate();
      const answer = event.data;
      if (answer.ok) resolve(answer.read);
      else reject(answer.code ? new IcsImportError(answer.code, answer.message, answer.skipped) : new Error(answer.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      console.error('[schedule] The calendar reader could not start; reading the file here.', event.message);
      import('../../../../../shared/schedule/ics')
        .then(({ icsToGroups }) => icsToGroups(text, options))
        .then(resolve, reject);
    };
    worker.postMessage({ text, options } satisfies IcsReadRequest);
  });
}
