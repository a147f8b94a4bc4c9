import type { AuditEntry } from '../../../../../../shared/model';
import { listAuditEntries, type AuditAction } from '../../../../db/repositories/audit';
import { t } from '../../../../lib/i18n.svelte';
import type { MessageKey } from '../../../../lib/messageKey';

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

/** Each action's words in the log: an action added to AuditAction without them fails the type check. */
const AUDIT_ACTION_TEXT: Record<AuditAction, MessageKey> = {
  'admin.groupAdded': 'admin:audit.groupAdded',
  'admin.groupEdited': 'admin:audit.groupEdited',
  'admin.groupRetired': 'admin:audit.groupRetired',
  'admin.sessionCancelled': 'admin:audit.sessionCancelled',
  'admin.sessionMoved': 'admin:audit.sessionMoved',
  'admin.sessionRestored': 'admin:audit.sessionRestored',
  'admin.scheduleExported': 'admin:audit.scheduleExported',
  'admin.scheduleImported': 'admin:audit.scheduleImported',
  'admin.residentAdded': 'admin:audit.residentAdded',
  'admin.residentEdited': 'admin:audit.residentEdited',
  'admin.residentCodeSet': 'admin:audit.residentCodeSet',
  'admin.residentCodeCleared': 'admin:audit.residentCodeCleared',
  'admin.residentDeleted': 'admin:audit.residentDeleted',
  'admin.boardAdded': 'admin:audit.boardAdded',
  'admin.boardEdited': 'admin:audit.boardEdited',
  'admin.boardMoved': 'admin:audit.boardMoved',
  'admin.boardShown': 'admin:audit.boardShown',
  'admin.boardHidden': 'admin:audit.boardHidden',
  'records.sharePublished': 'records:audit.sharePublished',
  'records.shareRemoved': 'records:audit.shareRemoved',
  'records.quietRequestAcknowledged': 'records:audit.quietRequestAcknowledged',
  'records.checkedOn': 'records:audit.checkedOn',
  'records.alertSeen': 'records:audit.alertSeen',
  'records.shareKeptHeld': 'records:audit.shareKeptHeld',
  'records.attendanceAdded': 'records:audit.attendanceAdded',
  'records.attendanceRemoved': 'records:audit.attendanceRemoved',
  'records.attendanceExported': 'records:audit.attendanceExported',
  'records.backupSaved': 'records:audit.backupSaved',
  'records.backupRestored': 'records:audit.backupRestored',
  'records.tapInUndone': 'records:audit.tapInUndone',
  'records.backupPassphraseSet': 'records:audit.backupPassphraseSet',
  'records.backupPassphraseChanged': 'records:audit.backupPassphraseChanged',
  'records.backupFolderChosen': 'records:audit.backupFolderChosen',
  'records.backupDailyOn': 'records:audit.backupDailyOn',
  'records.backupDailyOff': 'records:audit.backupDailyOff',
  'records.backupKeepChanged': 'records:audit.backupKeepChanged',
  'records.backupMadeInFolder': 'records:audit.backupMadeInFolder',
  'recovery.restoredFromBackup': 'recovery:audit.restoredFromBackup',
  'staff.setupDone': 'staff:audit.setupDone',
  'staff.exampleHouseLoaded': 'staff:audit.exampleHouseLoaded',
  'staff.unlocked': 'staff:audit.unlocked',
  'staff.settingsChanged': 'staff:audit.settingsChanged',
  'staff.staffAdded': 'staff:audit.staffAdded',
  'staff.staffRemoved': 'staff:audit.staffRemoved',
  'staff.ownPinChanged': 'staff:audit.ownPinChanged',
  'staff.recoveryCodeRenewed': 'staff:audit.recoveryCodeRenewed',
  'staff.recoveryCodeUsed': 'staff:audit.recoveryCodeUsed',
  'staff.kioskExited': 'staff:audit.kioskExited',
  'staff.alertSettingsChanged': 'staff:audit.alertSettingsChanged',
  'staff.alertTested': 'staff:audit.alertTested',
};
const auditActionTexts = new Map<string, MessageKey>(Object.entries(AUDIT_ACTION_TEXT));

/** An action as stored reads in the staff member's words; one without words (written by another version of Hearth) reads as itself. */
export function auditActionLabel(action: string): string {
  const text = auditActionTexts.get(action);
  return text === undefined ? action : t(text);
}
