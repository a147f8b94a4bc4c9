import type { MessageKey } from './messageKey';

/** What a resident was doing when a write failed: the notice and the error record say which thing was not saved. */
export type ResidentWrite = 'share' | 'tapIn' | 'relate';

/** The storage-full notice's words for each thing not saved. */
export const NOT_SAVED_TEXT: Record<ResidentWrite, MessageKey> = {
  share: 'recovery:full.share',
  tapIn: 'recovery:full.tapIn',
  relate: 'recovery:full.relate',
};

/** How many errors the page keeps: the latest ones, for the House health page. */
export const MAX_RECENT_ERRORS = 20;
const MAX_DETAIL_CHARS = 160;

export type RecentErrorKind = 'page' | 'promise' | 'screen' | 'storage-full';

export type RecentError =
  | {
      at: number;
      kind: Exclude<RecentErrorKind, 'storage-full'>;
      /** The error's type and message for the IT person, with anything in quotes taken out. */
      detail: string;
    }
  | { at: number; kind: 'storage-full'; detail: ResidentWrite };

/**
 * An error's technical words without what a resident or staff member wrote. Messages quote the
 * values they choke on ('Unexpected token "x"', `Key 'Ana' exists`), so every quoted part goes,
 * and the rest is cut short.
 */
export function errorDetail(error: unknown): string {
  const name = error instanceof Error ? error.name : error && typeof error === 'object' && 'name' in error ? String(error.name) : typeof error;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const unquoted = message.replace(/"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”|‘[^’]*’/g, '…').replace(/\s+/g, ' ').trim();
  const detail = unquoted ? `${name}: ${unquoted}` : name;
  return detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 1)}…` : detail;
}

/**
 * The latest errors this page saw, newest first, in memory only: uncaught errors and promises
 * nobody waited for, screens that failed to draw, and writes refused for lack of space. Kept so
 * the House health page can say what went wrong lately; never the text of a share or a name.
 */
class RecentErrors {
  /** When the page started keeping errors: the page's own start. */
  readonly since = Date.now();
  list = $state.raw<RecentError[]>([]);

  record(kind: Exclude<RecentErrorKind, 'storage-full'>, error: unknown, now = Date.now()) {
    this.list = [{ at: now, kind, detail: errorDetail(error) }, ...this.list].slice(0, MAX_RECENT_ERRORS);
  }

  /** A resident's write refused for lack of space: only what kind of thing was not saved. */
  recordStorageFull(what: ResidentWrite, now = Date.now()) {
    this.list = [{ at: now, kind: 'storage-full' as const, detail: what }, ...this.list].slice(0, MAX_RECENT_ERRORS);
  }

  /** Listens for errors nobody caught; returns the function that stops listening. */
  watch(page: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
    const onError = (event: ErrorEvent) => this.record('page', event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => this.record('promise', event.reason);
    page.addEventListener('error', onError);
    page.addEventListener('unhandledrejection', onRejection);
    return () => {
      page.removeEventListener('error', onError);
      page.removeEventListener('unhandledrejection', onRejection);
    };
  }
}

export const recentErrors = new RecentErrors();
