import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Bundles tests/bench/seed.entry.ts for the benchmark page; never part of the app.
export default defineConfig({
  build: {
    outDir: resolve(process.env.HEARTH_OUT_DIR ?? 'out-bench', 'bench'),
    emptyOutDir: true,
    minify: true,
    lib: { entry: resolve('tests/bench/seed.entry.ts'), formats: ['iife'], name: 'hearthBenchSeed', fileName: () => 'seed.js' },
  },
});
