import { SvelteSet } from 'svelte/reactivity';
import { visit } from '../visit.svelte';

/**
 * What one visitor has done on the boards. It lives only in memory and ends with the visit (the
 * idle reset), so the next person starts fresh and nothing records who related to what.
 */
class VisitShares {
  /** Shares this visitor relates to: each once per visit, tap again to undo. */
  readonly related = new SvelteSet<string>();
  /** Shares this visitor said worry them: once each per visit, so one person cannot hide a share alone. */
  readonly worried = new SvelteSet<string>();
  /** This visitor has asked staff to come; asking again this visit records nothing more. */
  askedStaff = $state(false);

  /** "Ask staff quietly": records one discreet request per visit. */
  async askStaff(): Promise<void> {
    if (this.askedStaff) return;
    this.askedStaff = true;
    try {
      // Loaded on use: the wall's first screen starts without the database code.
      const { requestStaffQuietly } = await import('../../db/repositories/reviewItems');
      await requestStaffQuietly();
    } catch (error) {
      this.askedStaff = false;
      throw error;
    }
  }

  reset() {
    this.related.clear();
    this.worried.clear();
    this.askedStaff = false;
  }
}

export const visitShares = new VisitShares();
visit.onEnd(() => visitShares.reset());
