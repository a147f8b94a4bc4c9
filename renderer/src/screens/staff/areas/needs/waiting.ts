import type { AlertKind, OpenAlert } from '../../../../../../shared/alerts';
import type { ReviewItem, Share } from '../../../../../../shared/model';

/** The review queue's first priority (shared/model): a crisis, or a person in one asking for staff. */
const URGENT_PRIORITY = 0;

/**
 * One thing waiting for staff in "Needs you now": a person to check on, a share to decide on, or
 * an alert nobody has seen. An urgent quiet request and the review of the share it came with are
 * one need: the same person, seen to once.
 */
export interface Need {
  key: string;
  /** Lower first, as in the review queue. */
  rank: number;
  urgent: boolean;
  /** When it started waiting: the oldest of its parts. */
  since: number;
  /** Someone may need a person: the main action is "I've checked on them". */
  person: boolean;
  /** An open "Ask staff quietly" request. */
  request?: ReviewItem;
  /** The open review of a share. */
  shareItem?: ReviewItem;
  share?: Share;
  /** The alert to acknowledge once someone has checked, if one was raised. */
  alertId?: string;
  /** An alert raised with no review item behind it (a burst of wrong PINs, a test). */
  alert?: OpenAlert;
}

/** Where an alert with no review item goes: the wall's urgent reasons first, a test last. */
const ALERT_RANK: Record<AlertKind, number> = { 'crisis-share': 0, 'urgent-request': 0, lockout: 1, test: 9 };

/**
 * Everything waiting, urgent first, then as the review queue orders it, oldest first within each
 * rank. `items` are the open review items with their shares; `checkedShareIds` the shares whose
 * quiet request a staff member answered; `alerts` the alerts main holds open (`alertsKnown` false
 * when main could not say).
 */
export function needsFrom(
  { items, checkedShareIds }: { items: readonly { item: ReviewItem; share?: Share }[]; checkedShareIds: readonly string[] },
  alerts: readonly OpenAlert[],
  alertsKnown = true,
): Need[] {
  const byKey = new Map<string, Need>();
  const linkedAlerts = new Set<string>();
  for (const { item, share } of items) {
    const key = item.shareId ? `share:${item.shareId}` : `item:${item.id}`;
    const need = byKey.get(key) ?? { key, rank: item.priority, urgent: false, since: item.createdAt, person: false };
    need.rank = Math.min(need.rank, item.priority);
    need.since = Math.min(need.since, item.createdAt);
    need.urgent ||= item.priority === URGENT_PRIORITY;
    if (item.kind === 'quiet-request') {
      need.request ??= item;
      need.person = true;
    } else {
      need.shareItem ??= item;
    }
    if (share) {
      need.share = share;
      if (share.holdReasons.includes('crisis')) need.person = true;
    }
    const alertId = item.alertId;
    if (alertId) {
      need.alertId ??= alertId;
      linkedAlerts.add(alertId);
    }
    byKey.set(key, need);
  }
  const open = new Set(alerts.map((alert) => alert.id));
  const checked = new Set(checkedShareIds);
  for (const need of byKey.values()) {
    if (need.request) continue;
    const alertWaiting = need.alertId !== undefined && (!alertsKnown || open.has(need.alertId));
    if (alertWaiting) continue;
    // Someone already checked on the person behind this crisis share (answered their request or its alert): the share is left to decide.
    if (need.alertId !== undefined || (need.share && checked.has(need.share.id))) {
      need.person = false;
      delete need.alertId;
    }
  }
  for (const alert of alerts) {
    if (linkedAlerts.has(alert.id)) continue;
    const rank = ALERT_RANK[alert.kind];
    byKey.set(`alert:${alert.id}`, {
      key: `alert:${alert.id}`,
      rank,
      urgent: rank === URGENT_PRIORITY,
      since: alert.raisedAt,
      person: alert.kind === 'crisis-share' || alert.kind === 'urgent-request',
      alertId: alert.id,
      alert,
    });
  }
  return [...byKey.values()].sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.rank - b.rank || a.since - b.since);
}

/**
 * How long something has waited, in plain words through Intl: "12 min", "1 hr, 5 min", "2 days";
 * empty under a minute (the caller says "less than a minute"). Rounded down: it never sounds
 * longer than it was.
 */
export function waitedFor(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return '';
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours >= 24) return unit(Math.floor(hours / 24), 'day');
  const parts = [unit(hours, 'hour')];
  if (minutes % 60 > 0) parts.push(unit(minutes % 60, 'minute'));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(parts);
}
