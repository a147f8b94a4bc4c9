import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/appFiles';
import { channels } from '../../shared/bridge/contract';
import { findElectronBinary } from './electronBinary';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const mainEntry = resolve(projectRoot, process.env.HEARTH_OUT_DIR ?? 'out', 'main', 'index.js');
const binary = findElectronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

test.describe('the kiosk in real Electron', () => {
  test.skip(!binary.found, `Electron binary not installed here: ${binary.found ? '' : binary.reason}`);
  test.skip(!hasDisplay, 'No display for the Electron window: set DISPLAY (e.g. run under xvfb-run)');

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    if (!binary.found) return;
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npx electron-vite build\` first`).toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'hearth-electron-'));
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to run as root with its OS sandbox (CI containers); the page stays sandboxed by Electron.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainEntry],
      env: { ...process.env, HEARTH_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one kiosk window on app://hearth with the locked-down web preferences', async () => {
    const window = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      // getLastWebPreferences is not in electron.d.ts, but is how Electron reports a page's preferences.
      const contents = windows[0]?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null; getURL(): string };
      return { count: windows.length, kiosk: windows[0]?.isKiosk(), url: contents.getURL(), preferences: contents.getLastWebPreferences() };
    });
    expect(window.count).toBe(1);
    expect(window.kiosk).toBe(true);
    expect(window.url).toBe('app://hearth/index.html');
    expect(window.preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
    expect(window.preferences?.enableBlinkFeatures ?? '').toBe('');
  });

  test('removes the application menu', async () => {
    expect(await app.evaluate(({ Menu }) => Menu.getApplicationMenu() === null)).toBe(true);
  });

  test('gives the page window.kiosk with only the contract functions, and no Node', async () => {
    const kiosk = await page.evaluate(() => {
      const api = (window as unknown as { kiosk?: Record<string, Record<string, unknown>> }).kiosk ?? {};
      return Object.fromEntries(
        Object.entries(api).map(([area, verbs]) => [area, Object.entries(verbs).map(([verb, fn]) => `${verb}:${typeof fn}`).sort()]),
      );
    });
    const expected: Record<string, string[]> = {};
    for (const { area, verb } of channels()) (expected[area] ??= []).push(`${verb}:function`);
    for (const verbs of Object.values(expected)) verbs.sort();
    expect(kiosk).toEqual(expected);

    const nodeGlobals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer'].filter((name) => typeof scope[name] !== 'undefined');
    });
    expect(nodeGlobals).toEqual([]);
  });

  test('answers the bridge from the kiosk page', async () => {
    const info = await page.evaluate(() => (window as unknown as { kiosk: { app: { info(): Promise<unknown> } } }).kiosk.app.info());
    expect(info).toMatchObject({ ok: true, value: { preview: false } });
  });

  test('refuses to navigate away from app://hearth or to open a window', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    // A refused navigation leaves nothing to wait for, so give an allowed one the time it would need.
    await page.waitForTimeout(1_000);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()))).toEqual([
      'app://hearth/index.html',
    ]);
  });

  test('serves the page with the content security policy, which stops inline script', async () => {
    const policy = await page.evaluate(async () => (await fetch('app://hearth/index.html')).headers.get('content-security-policy'));
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inline = "ran"';
      document.head.append(script);
      return document.documentElement.dataset.inline === 'ran';
    });
    expect(inlineRan).toBe(false);
  });

  test('refuses path traversal on app://', async () => {
    const status = await page.evaluate(async () => (await fetch('app://hearth/..%2F..%2Fpackage.json')).status);
    expect(status).toBe(400);
  });
});
