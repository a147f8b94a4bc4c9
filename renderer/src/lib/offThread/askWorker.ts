/**
 * Sends one request to a freshly started Web Worker and resolves with its one answer, then ends
 * the worker: long reads (a big calendar, a big backup) run away from the page, so the wall and
 * the staff screens keep answering meanwhile. Should the worker fail to start, `here` does the same
 * work on the page instead, so the action still works.
 *
 * The caller says how to start the worker (`() => new Worker(new URL('./x.worker.ts', import.meta.url), …)`): the
 * bundler only finds a worker's file when that call is written where the worker is used.
 */
export function askWorker<Request, Answer>(start: () => Worker, request: Request, here: () => Promise<Answer>, what: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start();
    } catch (error) {
      console.error(`[${what}] The reader could not start; reading the file here.`, error);
      here().then(resolve, reject);
      return;
    }
    worker.onmessage = (event: MessageEvent<Answer>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      console.error(`[${what}] The reader could not start; reading the file here.`, event.message);
      here().then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
