import type { OccurrenceException } from '../../../../../../shared/model';
import { occurrenceKey } from '../../../../../../shared/schedule/occurrence';
import { LiveList } from '../../../../db/live.svelte';
import { listExceptions } from '../../../../db/repositories/schedule';
import { shortDate } from '../../../../lib/staff/groupWhen';
import type { Notice } from '../../../../lib/staff/notice.svelte';
import { problemNotice } from '../../../../lib/staff/saveProblems';
import { restoreSession } from './daySessions.svelte';

/** One group's cancelled and moved sessions, kept live while its editor is open, and restoring one of them. */
export class GroupChanges {
  readonly #changes: LiveList<OccurrenceException>;

  constructor(
    private readonly groupId: () => string,
    /** The group's name, for the audit log. */
    private readonly title: () => string,
    private readonly notice: () => Notice,
  ) {
    this.#changes = new LiveList(() => listExceptions(this.groupId()));
  }

  /** Starts following the database; returns the function that stops. */
  watch(): () => void {
    return this.#changes.watch();
  }

  /** Past changes are history; only those still ahead can be restored usefully. */
  upcoming(today: string): OccurrenceException[] {
    return this.#changes.items.filter((e) => e.date >= today || (e.newDate ?? '') >= today);
  }

  async restore(date: string): Promise<void> {
    const notice = this.notice();
    try {
      if (await restoreSession(occurrenceKey(this.groupId(), date), `${this.title()} · ${date}`)) {
        notice.done('admin:sessions.restoredDate', { date: shortDate(date) });
      }
    } catch (error) {
      notice.current = problemNotice(error);
    }
  }
}
