import type { AlertKind } from '../../../../../../shared/alerts';
import type { Board } from '../../../../../../shared/model';
import { LiveValue } from '../../../../db/live.svelte';
import { listAllBoards } from '../../../../db/repositories/boards';
import { readNeeds, type NeedsSnapshot } from '../../../../db/repositories/needsYouNow';
import {
  ReviewItemNotFoundError,
  ShareNotFoundError,
  acknowledgeQuietRequest,
  publishHeldShare,
  removeShare,
} from '../../../../db/repositories/reviewItems';
import { t } from '../../../../lib/i18n.svelte';
import type { MessageKey } from '../../../../lib/messageKey';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { openAlerts } from './openAlerts.svelte';
import { needsFrom, type Need } from './waiting';
import { inStaffLanguage, shareDecisionDetail } from '../../../../lib/staff/auditWords';

export type ShareDecision = 'publish' | 'remove';

const EMPTY: NeedsSnapshot = { items: [], checkedShareIds: [] };

/** Everything waiting for staff, kept live: for the area, its badge and where unlocking lands. */
class WaitingNow {
  readonly #snapshot = new LiveValue<NeedsSnapshot>(() => readNeeds(), EMPTY);

  get needs(): Need[] {
    return needsFrom(this.#snapshot.current, openAlerts.list, !openAlerts.unavailable);
  }

  get loaded(): boolean {
    return this.#snapshot.loaded;
  }

  /** Read once, for the moment staff mode opens: whether anything waits at all. */
  async anythingWaits(): Promise<boolean> {
    const [snapshot] = await Promise.all([readNeeds(), openAlerts.refresh()]);
    return needsFrom(snapshot, openAlerts.list, !openAlerts.unavailable).length > 0;
  }
}

export const waitingNow = new WaitingNow();

/**
 * "Needs you now": people to check on first, then shares to decide on and alerts nobody has seen.
 * Checking on a person closes their quiet request and acknowledges the alert raised for them, which
 * puts out the mark on the wall's Staff button; a share they wrote is then published, removed or
 * kept held.
 */
export class NeedsYouNow {
  readonly boards = new LiveValue<Board[]>(listAllBoards, []);
  /** The need whose share is being decided on, after its person was checked on. */
  deciding = $state<string | null>(null);
  confirming = $state.raw<{ action: ShareDecision; need: Need } | null>(null);
  /** Locale key of what just happened. */
  notice = $state.raw<{ key: MessageKey; kind: 'done' | 'error' } | null>(null);
  busy = $state(false);

  get needs(): Need[] {
    return waitingNow.needs;
  }

  get loaded(): boolean {
    return waitingNow.loaded;
  }

  boardTitle(boardId: string): string | null {
    const board = this.boards.current.find((b) => b.id === boardId);
    return board ? inStaffLanguage(board.title) : null;
  }

  /** "I've checked on them": their request closes and their alert is acknowledged; a share they wrote waits for a decision. */
  async checkOn(need: Need) {
    const staffName = staffSession.current?.name;
    if (!staffName || this.busy) return;
    this.busy = true;
    this.notice = null;
    try {
      if (need.request) {
        try {
          await acknowledgeQuietRequest(need.request.id, staffName);
        } catch (error) {
          // Answered already (on another screen): the person has been seen to, which is what matters here.
          if (!(error instanceof ReviewItemNotFoundError)) throw error;
        }
      }
      const alertTaken = need.alertId ? await openAlerts.acknowledge(need.alertId) : true;
      await staffSession.record('records.checkedOn', this.#describe(need));
      if (need.shareItem && need.share) this.deciding = need.key;
      this.notice = alertTaken ? { key: 'records:needs.checked', kind: 'done' } : { key: 'records:needs.alertNotCleared', kind: 'error' };
    } catch {
      this.notice = { key: 'records:needs.failed', kind: 'error' };
    } finally {
      this.busy = false;
    }
  }

  /** An alert with no person behind it (wrong PINs, a test): a staff member has seen it. */
  async seen(need: Need) {
    if (!need.alertId || this.busy) return;
    this.busy = true;
    this.notice = null;
    try {
      if (await openAlerts.acknowledge(need.alertId)) {
        await staffSession.record('records.alertSeen', this.#describe(need));
        this.notice = { key: 'records:needs.seenDone', kind: 'done' };
      } else {
        this.notice = { key: 'records:needs.alertNotCleared', kind: 'error' };
      }
    } finally {
      this.busy = false;
    }
  }

  ask(action: ShareDecision, need: Need) {
    this.notice = null;
    this.confirming = { action, need };
  }

  cancel() {
    this.confirming = null;
  }

  /** The share stays held, in the review queue, for later. */
  async keepHeld(need: Need) {
    this.deciding = null;
    await staffSession.record('records.shareKeptHeld', this.#describe(need));
    this.notice = { key: 'records:needs.keptHeld', kind: 'done' };
  }

  async confirm() {
    const asked = this.confirming;
    const staffName = staffSession.current?.name;
    this.confirming = null;
    const share = asked?.need.share;
    if (!asked || !share || !staffName || this.busy) return;
    this.busy = true;
    try {
      if (asked.action === 'publish') await publishHeldShare(share.id, staffName);
      else await removeShare(share.id, staffName);
      // As in the review queue: the board and the reasons, never the share's text.
      const board = this.boardTitle(share.boardId) ?? share.boardId;
      await staffSession.record(asked.action === 'publish' ? 'records.sharePublished' : 'records.shareRemoved', shareDecisionDetail(board, share.holdReasons));
      this.deciding = null;
      this.notice = { key: asked.action === 'publish' ? 'records:review.published' : 'records:review.removed', kind: 'done' };
    } catch (error) {
      this.notice = { key: error instanceof ShareNotFoundError ? 'records:review.gone' : 'records:review.failed', kind: 'error' };
    } finally {
      this.busy = false;
    }
  }

  /** For the audit log, in plain words: what it was about, never who or what was written. */
  #describe(need: Need): string {
    return t(NEED_TEXT[whatOf(need)].what);
  }
}

/** What a need is about: an alert's kind, or what kind of person or share waits. */
export type NeedKind = AlertKind | 'quiet-request' | 'urgent-request-share' | 'crisis-share-seen' | 'flagged' | 'held';

/** Each kind of need: its card's title, and the plain words the audit log keeps. */
export const NEED_TEXT: Record<NeedKind, { title: MessageKey; what: MessageKey }> = {
  'crisis-share': { title: 'records:needs.title.crisis-share', what: 'records:needs.what.crisis-share' },
  'crisis-share-seen': { title: 'records:needs.title.crisis-share-seen', what: 'records:needs.what.crisis-share-seen' },
  'urgent-request': { title: 'records:needs.title.urgent-request', what: 'records:needs.what.urgent-request' },
  'urgent-request-share': { title: 'records:needs.title.urgent-request-share', what: 'records:needs.what.urgent-request-share' },
  'quiet-request': { title: 'records:needs.title.quiet-request', what: 'records:needs.what.quiet-request' },
  flagged: { title: 'records:needs.title.flagged', what: 'records:needs.what.flagged' },
  held: { title: 'records:needs.title.held', what: 'records:needs.what.held' },
  lockout: { title: 'records:needs.title.lockout', what: 'records:needs.what.lockout' },
  test: { title: 'records:needs.title.test', what: 'records:needs.what.test' },
};

export function whatOf(need: Need): NeedKind {
  if (need.alert) return need.alert.kind;
  if (need.request) return !need.urgent ? 'quiet-request' : need.share ? 'urgent-request-share' : 'urgent-request';
  if (need.share?.holdReasons.includes('crisis')) return need.person ? 'crisis-share' : 'crisis-share-seen';
  if (need.share?.holdReasons.includes('flagged')) return 'flagged';
  return 'held';
}
