import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY, cacheControlFor, contentTypeFor, resolveAppPath } from './appFiles';
import { MAX_SEALED_FILE_BYTES } from '../../shared/bridge/contract';
import { createDispatcher } from './bridge/dispatcher';
import { createHandlers, createMainServices, type MainServices } from './mainServices';
import { openConfStore } from './services/confStore';
import { StoreUnreadableError } from './services/keyValueStore';
import { spawnRunner } from './services/speechService';
import { onBehalfOfPage } from './services/staffAuth';

/**
 * The web preview: the production renderer on 127.0.0.1, with window.kiosk answered by the same
 * services and handler table as Electron, over POST /kiosk/<area>/<verb>. For development,
 * screenshots and browser tests only; never packaged.
 */
const here = dirname(fileURLToPath(import.meta.url));
// This file runs from <out>/main/web-preview.js: the renderer is its sibling, resources are in the project.
const projectRoot = resolve(here, '..', '..');
const rendererRoot = resolve(here, '..', 'renderer');
/**
 * The largest request the preview reads. Its pages send small requests (the biggest is a
 * settings change); file transfers go through the page itself here, never the bridge. A backup's
 * text for main to seal is the one large request: MAX_BACKUP_BODY_BYTES, for that area only.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_BACKUP_BODY_BYTES = MAX_SEALED_FILE_BYTES + 1024;
/** Page tokens remembered at once; the oldest is forgotten first. */
const MAX_PAGE_TOKENS = 64;

export function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'hearth-preview');
}

export async function startWebPreview(options: {
  port: number;
  dataDir: string;
  demo: boolean;
  host?: string;
  /** The built renderer to serve; tests of the server itself pass a folder of their own. */
  rendererRoot?: string;
  /** The example house the demo loads; resources/example-house unless a test brings its own. */
  exampleHouseDir?: string;
  /**
   * What "Choose folder" for daily backups picks here, having no folder dialog: HEARTH_BACKUP_DIR,
   * else a folder in the data folder. Made when chosen.
   */
  backupFolder?: string;
  /** The program "Read to me" runs: espeak-ng from the PATH unless a test names another (or one that is not there). */
  speechCommand?: string;
}) {
  const host = options.host ?? '127.0.0.1';
  const root = options.rendererRoot ?? rendererRoot;
  mkdirSync(options.dataDir, { recursive: true });
  const backupFolder = options.backupFolder ?? process.env.HEARTH_BACKUP_DIR ?? join(options.dataDir, 'backup-folder');
  const services = createMainServices({
    dataDir: options.dataDir,
    openStore: openConfStore,
    version: process.env.npm_package_version ?? '0.0.0',
    preview: true,
    demo: options.demo,
    exampleHouseDir: options.exampleHouseDir ?? join(projectRoot, 'resources', 'example-house'),
    exitKiosk: () => console.log('[preview] Exit kiosk was asked for; the preview keeps running.'),
    log: (message) => console.error(`[preview] ${message}`),
    chooseBackupFolder: () => {
      mkdirSync(backupFolder, { recursive: true });
      return Promise.resolve(backupFolder);
    },
    speech: { run: spawnRunner(options.speechCommand) },
  });
  const dispatch = createDispatcher(createHandlers(services), (m) => console.error(`[bridge] ${m}`));
  const origin = () => `http://${host}:${(server.address() as { port: number }).port}`;

  /*
   * The page token. Every page this server serves gets a random token in an HttpOnly,
   * SameSite=Strict cookie, and each bridge call runs on behalf of the token it carries: a staff
   * session belongs to the page that opened it. Another process on this machine can set an
   * Origin header, but not the cookie of the browser that unlocked, so it finds staff mode locked.
   */
  const pageTokens = new Set<string>();
  const cookieName = () => `hearth-page-${(server.address() as { port: number }).port}`;
  const pageTokenOf = (req: IncomingMessage): string | undefined => {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, value] = part.trim().split('=');
      if (name === cookieName() && value && pageTokens.has(value)) return value;
    }
    return undefined;
  };
  const newPageToken = (): string => {
    const token = randomBytes(32).toString('hex');
    pageTokens.add(token);
    if (pageTokens.size > MAX_PAGE_TOKENS) pageTokens.delete(pageTokens.values().next().value as string);
    return token;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[preview]', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin());
    if (url.pathname.startsWith('/kiosk/')) return bridge(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const file = resolveAppPath(root, url.pathname);
    if (!file) return void res.writeHead(400).end('Bad path');
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('Not found');
    const contentType = contentTypeFor(file);
    res.writeHead(200, {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': cacheControlFor(url.pathname),
      ...(contentType.startsWith('text/html')
        ? { 'Set-Cookie': `${cookieName()}=${pageTokenOf(req) ?? newPageToken()}; Path=/; HttpOnly; SameSite=Strict` }
        : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  async function bridge(req: IncomingMessage, res: ServerResponse, url: URL) {
    // Only the page this server serves may call the bridge: same origin, loopback host, POST.
    if (req.method !== 'POST' || req.headers.origin !== origin() || req.headers.host !== new URL(origin()).host) {
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Not allowed.' } });
    }
    const [, , area, verb] = url.pathname.split('/');
    const maxBytes = area === 'backups' ? MAX_BACKUP_BODY_BYTES : MAX_BODY_BYTES;
    const tooLarge = () => {
      res.setHeader('Connection', 'close');
      sendJson(res, 413, { ok: false, error: { code: 'refused', message: 'Too large.' } });
    };
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) return tooLarge();
      chunks.push(chunk);
    }
    // Decoded whole, so a character split between two chunks stays one character.
    const body = Buffer.concat(chunks).toString('utf8');
    let payload: unknown;
    try {
      payload = body === '' ? undefined : JSON.parse(body);
    } catch {
      return sendJson(res, 200, { ok: false, error: { code: 'invalid-payload', message: 'The request was not JSON.' } });
    }
    // A call without a known page token runs for a page of its own, which no session belongs to.
    const page = pageTokenOf(req) ?? `no-page-${randomBytes(16).toString('hex')}`;
    sendJson(res, 200, await onBehalfOfPage(page, () => dispatch(`kiosk:${area}:${verb}`, payload)));
  }

  // Before listening, so the first page load already finds the demo staff account.
  const startupLines: string[] = [];
  if (options.demo) startupLines.push(...(await ensureDemoStaff(services.staff)));
  await new Promise<void>((ready) => server.listen(options.port, host, ready));
  return { server, url: origin(), services, startupLines, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** The demo house needs someone to unlock staff mode; a fixed, non-trivial PIN printed at start. */
export const DEMO_STAFF = { name: 'Demo staff', pin: '246810' } as const;

async function ensureDemoStaff(staff: MainServices['staff']): Promise<string[]> {
  let needsSetup: boolean;
  try {
    needsSetup = staff.status().needsSetup;
  } catch (error) {
    // A damaged staff file: the page shows the recovery screen; nothing is set up over it.
    if (error instanceof StoreUnreadableError) return [`Staff file unreadable, no demo staff: ${error.message}`];
    throw error;
  }
  if (needsSetup) await staff.setup(DEMO_STAFF.name, DEMO_STAFF.pin);
  if (!staff.status().staff.some((member) => member.name === DEMO_STAFF.name)) return [];
  return [`Demo staff PIN: ${DEMO_STAFF.pin}`];
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value ?? null));
}
