import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertService } from '../../../electron/main/services/alerts/alertService';
import { openConfStore } from '../../../electron/main/services/confStore';
import { openMainStores } from '../../../electron/main/services/storeBackup';
import { RAISED_AT, freshAlertsDir } from './alertsHarness';

/*
 * The real wire: nodemailer to a real SMTP server, Node's fetch to a real HTTP server, both on
 * 127.0.0.1 with a random port. Only the clock is fixed (14:02 UTC), so the message can be
 * checked word for word.
 */

const SHARE_TEXT = 'I cannot do this any more';
const RESIDENT_NAME = 'Jordan Reyes';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface ReceivedMail {
  from: string | undefined;
  to: string[];
  data: string;
  user: string | undefined;
  password: string | undefined;
}

async function startSmtp(options: { refuseRecipients?: boolean } = {}) {
  const received: ReceivedMail[] = [];
  const logins: { user: string; password: string | undefined }[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ user: auth.username ?? '', password: auth.password ?? undefined });
      callback(null, { user: auth.username ?? undefined });
    },
    onRcptTo(_address, _session, callback) {
      callback(options.refuseRecipients ? Object.assign(new Error('No such mailbox'), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const login = logins.at(-1);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
          user: login?.user,
          password: login?.password,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, received };
}

async function startHttp(status: number) {
  const received: { headers: IncomingMessage['headers']; body: string; path: string | undefined }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body, path: req.url });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${port}`, received };
}

/** A port nothing listens on: opened, read, closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The real service with real timers, transports and fetch; only the clock is fixed. */
function realService() {
  const stores = openMainStores({ dataDir: freshAlertsDir(), openStore: openConfStore, log: () => {} });
  const service = new AlertService({
    store: stores.alerts,
    house: () => ({ houseName: 'Maple House', defaultLocale: 'en' }),
    now: () => RAISED_AT,
    timeZone: 'UTC',
    attemptTimeoutMs: 5_000,
    log: () => {},
  });
  service.start();
  cleanups.push(() => service.stop());
  return service;
}

/** The mail's body with quoted-printable soft line breaks joined, as a mail program would show it. */
const bodyOf = (data: string) => data.split(/\r?\n\r?\n/).slice(1).join('\n\n').replace(/=\r?\n/g, '');

describe('an alert over real SMTP', () => {
  it('reaches the server with the house and the time, and neither share text nor any name', async () => {
    const smtp = await startSmtp();
    const service = realService();
    service.updateSettings({
      email: { enabled: true, host: '127.0.0.1', port: smtp.port, security: 'none', username: 'hearth', from: 'hearth@example.org', to: 'office@example.org' },
      emailPassword: 's3cret-pass',
    });
    const result = await service.raise('crisis-share');
    expect(result).toMatchObject({ delivered: true, noChannels: false });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.from).toBe('hearth@example.org');
    expect(mail?.to).toEqual(['office@example.org']);
    expect(mail?.user).toBe('hearth');
    expect(mail?.password).toBe('s3cret-pass');
    expect(mail?.data).toMatch(/^Subject: Hearth, Maple House: someone may need staff now \(14:02\)\r?$/m);
    const body = bodyOf(mail?.data ?? '');
    expect(body.trim()).toBe('Hearth, Maple House: a resident may need a staff member now at the common-room screen (urgent, 14:02).');
    expect(mail?.data).not.toContain(SHARE_TEXT);
    expect(mail?.data).not.toContain(RESIDENT_NAME);
    expect(service.deliveries()).toEqual([expect.objectContaining({ channel: 'email', attempt: 1, ok: true })]);
  });

  it('counts as not delivered when the server refuses the recipient', async () => {
    const smtp = await startSmtp({ refuseRecipients: true });
    const service = realService();
    service.updateSettings({
      email: { enabled: true, host: '127.0.0.1', port: smtp.port, security: 'none', from: 'hearth@example.org', to: 'office@example.org' },
    });
    expect(await service.raise('urgent-request')).toMatchObject({ delivered: false, noChannels: false });
    expect(smtp.received).toEqual([]);
    expect(service.deliveries()[0]).toMatchObject({ ok: false, error: 'the server refused an address' });
  });

  it('counts as not delivered when nothing listens, and says why in the log', async () => {
    const port = await closedPort();
    const service = realService();
    service.updateSettings({
      email: { enabled: true, host: '127.0.0.1', port, security: 'none', from: 'hearth@example.org', to: 'office@example.org' },
    });
    expect(await service.raise('urgent-request')).toMatchObject({ delivered: false, noChannels: false });
    expect(service.deliveries()[0]).toMatchObject({ ok: false, error: 'connection refused' });
  });
});

describe('an alert over a real HTTP POST', () => {
  it('reaches a webhook as JSON with the house and the time, and neither share text nor any name', async () => {
    const web = await startHttp(204);
    const service = realService();
    service.updateSettings({ webhook: { enabled: true, format: 'json', url: `${web.url}/hooks/hearth` } });
    const result = await service.raise('urgent-request');
    expect(result).toMatchObject({ delivered: true, noChannels: false });
    expect(web.received).toHaveLength(1);
    const [request] = web.received;
    expect(request?.path).toBe('/hooks/hearth');
    expect(request?.headers['content-type']).toBe('application/json');
    const body = JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({ house: 'Maple House', kind: 'urgent-request', alertId: result.id });
    expect(body.message).toBe('Hearth, Maple House: a resident asked for staff at the common-room screen at 14:02 (urgent).');
    expect(request?.body).not.toContain(SHARE_TEXT);
    expect(request?.body).not.toContain(RESIDENT_NAME);
  });

  it('reaches a push topic as the plain message', async () => {
    const web = await startHttp(200);
    const service = realService();
    service.updateSettings({ webhook: { enabled: true, format: 'text', url: `${web.url}/hearth-maple` } });
    expect((await service.raise('lockout')).delivered).toBe(true);
    expect(web.received[0]?.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(web.received[0]?.body).toBe('Hearth, Maple House: many wrong staff PINs were tried at the common-room screen at 14:02.');
  });

  it('counts as not delivered when the address answers with an error', async () => {
    const web = await startHttp(500);
    const service = realService();
    service.updateSettings({ webhook: { enabled: true, format: 'json', url: web.url } });
    expect(await service.raise('crisis-share')).toMatchObject({ delivered: false, noChannels: false });
    expect(web.received).toHaveLength(1);
    expect(service.deliveries()[0]).toMatchObject({ ok: false, error: 'the address answered 500' });
  });

  it('counts as not delivered when the address sends it elsewhere', async () => {
    const web = await startHttp(302);
    const service = realService();
    service.updateSettings({ webhook: { enabled: true, format: 'json', url: web.url } });
    expect((await service.raise('crisis-share')).delivered).toBe(false);
  });
});
