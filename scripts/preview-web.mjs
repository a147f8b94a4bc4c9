#!/usr/bin/env node
// Serves the production renderer on 127.0.0.1 with window.kiosk backed by main's services.
// Usage: npm run preview:web [-- --demo] ; HEARTH_PORT (default 5178), HEARTH_DATA_DIR.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const outDir = join(root, process.env.HEARTH_OUT_DIR ?? 'out');
const entry = join(outDir, 'main', 'web-preview.js');
const sources = ['electron', 'renderer', 'shared', 'resources', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

function needsBuild() {
  if (!existsSync(entry) || !existsSync(join(outDir, 'renderer', 'index.html'))) return true;
  const built = statSync(entry).mtimeMs;
  return sources.some((s) => existsSync(join(root, s)) && newestMtime(join(root, s)) > built);
}

if (process.argv.includes('--no-build') ? false : needsBuild()) {
  console.log('[preview] building…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { startWebPreview, defaultDataDir } = await import(pathToFileURL(entry).href);
const demo = process.argv.includes('--demo');
const preview = await startWebPreview({
  port: Number(process.env.HEARTH_PORT ?? 5178),
  dataDir: process.env.HEARTH_DATA_DIR ?? defaultDataDir(),
  demo,
});
for (const line of preview.startupLines ?? []) console.log(line);
console.log(`Hearth web preview ready at ${preview.url}/`);

const stop = () => preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
