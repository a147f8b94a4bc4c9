import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Two projects. `unit` runs in Node as code on a server would. `state` tests the renderer's state
 * classes as the page runs them: Svelte compiled for the browser (so `$effect` and
 * `createSubscriber` run), over main's real handlers through an in-process kiosk
 * (tests/unit/state/setup.ts).
 */
const STATE_TESTS = 'tests/unit/state/**/*.test.ts';

export default defineConfig({
  test: {
    // Vitest's own default is one worker fewer than the cores: one worker on a 2-core CI machine,
    // where two cut the run from about 13 to 8 minutes.
    maxWorkers: process.env.CI ? 2 : undefined,
    projects: [
      {
        plugins: [svelte()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [STATE_TESTS],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
        resolve: { conditions: ['browser'] },
        ssr: { resolve: { conditions: ['browser'], externalConditions: ['browser'] } },
        test: {
          name: 'state',
          include: [STATE_TESTS],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts', 'tests/unit/state/setup.ts'],
        },
      },
    ],
  },
});
