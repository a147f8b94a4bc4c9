import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

// One time zone for the test runner and the browser, so fixed clocks mean the same wall time in both.
process.env.TZ = 'America/Chicago';

/** Browser tests that time the wall itself. */
const ALONE = /security-large-import\.spec\.ts$/;

// Browser tests drive the web preview (out/ must be built: `npm test` builds first).
// Each test starts its own preview server with a fresh data folder; see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'America/Chicago',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'wall', testIgnore: ALONE },
    // Measures the length of the wall's tasks: a test in another worker would share the CPU and
    // lengthen them, so it runs once every other test has finished.
    { name: 'alone', testMatch: ALONE, dependencies: ['wall'] },
  ],
});
