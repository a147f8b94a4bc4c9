import type { AuditEntry } from '../../../../shared/model';
import { db } from '../db';

/**
 * The audit log of staff actions: append-only. This module offers no way to delete an entry, and
 * nothing else in the renderer writes to the table (a backup restore only appends its own entry,
 * through `auditEntry`). The one change an entry ever takes is `forgetResidentName`: a resident
 * deleted at their request leaves no name behind.
 *
 * `action` is a stable id `<namespace>.<key>`, one of `AuditAction`: staff mode shows it through
 * a table of texts that names every one (`staff.settingsChanged` → `staff:audit.settingsChanged`).
 * `detail` is plain text for staff: what changed, in a few words.
 */
export interface StaffIdentity {
  staffId: string;
  name: string;
}

/** Every action the log records. Stored as written: never rename one, only add. */
export type AuditAction =
  | 'admin.groupAdded'
  | 'admin.groupEdited'
  | 'admin.groupRetired'
  | 'admin.sessionCancelled'
  | 'admin.sessionMoved'
  | 'admin.sessionRestored'
  | 'admin.scheduleExported'
  | 'admin.scheduleImported'
  | 'admin.residentAdded'
  | 'admin.residentEdited'
  | 'admin.residentCodeSet'
  | 'admin.residentCodeCleared'
  | 'admin.residentDeleted'
  | 'admin.boardAdded'
  | 'admin.boardEdited'
  | 'admin.boardMoved'
  | 'admin.boardShown'
  | 'admin.boardHidden'
  | 'records.sharePublished'
  | 'records.shareRemoved'
  | 'records.quietRequestAcknowledged'
  | 'records.checkedOn'
  | 'records.alertSeen'
  | 'records.shareKeptHeld'
  | 'records.attendanceAdded'
  | 'records.attendanceRemoved'
  | 'records.attendanceExported'
  | 'records.backupSaved'
  | 'records.backupRestored'
  | 'records.tapInUndone'
  | 'records.backupPassphraseSet'
  | 'records.backupPassphraseChanged'
  | 'records.backupFolderChosen'
  | 'records.backupDailyOn'
  | 'records.backupDailyOff'
  | 'records.backupKeepChanged'
  | 'records.backupMadeInFolder'
  | 'recovery.restoredFromBackup'
  | 'staff.setupDone'
  | 'staff.exampleHouseLoaded'
  | 'staff.unlocked'
  | 'staff.settingsChanged'
  | 'staff.staffAdded'
  | 'staff.staffRemoved'
  | 'staff.ownPinChanged'
  | 'staff.recoveryCodeRenewed'
  | 'staff.recoveryCodeUsed'
  | 'staff.kioskExited'
  | 'staff.alertSettingsChanged'
  | 'staff.alertTested';

export const AUDIT_PAGE_SIZE = 20;
const MAX_DETAIL = 2000;
const MAX_SHORT = 200;

let lastIdTime = 0;
let sequence = 0;

/** Ids that sort by time of writing, so entries written in the same millisecond keep their order. */
function auditId(at: number): string {
  sequence = at === lastIdTime ? sequence + 1 : 0;
  lastIdTime = at;
  const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `${at.toString(36).padStart(9, '0')}-${sequence.toString(36).padStart(4, '0')}-${random.toString(36)}`;
}

/** A new entry, not yet written: for a repository that appends it inside its own transaction. */
export function auditEntry(staff: StaffIdentity, action: AuditAction, detail = '', at = Date.now()): AuditEntry {
  return {
    id: auditId(at),
    at,
    staffId: staff.staffId.slice(0, MAX_SHORT),
    staffName: staff.name.slice(0, MAX_SHORT),
    action: action.slice(0, MAX_SHORT),
    detail: detail.slice(0, MAX_DETAIL),
  };
}

export async function recordStaffAction(staff: StaffIdentity, action: AuditAction, detail = '', at = Date.now()): Promise<AuditEntry> {
  const entry = auditEntry(staff, action, detail, at);
  await db.auditLog.add(entry);
  return entry;
}

/** Hearth itself, as the author of what it did on its own (e.g. putting back a damaged file). */
export const HEARTH_ITSELF: StaffIdentity = { staffId: 'hearth', name: 'Hearth' };

/**
 * Records something Hearth did on its own, once: main reports such an event at every start-up
 * until it restarts, and the log must show it a single time. Never changes an existing entry.
 */
export async function recordHearthEventOnce(action: AuditAction, detail: string, at: number): Promise<void> {
  const id = `${at.toString(36).padStart(9, '0')}-hearth-${action}-${detail}`.slice(0, 64);
  await db.transaction('rw', db.auditLog, async () => {
    if (await db.auditLog.get(id)) return;
    await db.auditLog.add({ id, at, staffId: HEARTH_ITSELF.staffId, staffName: HEARTH_ITSELF.name, action, detail: detail.slice(0, MAX_DETAIL) });
  });
}

/** What a deleted resident's name reads as in the entries that named them. */
export const FORGOTTEN_NAME = '—';

/**
 * Blanks a deleted resident's name, as a whole word, in every entry's detail; the rest of each
 * entry stays as it was. Runs inside the deletion's own transaction. Returns how many entries changed.
 */
export async function forgetResidentName(name: string): Promise<number> {
  const trimmed = name.trim();
  if (trimmed === '') return 0;
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`;
  const named = new RegExp(word, 'iu');
  const everyMention = new RegExp(word, 'giu');
  return db.auditLog
    .filter((entry) => named.test(entry.detail))
    .modify((entry) => {
      entry.detail = entry.detail.replace(everyMention, FORGOTTEN_NAME);
    });
}

export interface AuditPage {
  entries: AuditEntry[];
  /** There are older entries on the next page. */
  hasMore: boolean;
}

/** One page of the log, newest first; page 0 is the newest. */
export async function listAuditEntries(page: number, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const rows = await db.auditLog
    .orderBy('at')
    .reverse()
    .offset(Math.max(0, page) * pageSize)
    .limit(pageSize + 1)
    .toArray();
  return { entries: rows.slice(0, pageSize), hasMore: rows.length > pageSize };
}
