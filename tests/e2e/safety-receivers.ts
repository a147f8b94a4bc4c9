import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import type { AlertSettingsPatch } from '../../shared/alerts';
import { expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, unlockStaffViaBridge } from './staff';

/**
 * The two places an alert can go, started by the test itself on 127.0.0.1: a mail server that
 * keeps every message it is given, and a web address that keeps every body POSTed to it.
 */

export interface Receiver {
  /** Everything received, as text: whole mail messages, or request bodies. */
  readonly received: string[];
  close(): Promise<void>;
}

export async function startMailServer(): Promise<Receiver & { port: number }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      let message = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (message += chunk));
      stream.on('end', () => {
        received.push(message);
        done();
      });
    },
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((done) => server.close(() => done())) };
}

export async function startWebhook(): Promise<Receiver & { url: string }> {
  const received: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push(body);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hearth-alerts`,
    received,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Turns on both channels as staff would, then reloads, which locks staff mode again. */
export async function sendAlertsTo(page: Page, mail: { port: number }, webhook: { url: string }): Promise<void> {
  const patch: AlertSettingsPatch = {
    email: {
      enabled: true,
      host: '127.0.0.1',
      port: mail.port,
      security: 'none',
      username: '',
      from: 'hearth@example.org',
      to: 'staff@example.org',
    },
    webhook: { enabled: true, format: 'json', url: webhook.url },
  };
  await unlockStaffViaBridge(page, DEMO_STAFF);
  const result = await bridgeCall(page, 'alerts', 'updateSettings', { patch });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  await page.reload();
}
