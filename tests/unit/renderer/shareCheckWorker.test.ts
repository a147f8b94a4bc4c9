import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDraftHere } from '../../../renderer/src/lib/boards/shareCheckHere';

/**
 * The page's side of the share check's Web Worker. The worker itself runs the same check as the
 * page (`checkDraftHere`); what is proven here is that a draft always gets an answer: from the
 * worker when it answers, from the page when the worker cannot start, cannot check, or fails.
 */
const options = { maxLength: 500, rosterNames: [], preModeration: false };
const crisis = 'i want to die tonight';

type Behaviour = 'answers' | 'cannot-check' | 'fails' | 'cannot-start';
const sent: unknown[] = [];

function fakeWorker(behaviour: Behaviour) {
  return class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor() {
      if (behaviour === 'cannot-start') throw new Error('no workers here');
    }
    postMessage(request: { id: number; text: string; options: typeof options | null }) {
      sent.push(request);
      if (request.options === null) return;
      queueMicrotask(() => {
        if (behaviour === 'fails') this.onerror?.({ message: 'worker broke', preventDefault: () => undefined } as ErrorEvent);
        else if (behaviour === 'cannot-check') this.onmessage?.({ data: { id: request.id, check: null } } as MessageEvent);
        // The worker's answer is marked so the test can tell who checked.
        else this.onmessage?.({ data: { id: request.id, check: { kind: 'publish', text: `worker: ${request.text}` } } } as MessageEvent);
      });
    }
    terminate() {
      this.terminated = true;
    }
  };
}

async function freshClient(behaviour: Behaviour) {
  vi.resetModules();
  vi.stubGlobal('Worker', fakeWorker(behaviour));
  return import('../../../renderer/src/lib/boards/shareCheck');
}

describe('the share check in its worker', () => {
  beforeEach(() => {
    sent.length = 0;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('sends the draft to the worker and gives back its answer', async () => {
    const { checkDraft } = await freshClient('answers');
    await expect(checkDraft('we planted tomatoes', options)).resolves.toEqual({ kind: 'publish', text: 'worker: we planted tomatoes' });
  });

  it('warming up asks the worker to read the check in, and checks nothing', async () => {
    const { warmShareCheck } = await freshClient('answers');
    warmShareCheck();
    expect(sent).toEqual([{ id: 0, text: '', options: null }]);
  });

  it.each<{ what: string; behaviour: Behaviour }>([
    { what: 'cannot start', behaviour: 'cannot-start' },
    { what: 'cannot check a draft', behaviour: 'cannot-check' },
    { what: 'fails', behaviour: 'fails' },
  ])('when the worker $what, the page checks the draft itself and a crisis is still held', async ({ behaviour }) => {
    const { checkDraft } = await freshClient(behaviour);
    const check = await checkDraft(crisis, options);
    expect(check).toEqual(checkDraftHere(crisis, options));
    expect(check.kind).toBe('hold');
  });

  it('after the worker fails once, later drafts are checked on the page', async () => {
    const { checkDraft } = await freshClient('fails');
    await checkDraft('first', options);
    sent.length = 0;
    await expect(checkDraft(crisis, options)).resolves.toMatchObject({ kind: 'hold' });
    expect(sent).toEqual([]);
  });
});
