import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startOwnPreview, type OwnPreview, type PreviewOptions } from './reliability-preview';

interface HearthFixtures {
  /** Options for this test's preview server; override with test.use({ previewOptions: { demo: true } }). */
  previewOptions: PreviewOptions;
  /** A web preview of its own for this test: fresh settings folder, random port. */
  preview: OwnPreview;
}

export const test = base.extend<HearthFixtures>({
  previewOptions: [{ demo: false }, { option: true }],
  preview: async ({ previewOptions }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
    const preview = await startOwnPreview({ ...previewOptions, dataDir });
    await use(preview);
    await preview.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  baseURL: async ({ preview }, use) => {
    await use(preview.url);
  },
});

export { expect };
