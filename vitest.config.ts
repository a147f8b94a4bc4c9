import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Vitest's own order, except that the files known to run longest start first in their project. On a
 * fresh machine Vitest knows no durations and starts larger files first, so the two small files that
 * retrain the share check's model (over two minutes each) started last and ran on alone at the end.
 */
const LONGEST_FIRST = ['safety.training.threshold.test.ts', 'safety.training.fit.test.ts'];
const longestRank = (spec: TestSpecification) => LONGEST_FIRST.findIndex((name) => spec.moduleId.endsWith(name));

class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = sorted.filter((spec) => longestRank(spec) >= 0).sort((a, b) => longestRank(a) - longestRank(b));
    if (long.length === 0) return sorted;
    const project = long[0]?.project.name;
    const rest = sorted.filter((spec) => longestRank(spec) < 0);
    const first = rest.findIndex((spec) => spec.project.name === project);
    const at = first < 0 ? rest.length : first;
    return [...rest.slice(0, at), ...long, ...rest.slice(at)];
  }
}

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
    sequence: { sequencer: LongestFirstSequencer },
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
