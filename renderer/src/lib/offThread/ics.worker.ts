import { IcsImportError, icsToGroups } from '../../../../shared/schedule/ics';
import type { IcsReadAnswer, IcsReadRequest } from './readIcs';

/**
 * Reads an .ics file away from the page: ical.js takes a while over a big calendar, and the wall
 * and staff screens must keep answering meanwhile.
 */
self.onmessage = (event: MessageEvent<IcsReadRequest>) => {
  let answer: IcsReadAnswer;
  try {
    answer = { ok: true, read: icsToGroups(event.data.text, event.data.options) };
  } catch (error) {
    answer =
      error instanceof IcsImportError
        ? { ok: false, code: error.code, message: error.message, skipped: error.skipped }
        : { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
