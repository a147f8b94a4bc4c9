import { createTransport } from 'nodemailer';
import type { EmailChannel } from '../../../../shared/alerts';

/** What the SMTP transport needs; the password comes from the store, never from the renderer's view. */
export interface SmtpOptions {
  host: string;
  port: number;
  security: EmailChannel['security'];
  username: string;
  password: string;
  /** For connecting, the greeting and each socket read: a dead server must not hold the wall's answer. */
  timeoutMs: number;
}

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** The part of a nodemailer transporter the alerts use; tests give their own. */
export interface MailTransport {
  sendMail(mail: OutgoingMail): Promise<unknown>;
  close?(): void;
}

export type MailTransportFactory = (options: SmtpOptions) => MailTransport;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type SendOutcome = { ok: true } | { ok: false; error: string };

/** A fresh nodemailer SMTP transport for one message: alerts are rare, so no pool is kept open. */
export const nodemailerTransport: MailTransportFactory = (options) =>
  createTransport({
    host: options.host,
    port: options.port,
    secure: options.security === 'tls',
    requireTLS: options.security === 'starttls',
    ignoreTLS: options.security === 'none',
    auth: options.username ? { user: options.username, pass: options.password } : undefined,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    // The message is plain text built here; nothing in it may make the mailer read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });

/** Sends one mail; accepted only when the server took it for at least one recipient. */
export async function sendMail(factory: MailTransportFactory, smtp: SmtpOptions, mail: OutgoingMail): Promise<SendOutcome> {
  let transport: MailTransport | undefined;
  try {
    transport = factory(smtp);
    const info = (await transport.sendMail(mail)) as { accepted?: unknown[] } | undefined;
    if (Array.isArray(info?.accepted) && info.accepted.length === 0) return { ok: false, error: 'the server refused the address' };
    return { ok: true };
  } catch (error) {
    return { ok: false, error: reasonOf(error) };
  } finally {
    transport?.close?.();
  }
}

/** What a webhook receives in 'json' format: no share text and no name, as in the message itself. */
export interface WebhookBody {
  source: 'hearth';
  house: string;
  kind: string;
  escalation: boolean;
  raisedAt: string;
  alertId: string;
  message: string;
}

/** POSTs the alert; accepted only on a 2xx answer. Redirects are not followed: a moved URL must be fixed by staff. */
export async function postWebhook(
  fetchFn: FetchLike,
  url: string,
  format: 'json' | 'text',
  body: WebhookBody,
  signal: AbortSignal,
): Promise<SendOutcome> {
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'Content-Type': format === 'json' ? 'application/json' : 'text/plain; charset=utf-8' },
      body: format === 'json' ? JSON.stringify(body) : body.message,
      redirect: 'manual',
      signal,
    });
    await response.body?.cancel().catch(() => {});
    return response.status >= 200 && response.status < 300 ? { ok: true } : { ok: false, error: `the address answered ${response.status}` };
  } catch (error) {
    return { ok: false, error: signal.aborted ? 'no answer in time' : reasonOf(error) };
  }
}

const REASONS: [RegExp, string][] = [
  [/ECONNREFUSED/, 'connection refused'],
  [/ENOTFOUND|EAI_AGAIN|EDNS/, 'server not found'],
  [/ETIMEDOUT|ETIME\b|timeout/i, 'no answer in time'],
  [/EAUTH/, 'the server refused the user name or password'],
  [/EENVELOPE/, 'the server refused an address'],
  [/ECONNRESET|EPIPE/, 'the connection was cut'],
  [/ETLS|certificate|SSL|TLS/i, 'the secure connection failed'],
];

/** A short reason for the delivery log: never the message, never a password. */
export function reasonOf(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') parts.push(code);
    if (typeof message === 'string') parts.push(message);
  }
  const all = parts.join(' ');
  for (const [pattern, reason] of REASONS) if (pattern.test(all)) return reason;
  return 'could not send';
}
