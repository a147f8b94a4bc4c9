import { defineConfig } from '@playwright/test';

// The kiosk in real Electron, launched with Playwright's _electron from the built app
// (<HEARTH_OUT_DIR or out>/main/index.js: `npm test` builds first). Where the Electron binary
// is not installed the tests are skipped and say why; they never download it.
export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./skipReasons.ts']],
});
