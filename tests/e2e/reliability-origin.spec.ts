import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { test, expect } from './fixtures';
import { startOwnPreview } from './reliability-preview';

/*
 * A bridge call from a frame whose origin is not the app's is refused: a page on another origin,
 * an iframe inside it, and a sandboxed iframe (origin "null") all try to create the first staff
 * account through the web preview's bridge. Every request reaches the preview, which answers 403,
 * and no account exists afterwards.
 */

/** The page another site would serve: its own call, a same-origin iframe's and a sandboxed iframe's. */
function hostilePage(bridgeUrl: string): string {
  const attempt = (who: string) => `
    fetch(${JSON.stringify(bridgeUrl)}, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ name: ${JSON.stringify(who)}, pin: '730264' }),
    }).catch(() => {});`;
  const frame = (who: string) => `<script>${attempt(who)}</script>`;
  return `<!doctype html><title>Not Hearth</title>
    <script>${attempt('Top page')}</script>
    <iframe srcdoc="${frame('Iframe').replace(/"/g, '&quot;')}"></iframe>
    <iframe sandbox="allow-scripts" srcdoc="${frame('Sandboxed iframe').replace(/"/g, '&quot;')}"></iframe>`;
}

let elsewhere: Server;
let elsewhereUrl: string;

test.beforeAll(async () => {
  elsewhere = createServer((req, res) => {
    const bridgeUrl = new URL(req.url ?? '/', 'http://x').searchParams.get('bridge') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostilePage(bridgeUrl));
  });
  await new Promise<void>((ready) => elsewhere.listen(0, '127.0.0.1', ready));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as { port: number }).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((done) => elsewhere.close(() => done()));
});

test('a page, an iframe and a sandboxed iframe from another origin cannot use the bridge', async ({ page }) => {
  const preview = await startOwnPreview({ demo: false });
  try {
    const bridgeUrl = `${preview.url}/kiosk/staff/setup`;
    // Watched where it counts, at the preview: every attempt must arrive and be refused there.
    const answers: { origin: string | undefined; status: number }[] = [];
    preview.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (req.url === '/kiosk/staff/setup') res.on('finish', () => answers.push({ origin: req.headers.origin, status: res.statusCode }));
    });
    await page.goto(`${elsewhereUrl}/?bridge=${encodeURIComponent(bridgeUrl)}`);
    await expect.poll(() => answers.length).toBe(3);
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403]);
    expect(answers.map((a) => a.origin).sort()).toEqual([elsewhereUrl, elsewhereUrl, 'null'].sort());

    const status = await (await fetch(`${preview.url}/kiosk/staff/status`, { method: 'POST', headers: { Origin: preview.url } })).json();
    expect(status).toMatchObject({ ok: true, value: { needsSetup: true, staff: [] } });
  } finally {
    await preview.close();
    rmSync(preview.dataDir, { recursive: true, force: true });
  }
});

test('the app served under another host name (DNS rebinding) cannot use the bridge', async ({ page, preview }) => {
  const port = new URL(preview.url).port;
  const answers: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/kiosk/')) answers.push(response.status());
  });
  await page.goto(`http://localhost:${port}/`);
  await expect.poll(() => answers.length).toBeGreaterThan(0);
  expect(new Set(answers)).toEqual(new Set([403]));
  await expect(page.getByTestId('setup')).toHaveCount(0);
});
