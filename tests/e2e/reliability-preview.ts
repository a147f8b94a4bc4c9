import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A web preview on a data folder of its own: the fixture's `preview`, and the reliability tests
 * that need files in place before it starts (a damaged settings file) or a browser of their own
 * (power loss). The build in HEARTH_OUT_DIR, or out/.
 */
export interface OwnPreview {
  url: string;
  /** The preview's HTTP server, for tests that watch what reaches it. */
  server: Server;
  dataDir: string;
  startupLines: string[];
  close(): Promise<void>;
}

const entry = pathToFileURL(resolve(process.env.HEARTH_OUT_DIR ?? 'out', 'main', 'web-preview.js')).href;

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'hearth-rel-'));
}

export interface PreviewOptions {
  demo: boolean;
  /**
   * false: the demo house without its eight weeks of attendance, for tests that count every
   * attendance record or write their own at the demo's sessions.
   */
  attendanceHistory?: boolean;
  /** Where "Choose folder" for daily backups points; a folder in the data folder when absent. */
  backupFolder?: string;
  /** The program "Read to me" runs; espeak-ng unless a test names one that is not there. */
  speechCommand?: string;
  /**
   * The demo house with these residents instead of its own (rows as residents.json holds them),
   * and without its attendance history, which belongs to its own residents.
   */
  residents?: readonly Record<string, unknown>[];
}

export async function startOwnPreview(options: PreviewOptions & { dataDir?: string }): Promise<OwnPreview> {
  const dataDir = options.dataDir ?? freshDataDir();
  const { startWebPreview } = (await import(entry)) as {
    startWebPreview(o: {
      port: number;
      dataDir: string;
      demo: boolean;
      exampleHouseDir?: string;
      backupFolder?: string;
      speechCommand?: string;
    }): Promise<Omit<OwnPreview, 'dataDir'>>;
  };
  let exampleHouseDir: string | undefined;
  if (options.attendanceHistory === false || options.residents) {
    exampleHouseDir = join(dataDir, 'example-house');
    cpSync(join('resources', 'example-house'), exampleHouseDir, { recursive: true, filter: (from) => !from.endsWith('attendance.json') });
  }
  if (exampleHouseDir && options.residents) writeFileSync(join(exampleHouseDir, 'residents.json'), JSON.stringify({ residents: options.residents }));
  const preview = await startWebPreview({
    port: 0,
    dataDir,
    demo: options.demo,
    exampleHouseDir,
    backupFolder: options.backupFolder,
    speechCommand: options.speechCommand,
  });
  return {
    ...preview,
    dataDir,
    // A browser that is still open (or was killed) may hold keep-alive connections: end them too.
    close: async () => {
      const closing = preview.close();
      preview.server.closeAllConnections();
      await closing;
    },
  };
}
