import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Where the electron package put its binary, found the way the package itself looks
 * (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) but without loading the package: its
 * index.js downloads the binary when it is missing, and these tests must never download.
 */
export function findElectronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, executable ?? 'electron');
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH points at ${path}, which does not exist` };
  }
  if (!executable) {
    return { found: false, reason: `${pathFile} is missing: the electron package's install step did not fetch the binary (it needs internet)` };
  }
  const path = join(packageDir, 'dist', executable);
  return existsSync(path) ? { found: true, path } : { found: false, reason: `${path} does not exist` };
}
