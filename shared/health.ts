/** What main knows about the house's health, for staff mode's House health page. */

/** A problem main noted for the IT person (a file it could not write, an alert it could not send). */
export interface MainProblem {
  at: number;
  /** Main's own words, for the IT person: file names and causes, never a share or a name. */
  message: string;
}

export interface MainHealth {
  version: string;
  /** When main started, in milliseconds since the epoch. */
  startedAt: number;
  /** Main's clock when it answered: the page measures "up since" against it. */
  now: number;
  /** Free and total bytes on the disk that holds the data folder; null when it cannot be read. */
  disk: { freeBytes: number; totalBytes: number } | null;
  /** Main's store files (settings, staff, alerts) and their sizes in bytes; a file not yet written is absent. */
  storeFiles: { file: string; bytes: number }[];
  /** Main's files that were damaged and put back from their last-known-good copy. */
  restoredFiles: { file: string; at: number }[];
  /** The latest problems main noted since it started, newest first, at most MAX_MAIN_PROBLEMS. */
  problems: MainProblem[];
}

export const MAX_MAIN_PROBLEMS = 20;
