import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';

type Preview = {
  url: string;
  dataDir: string;
  startupLines: string[];
  close(): Promise<void>;
};

interface HearthFixtures {
  /** Options for this test's preview server; override with test.use({ previewOptions: { demo: true } }). */
  previewOptions: { demo: boolean };
  /** A web preview of its own for this test: fresh settings folder, random port. */
  preview: Preview;
}

const entry = pathToFileURL(resolve(process.env.HEARTH_OUT_DIR ?? 'out', 'main', 'web-preview.js')).href;

export const test = base.extend<HearthFixtures>({
  previewOptions: [{ demo: false }, { option: true }],
  preview: async ({ previewOptions }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
    const { startWebPreview } = (await import(entry)) as {
      startWebPreview(o: { port: number; dataDir: string; demo: boolean }): Promise<Preview>;
    };
    const preview = await startWebPreview({ port: 0, dataDir, demo: previewOptions.demo });
    await use({ ...preview, dataDir });
    await preview.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  baseURL: async ({ preview }, use) => {
    await use(preview.url);
  },
});

export { expect };
