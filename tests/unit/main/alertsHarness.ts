import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlertService, type AlertServiceOptions, type AlertTimers } from '../../../electron/main/services/alerts/alertService';
import type { FetchLike, MailTransportFactory, OutgoingMail, SmtpOptions } from '../../../electron/main/services/alerts/alertChannels';
import { openConfStore } from '../../../electron/main/services/confStore';
import { openMainStores } from '../../../electron/main/services/storeBackup';
import type { AlertSettingsPatch } from '../../../shared/alerts';
import type { Locale } from '../../../shared/locale';

/** 14:02 UTC: every test formats times in UTC, so the message's clock reads "14:02". */
export const RAISED_AT = Date.UTC(2026, 2, 10, 14, 2, 0);

/** Lets every promise chain that is ready run to its end (sends, log writes, answers). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A clock and timers that move only when a test moves them. */
export class FakeTime {
  ms = RAISED_AT;
  readonly #pending = new Map<number, { at: number; run: () => void }>();
  #nextId = 1;

  now = () => this.ms;

  timers: AlertTimers = {
    setTimeout: (run, ms) => {
      const id = this.#nextId++;
      this.#pending.set(id, { at: this.ms + Math.max(0, ms), run });
      return id;
    },
    clearTimeout: (handle) => void this.#pending.delete(handle as number),
  };

  get pendingTimers(): number {
    return this.#pending.size;
  }

  /** Moves time forward, running every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.ms + ms;
    await settle();
    for (;;) {
      const next = [...this.#pending.entries()].filter(([, t]) => t.at <= end).sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
      if (!next) break;
      const [id, timer] = next;
      this.#pending.delete(id);
      this.ms = timer.at;
      timer.run();
      await settle();
    }
    this.ms = end;
    await settle();
  }

  async advanceMinutes(minutes: number): Promise<void> {
    await this.advance(minutes * 60_000);
  }
}

type MailBehaviour = (mail: OutgoingMail, attempt: number) => Promise<unknown>;

/** An SMTP transport that records every message and answers as the test scripts it. */
export class FakeMail {
  readonly sent: { options: SmtpOptions; mail: OutgoingMail }[] = [];
  behaviour: MailBehaviour = async (mail) => ({ accepted: [mail.to] });

  factory: MailTransportFactory = (options) => ({
    sendMail: (mail) => {
      this.sent.push({ options, mail });
      return this.behaviour(mail, this.sent.length);
    },
  });

  to(address: string): OutgoingMail[] {
    return this.sent.filter((s) => s.mail.to === address).map((s) => s.mail);
  }
}

type FetchBehaviour = (url: string, init: RequestInit) => Promise<Response>;

/** A fetch that records every request and answers as the test scripts it (204 by default). */
export class FakeFetch {
  readonly requests: { url: string; init: RequestInit }[] = [];
  behaviour: FetchBehaviour = async () => new Response(null, { status: 204 });

  fetch: FetchLike = (url, init) => {
    this.requests.push({ url, init });
    return this.behaviour(url, init);
  };

  to(url: string): { url: string; init: RequestInit }[] {
    return this.requests.filter((r) => r.url === url);
  }
}

export const refused = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' }));

export const freshAlertsDir = () => mkdtempSync(join(tmpdir(), 'hearth-alerts-'));

export const EMAIL_ON: AlertSettingsPatch = {
  email: { enabled: true, host: 'smtp.example.org', port: 587, security: 'starttls', from: 'hearth@example.org', to: 'office@example.org', escalateTo: 'manager@example.org' },
};
export const WEBHOOK_ON: AlertSettingsPatch = {
  webhook: { enabled: true, format: 'json', url: 'https://hooks.example.org/hearth', escalateUrl: 'https://hooks.example.org/manager' },
};

export interface HarnessOptions {
  dir?: string;
  time?: FakeTime;
  houseName?: string;
  locale?: Locale;
  extra?: Partial<AlertServiceOptions>;
}

/** An alert service on main's own kept store in a fresh folder, with fake time, mail and fetch. */
export function alertHarness(options: HarnessOptions = {}) {
  const dir = options.dir ?? freshAlertsDir();
  const time = options.time ?? new FakeTime();
  const mail = new FakeMail();
  const web = new FakeFetch();
  const log: string[] = [];
  const stores = openMainStores({ dataDir: dir, openStore: openConfStore, log: (m) => log.push(m) });
  const house = { houseName: options.houseName ?? 'Maple House', defaultLocale: options.locale ?? 'en' };
  const service = new AlertService({
    store: stores.alerts,
    house: () => house,
    now: time.now,
    timers: time.timers,
    mailTransport: mail.factory,
    fetch: web.fetch,
    timeZone: 'UTC',
    log: (m) => log.push(m),
    ...options.extra,
  });
  service.start();
  return { service, time, mail, web, dir, log, house, storePath: stores.alerts.path };
}
