import { LiveValue } from '../../../../db/live.svelte';
import {
  REVIEW_PRIORITY,
  ReviewItemNotFoundError,
  acknowledgeQuietRequest,
  listOpenReviewItems,
  type OpenReviewItem,
} from '../../../../db/repositories/reviewItems';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { openAlerts } from '../needs/openAlerts.svelte';
import { t } from '../../../../lib/i18n.svelte';
import type { MessageKey } from '../../../../lib/messageKey';

/** Open "Ask staff quietly" requests, urgent ones (from the crisis support card) first. */
export class QuietRequests {
  readonly open = new LiveValue<OpenReviewItem[]>(async () => (await listOpenReviewItems()).filter((entry) => entry.item.kind === 'quiet-request'), []);
  notice = $state.raw<{ key: MessageKey; kind: 'done' | 'error' } | null>(null);
  busy = $state(false);

  isUrgent(entry: OpenReviewItem): boolean {
    return entry.item.priority === REVIEW_PRIORITY.urgent;
  }

  async acknowledge(entry: OpenReviewItem) {
    const staffName = staffSession.current?.name;
    if (!staffName || this.busy) return;
    this.busy = true;
    this.notice = null;
    try {
      await acknowledgeQuietRequest(entry.item.id, staffName);
      // The alert raised for an urgent request is seen to as well: the wall's Staff button goes quiet.
      const alertId = entry.item.alertId;
      const alertTaken = alertId ? await openAlerts.acknowledge(alertId) : true;
      await staffSession.record('records.quietRequestAcknowledged', this.isUrgent(entry) ? t('records:quiet.urgent') : '');
      this.notice = alertTaken ? { key: 'records:quiet.acknowledged', kind: 'done' } : { key: 'records:needs.alertNotCleared', kind: 'error' };
    } catch (error) {
      this.notice = { key: error instanceof ReviewItemNotFoundError ? 'records:quiet.gone' : 'records:quiet.failed', kind: 'error' };
    } finally {
      this.busy = false;
    }
  }
}
