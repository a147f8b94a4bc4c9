import type { ShareCheck } from '../../../../shared/moderation';
import type { DraftCheckOptions } from './shareCheckHere';

/** A draft to check, or (with no options) a request to read the check in ahead of the first one. */
export interface ShareCheckRequest {
  id: number;
  text: string;
  options: DraftCheckOptions | null;
}

/** The check's result; null when the worker could not check, and the page checks instead. */
export interface ShareCheckAnswer {
  id: number;
  check: ShareCheck | null;
}

/**
 * The share check, run in a Web Worker that starts when someone first opens the composer and then
 * stays: the check's lists and classifier are read in there while the person types, never on the
 * page. Should the worker fail to start or fail on a draft, the page checks the draft itself, so
 * posting always works, and a share the check cannot read is still held.
 */
let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (check: ShareCheck) => void; checkHere: () => void }>();

const checkHere = async (text: string, options: DraftCheckOptions) => (await import('./shareCheckHere')).checkDraftHere(text, options);

function giveUpOnWorker(why: unknown) {
  console.error('[share check] The check could not run in its worker; checking on the page.', why);
  worker?.terminate();
  worker = null;
  const stranded = [...waiting.values()];
  waiting.clear();
  for (const request of stranded) request.checkHere();
}

function shareCheckWorker(): Worker | null {
  if (worker !== undefined) return worker;
  // Where there are no workers at all (a test run in Node), the page is the place to check.
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./shareCheck.worker.ts', import.meta.url), { type: 'module', name: 'share-check' });
  } catch (error) {
    giveUpOnWorker(error);
    return null;
  }
  worker.onmessage = (event: MessageEvent<ShareCheckAnswer>) => {
    const request = waiting.get(event.data.id);
    if (!request) return;
    waiting.delete(event.data.id);
    if (event.data.check) request.resolve(event.data.check);
    else request.checkHere();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    giveUpOnWorker(event.message);
  };
  return worker;
}

/** Starts the worker and has it read the check in, so the first Post does not wait for it. */
export function warmShareCheck(): void {
  const started = shareCheckWorker();
  if (started) started.postMessage({ id: 0, text: '', options: null } satisfies ShareCheckRequest);
}

export function checkDraft(text: string, options: DraftCheckOptions): Promise<ShareCheck> {
  const started = shareCheckWorker();
  if (!started) return checkHere(text, options);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, checkHere: () => void checkHere(text, options).then(resolve, reject) });
    started.postMessage({ id, text, options } satisfies ShareCheckRequest);
  });
}
