import { SvelteSet } from 'svelte/reactivity';

/** Telling staff that someone needs them now: being sent, taken by a channel, or not (yet) confirmed. */
export type StaffCall = 'sending' | 'delivered' | 'not-delivered';

/**
 * After this long without an answer the wall stops waiting in silence and says where staff are;
 * if a channel takes the alert later, it says so then.
 */
const CALL_ANSWER_MS = 12_000;

/** Loaded on use: the wall's first screen starts without the database code. */
const reviewItems = () => import('../../db/repositories/reviewItems');
/** Through import() so this file stays free of the bridge (the wall loads both at start anyway). */
const alerts = () => import('../staffAlerts.svelte');

/**
 * What one visitor has done on the boards. It lives only in memory and ends with the visit (the
 * idle reset), so the next person starts fresh and nothing records who related to what.
 */
class VisitShares {
  /** Shares this visitor relates to: each once per visit, tap again to undo. */
  readonly related = new SvelteSet<string>();
  /** Shares this visitor said worry them: once each per visit. */
  readonly worried = new SvelteSet<string>();
  /** This visitor has asked staff to come; asking again this visit records nothing more. */
  askedStaff = $state(false);
  /** This visitor needs someone now, and how telling staff went; null until then. Once per visit. */
  call = $state<StaffCall | null>(null);
  /** This visit's quiet request, once it is being stored: asking for someone now makes it urgent. */
  #request: Promise<string> | null = null;
  /** Counts visits, so an answer arriving after the idle reset never reaches the next person. */
  #visit = 0;
  /** Counts calls, so only the newest one's answer shows. */
  #calls = 0;

  /** "Ask staff quietly": records one discreet request per visit. */
  async askStaff(): Promise<void> {
    if (this.askedStaff) return;
    this.askedStaff = true;
    const request = reviewItems().then(async ({ requestStaffQuietly }) => (await requestStaffQuietly()).id);
    this.#request = request;
    try {
      await request;
    } catch (error) {
      if (this.#request === request) {
        this.#request = null;
        this.askedStaff = false;
      }
      throw error;
    }
  }

  /** A crisis share opened this quiet request for the person who wrote it. */
  noteRequest(requestId: string) {
    this.askedStaff = true;
    this.#request = Promise.resolve(requestId);
  }

  /**
   * "I need someone now", or an urgent crisis share: this visit's quiet request goes to the front
   * of staff's queue, main raises an alert, and `call` says honestly what became of it. The alert
   * is raised while the request is stored, so nothing waits on the database. "I need someone now"
   * raises one alert a visit; every urgent share raises its own.
   */
  async callStaffNow(kind: 'crisis-share' | 'urgent-request'): Promise<void> {
    if (this.call && kind === 'urgent-request') return;
    const visitNow = this.#visit;
    const callNow = ++this.#calls;
    const current = () => visitNow === this.#visit && callNow === this.#calls;
    this.call = 'sending';
    const unanswered = setTimeout(() => {
      if (current() && this.call === 'sending') this.call = 'not-delivered';
    }, CALL_ANSWER_MS);
    const raise = alerts().then(({ staffAlerts }) => staffAlerts.raise(kind));
    const [outcome, requestId] = await Promise.all([raise, this.#urgentRequest(visitNow)]);
    clearTimeout(unanswered);
    if (outcome.id && requestId) {
      try {
        await (await reviewItems()).recordAlertFor(requestId, outcome.id);
      } catch (error) {
        console.error('[boards] The alert could not be recorded on the quiet request.', error);
      }
    }
    if (current()) this.call = outcome.delivered ? 'delivered' : 'not-delivered';
  }

  /** This visit's quiet request, made urgent (or made now, urgent); null if it could not be stored. */
  async #urgentRequest(visitNow: number): Promise<string | null> {
    try {
      const { makeQuietRequestUrgent, requestStaffQuietly } = await reviewItems();
      const existing = await this.#request?.catch(() => null);
      if (existing) {
        await makeQuietRequestUrgent(existing);
        return existing;
      }
      const id = (await requestStaffQuietly({ urgent: true })).id;
      if (visitNow === this.#visit) this.noteRequest(id);
      return id;
    } catch (error) {
      console.error('[boards] The urgent request could not be stored.', error);
      return null;
    }
  }

  reset() {
    this.#visit += 1;
    this.related.clear();
    this.worried.clear();
    this.askedStaff = false;
    this.call = null;
    this.#request = null;
  }
}

export const visitShares = new VisitShares();
