import type { AuditEntry } from '../../../../../../shared/model';
import { listAuditEntries } from '../../../../db/repositories/audit';
import { t } from '../../../../lib/i18n.svelte';

/** One page of the audit log at a time, newest first. */
export class AuditView {
  page = $state(0);
  entries = $state.raw<AuditEntry[]>([]);
  hasMore = $state(false);
  loaded = $state(false);

  async show(page: number) {
    const result = await listAuditEntries(page);
    this.page = page;
    this.entries = result.entries;
    this.hasMore = result.hasMore;
    this.loaded = true;
  }
}

/** `<namespace>.<key>` reads as the text at `<namespace>:audit.<key>`; an action nobody named reads as itself. */
export function auditActionLabel(action: string): string {
  const dot = action.indexOf('.');
  if (dot <= 0) return action;
  return t(`${action.slice(0, dot)}:audit.${action.slice(dot + 1)}`, { defaultValue: action });
}
