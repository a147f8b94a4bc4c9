import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Rolldown } from 'vite';

// HEARTH_OUT_DIR lets parallel builds (e.g. two test runs) keep apart; the default is out/.
const out = process.env.HEARTH_OUT_DIR ?? 'out';

/**
 * Everything the wall's first frame imports, in one file: the entry and every module it imports
 * statically. Left to itself the bundler split them into some twenty small files, because screens
 * loaded later share some of them, and a starting wall fetched each before it could draw. The
 * screens loaded later import what they share from this file, which is always there first.
 */
function startChunk(entry: string) {
  let atStart = new Set<string>();
  let readFrom: Rolldown.ChunkingContext | null = null;
  return (id: string, graph: Rolldown.ChunkingContext) => {
    if (graph !== readFrom) {
      readFrom = graph;
      atStart = new Set();
      const queue = [entry];
      for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
        if (atStart.has(next)) continue;
        atStart.add(next);
        queue.push(...(graph.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return atStart.has(id) ? 'start' : null;
  };
}

// Three builds, one per runtime. The web-preview entry is built beside the
// Electron entry so it runs the very same handler table, but it is never packaged.
export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'web-preview': resolve('electron/main/webPreview.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require packages at run time: bundle everything.
    build: {
      outDir: `${out}/preload`,
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [svelte({ configFile: resolve('svelte.config.js') })],
    build: {
      outDir: `${out}/renderer`,
      minify: true,
      sourcemap: process.env.HEARTH_SOURCEMAP === '1',
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        output: { codeSplitting: { groups: [{ name: startChunk(resolve('renderer/src/main.ts')) }] } },
      },
    },
  },
});
