import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

// The same time zone as the browser tests, so the soak's fixed clock means the same wall time.
process.env.TZ = 'America/Chicago';

// `npm run soak`: long, so never part of `npm test`; .ci/run runs it after the test suite.
export default defineConfig({
  testDir: '.',
  testMatch: 'soak.spec.ts',
  timeout: 15 * 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'America/Chicago',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
});
