import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A web preview the test starts itself, for the reliability tests that need files in place
 * before it starts (a damaged settings file) or a browser of their own (power loss). Same build
 * as the fixture's (HEARTH_OUT_DIR).
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

export async function startOwnPreview(options: { dataDir?: string; demo: boolean }): Promise<OwnPreview> {
  const dataDir = options.dataDir ?? freshDataDir();
  const { startWebPreview } = (await import(entry)) as {
    startWebPreview(o: { port: number; dataDir: string; demo: boolean }): Promise<Omit<OwnPreview, 'dataDir'>>;
  };
  const preview = await startWebPreview({ port: 0, dataDir, demo: options.demo });
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
