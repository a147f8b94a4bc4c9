import type { BridgeError } from '../../../shared/bridge/channel';
import type { MessageKey } from './messageKey';
import { recentErrors, type ResidentWrite } from './recentErrors.svelte';

export { NOT_SAVED_TEXT, type ResidentWrite } from './recentErrors.svelte';

/** A file main keeps that cannot be read; `file` is for the IT person, in the recovery screen's details. */
export interface DamagedFile {
  /** 'settings', 'staff', or 'other' for a file the recovery screen has no name for. */
  store: 'settings' | 'staff' | 'other';
  file: string;
}

/** What the recovery screen says cannot be read. */
export const DAMAGED_STORE_TEXT: Record<DamagedFile['store'], MessageKey> = {
  settings: 'recovery:what.settings',
  staff: 'recovery:what.staff',
  other: 'recovery:what.other',
};

const QUOTA_ERROR = 'QuotaExceededError';

/**
 * True when a write failed because the disk or the browser's storage quota is full. IndexedDB
 * reports it as a DOMException named QuotaExceededError; Dexie passes it on as
 * Dexie.QuotaExceededError, or wraps it (AbortError, BulkError) with the original inside.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (candidate.name === QUOTA_ERROR) return true;
  const failures = Array.isArray(candidate.failures) ? candidate.failures : [];
  return [candidate.inner, candidate.cause, ...failures].some((inner) => isQuotaError(inner, depth + 1));
}

/** The 'store-unreadable' error main sends for a damaged settings.json or staff.json. */
export function damagedFileOf(error: unknown): DamagedFile | null {
  // Read from the shape of a KioskError: importing the bridge client here would need a window.
  const bridgeError = error instanceof Error ? (error as Error & { error?: BridgeError }).error : undefined;
  if (bridgeError?.code !== 'store-unreadable') return null;
  const file = bridgeError.file ?? '';
  const name = file.split(/[\\/]/).at(-1) ?? '';
  const store = name === 'settings.json' ? 'settings' : name === 'staff.json' ? 'staff' : 'other';
  return { store, file };
}

/**
 * The health of what this screen keeps: main's files (a damaged one sends the wall to the
 * recovery screen) and the browser database (a full disk). Flows that write report failures
 * here; the resident then sees one calm notice, and staff mode a warning until a write succeeds.
 */
class StorageHealth {
  /** Main answered that one of its files is damaged: the wall shows the recovery screen. */
  damagedFile = $state.raw<DamagedFile | null>(null);
  /** The last resident write failed for lack of space; staff mode warns until a write succeeds. */
  full = $state(false);
  /** The notice the resident sees now, naming what was not saved; null when none. */
  residentNotice = $state<ResidentWrite | null>(null);

  /**
   * For a write that failed. Answers true when it was a full disk: the resident has been told,
   * and the flow needs to show nothing more. Any other failure is the flow's own to show.
   */
  reportWriteFailure(error: unknown, what: ResidentWrite): boolean {
    if (!isQuotaError(error)) return false;
    console.warn(`[storage] A ${what} could not be saved: the screen's storage is full.`, error);
    recentErrors.recordStorageFull(what);
    this.full = true;
    this.residentNotice = what;
    return true;
  }

  /** A write went through: there is room again. */
  writeSucceeded() {
    this.full = false;
  }

  dismissNotice() {
    this.residentNotice = null;
  }

  /** For a bridge failure at start-up: true when it was a damaged file, now shown by the recovery screen. */
  reportBridgeFailure(error: unknown): boolean {
    const damaged = damagedFileOf(error);
    if (damaged) this.damagedFile = damaged;
    return damaged !== null;
  }

  /** Before trying to start again, e.g. once the IT person has put a good file back. */
  clearDamagedFile() {
    this.damagedFile = null;
  }
}

export const storageHealth = new StorageHealth();

