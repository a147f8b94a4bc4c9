import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browser here, so the tests use the system Chromium:
 * CHROMIUM_PATH if set, else Debian's headless shell (/usr/bin/chromium-headless-shell, installed
 * by .ci/run), else Debian's full /usr/bin/chromium. The shell is the browser Playwright itself
 * runs headless tests on: the same engine without the desktop browser around it, so each page and
 * context starts in about a third of the time.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s chromium-headless-shell (or chromium), or set CHROMIUM_PATH.');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumLaunchOptions() {
  return { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS };
}
