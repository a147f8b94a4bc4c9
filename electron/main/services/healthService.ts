import { statSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_MAIN_PROBLEMS, type MainHealth, type MainProblem } from '../../../shared/health';

/** The part of fs.statfs the health page needs: blocks free to Hearth's user, all blocks, and their size. */
export interface DiskStats {
  bavail: number;
  blocks: number;
  bsize: number;
}

export interface HealthServiceOptions {
  dataDir: string;
  version: string;
  /** The store files in dataDir whose sizes are reported, e.g. 'settings.json'. */
  storeFiles: readonly string[];
  /** Main's restored files, read when asked. */
  restoredFiles: () => { file: string; at: number }[];
  now?: () => number;
  /** fs.statfs when absent. */
  diskStats?: (path: string) => Promise<DiskStats>;
  /** The size of a file in bytes, or null when it does not exist; fs.statSync when absent. */
  fileSize?: (path: string) => number | null;
}

/**
 * Version, up since, free disk and main's files, and the problems main noted since it started:
 * what main alone can tell the House health page. The clock and the file system are injectable.
 */
export class HealthService {
  readonly startedAt: number;
  readonly #options: HealthServiceOptions;
  readonly #now: () => number;
  readonly #problems: MainProblem[] = [];

  constructor(options: HealthServiceOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.startedAt = this.#now();
  }

  /** Keeps one of main's log lines for the page, dropping the oldest past MAX_MAIN_PROBLEMS. */
  noteProblem(message: string) {
    this.#problems.unshift({ at: this.#now(), message: message.slice(0, 500) });
    this.#problems.length = Math.min(this.#problems.length, MAX_MAIN_PROBLEMS);
  }

  async report(): Promise<MainHealth> {
    const { dataDir, version, storeFiles } = this.#options;
    const fileSize = this.#options.fileSize ?? sizeOnDisk;
    return {
      version,
      startedAt: this.startedAt,
      now: this.#now(),
      disk: await this.#disk(dataDir),
      storeFiles: storeFiles.flatMap((file) => {
        const bytes = fileSize(join(dataDir, file));
        return bytes === null ? [] : [{ file, bytes }];
      }),
      restoredFiles: this.#options.restoredFiles(),
      problems: this.#problems.map((problem) => ({ ...problem })),
    };
  }

  async #disk(path: string): Promise<MainHealth['disk']> {
    try {
      const stats = await (this.#options.diskStats ?? statfs)(path);
      return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
    } catch {
      // The page says the free space could not be read; there is nothing more to keep.
      return null;
    }
  }
}

function sizeOnDisk(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}
