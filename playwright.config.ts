import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

// One time zone for the test runner and the browser, so fixed clocks mean the same wall time in both.
process.env.TZ = 'America/Chicago';

/** Browser tests that time the wall itself: another test running beside them would lengthen what they measure. */
const ALONE = /(security-large-import|security-attendance-oracle)\.spec\.ts$/;

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
    // Kept for a failure on a developer's machine; in CI nobody can open it, and recording every step slows every test.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    { name: 'wall', testIgnore: ALONE },
    // They measure the wall's tasks and answers: a test in another worker would share the CPU, so
    // they run once every other test has finished, one at a time.
    { name: 'alone', testMatch: ALONE, dependencies: ['wall'], workers: 1 },
  ],
});
