import { IcsImportError, type IcsErrorCode, type IcsImport, type IcsImportOptions, type IcsSkipped } from '../../../../shared/schedule/ics';
import { askWorker } from './askWorker';

export interface IcsReadRequest {
  text: string;
  options: IcsImportOptions;
}

export type IcsReadAnswer =
  | { ok: true; read: IcsImport }
  | { ok: false; code?: IcsErrorCode; message: string; skipped?: IcsSkipped[] };

/** Reads an .ics file in a Web Worker, so a big calendar never holds up the page; throws IcsImportError as icsToGroups does. */
export async function readIcs(text: string, options: IcsImportOptions): Promise<IcsImport> {
  const start = () => new Worker(new URL('./ics.worker.ts', import.meta.url), { type: 'module', name: 'ics-reader' });
  const answer = await askWorker<IcsReadRequest, IcsReadAnswer>(
    start,
    { text, options },
    async () => {
      const { icsToGroups } = await import('../../../../shared/schedule/ics');
      return { ok: true, read: icsToGroups(text, options) };
    },
    'schedule',
  );
  if (answer.ok) return answer.read;
  throw answer.code ? new IcsImportError(answer.code, answer.message, answer.skipped) : new Error(answer.message);
}
