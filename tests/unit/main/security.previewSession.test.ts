import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebPreview } from '../../../electron/main/webPreview';
import type { BridgeResult } from '../../../shared/bridge/channel';
import type { SetupResult, StaffStatus } from '../../../shared/staff';
import { GOOD_PIN } from './staffAuthHarness';

/*
 * Reproduction (outside review): a staff member unlocks in the preview's page; meanwhile any
 * local process POSTs to /kiosk/settings/update with `Origin: http://127.0.0.1:<port>` and is
 * let through, because the preview's staff session was one global session.
 */
let preview: Awaited<ReturnType<typeof startWebPreview>>;

beforeEach(async () => {
  const rendererRoot = mkdtempSync(join(tmpdir(), 'hearth-page-renderer-'));
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Hearth</title>');
  writeFileSync(join(rendererRoot, 'app.js'), '');
  preview = await startWebPreview({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'hearth-page-')), demo: false, rendererRoot });
});
afterEach(async () => {
  preview.server.closeAllConnections();
  await preview.close();
});

/** Loads the page as a browser would, and answers the cookie it was handed. */
async function openPage(cookie?: string): Promise<{ cookie: string; setCookie: string }> {
  const response = await fetch(`${preview.url}/`, { headers: cookie ? { Cookie: cookie } : {} });
  const setCookie = response.headers.get('set-cookie') ?? '';
  await response.arrayBuffer();
  return { cookie: setCookie.split(';')[0] ?? '', setCookie };
}

async function call<T>(area: string, verb: string, payload?: unknown, cookie?: string): Promise<BridgeResult<T>> {
  const response = await fetch(`${preview.url}/kiosk/${area}/${verb}`, {
    method: 'POST',
    headers: { Origin: preview.url, 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: payload === undefined ? '' : JSON.stringify(payload),
  });
  return (await response.json()) as BridgeResult<T>;
}

async function unlockedPage() {
  const page = await openPage();
  const setup = await call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN }, page.cookie);
  if (!setup.ok) throw new Error('setup failed');
  const unlocked = await call('staff', 'unlock', { staffId: setup.value.staff.id, pin: GOOD_PIN }, page.cookie);
  expect(unlocked).toMatchObject({ ok: true, value: { outcome: 'ok' } });
  return page;
}

// Staff setup and unlock hash PINs at full cost: more than a second on a busy machine.
describe("the web preview's staff session", { timeout: 30_000 }, () => {
  it('is handed to the page in a random cookie that scripts cannot read and other sites do not send', async () => {
    const first = await openPage();
    const second = await openPage();
    expect(first.setCookie).toMatch(/^hearth-page-\d+=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(second.cookie).not.toBe(first.cookie);
    // A page reloaded in the same browser keeps its token; scripts and other files hand out none.
    expect((await openPage(first.cookie)).cookie).toBe(first.cookie);
    expect((await fetch(`${preview.url}/app.js`)).headers.get('set-cookie')).toBeNull();
  });

  it('belongs to the page that unlocked: a local process with the right Origin but no token finds staff mode locked', async () => {
    const page = await unlockedPage();
    expect(await call('settings', 'update', { patch: { houseName: 'Taken Over' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('staff', 'regenerateRecoveryCode')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const seen = await call<StaffStatus>('staff', 'status');
    expect(seen.ok && seen.value.session).toBeNull();
    // The page that unlocked is still signed in, and its changes go through.
    const own = await call<StaffStatus>('staff', 'status', undefined, page.cookie);
    expect(own.ok && own.value.session?.name).toBe('Sam');
    expect((await call('settings', 'update', { patch: { houseName: 'Maple House' } }, page.cookie)).ok).toBe(true);
  });

  it('is not opened to another page, nor to a made-up or stale token', async () => {
    const page = await unlockedPage();
    const other = await openPage();
    const forged = `${page.cookie.split('=')[0]}=${'0'.repeat(64)}`;
    for (const cookie of [other.cookie, forged]) {
      expect(await call('settings', 'update', { patch: { houseName: 'Taken Over' } }, cookie)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await call('settings', 'update', { patch: { houseName: 'Maple House' } }, page.cookie)).ok).toBe(true);
  });

  it('lets the wall itself work without a token: reading the settings and the staff list', async () => {
    await unlockedPage();
    expect((await call('settings', 'get')).ok).toBe(true);
    const status = await call<StaffStatus>('staff', 'status');
    expect(status.ok && status.value.staff.map((s) => s.name)).toEqual(['Sam']);
  });
});
