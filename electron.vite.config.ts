import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// HEARTH_OUT_DIR lets parallel builds (e.g. two test runs) keep apart; the default is out/.
const out = process.env.HEARTH_OUT_DIR ?? 'out';

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
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
