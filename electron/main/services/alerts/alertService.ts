import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import {
  AlertKindSchema,
  AlertSettingsPatchSchema,
  AlertSettingsSchema,
  defaultAlertSettings,
  type AlertKind,
  type AlertSettings,
  type AlertSettingsPatch,
  type AlertSettingsView,
  type AlertStatus,
  type DeliveryChannel,
  type DeliveryRecord,
  type OpenAlert,
  type RaiseResult,
} from '../../../../shared/alerts';
import { defaultSettings, type HouseSettings } from '../../../../shared/settings';
import type { KeyValueStore } from '../keyValueStore';
import { nodemailerTransport, postWebhook, sendMail, type FetchLike, type MailTransportFactory, type SendOutcome } from './alertChannels';
import { alertMessage } from './alertMessage';

/** The kinds that open an alert and light the Staff button; 'test' only goes out on the channels. */
export type RaisedAlertKind = Exclude<AlertKind, 'test'>;

export interface AlertTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AlertServiceOptions {
  /** The alerts' own store ('alerts.json'): settings with the SMTP password, open alerts, the delivery log. */
  store: KeyValueStore;
  /** The house name and language the message is written with. */
  house: () => Pick<HouseSettings, 'houseName' | 'defaultLocale'>;
  now?: () => number;
  timers?: AlertTimers;
  mailTransport?: MailTransportFactory;
  fetch?: FetchLike;
  log?: (message: string) => void;
  /** IANA zone for the time in messages; the machine's own zone when absent. */
  timeZone?: string;
  /** How long one attempt on one channel may take. The wall's answer waits for the first attempts only. */
  attemptTimeoutMs?: number;
  /** The waits before each retry; their count plus one is the number of attempts. */
  retryDelaysMs?: readonly number[];
  newId?: () => string;
}

/** A second raise of the same kind within this time joins the open alert instead of sending again. */
export const REPEAT_WINDOW_MS = 2 * 60_000;
export const MAX_OPEN_ALERTS = 50;
export const MAX_DELIVERIES = 200;
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 8_000;
export const DEFAULT_RETRY_DELAYS_MS = [15_000, 60_000] as const;

interface StoredAlert extends OpenAlert {
  kind: RaisedAlertKind;
  /** A channel has accepted it (first contact); kept up to date by background retries. */
  delivered: boolean;
  noChannels: boolean;
}

type Contact = DeliveryRecord['contact'];
interface Target {
  channel: DeliveryChannel;
  contact: Contact;
}
type Sending = Pick<StoredAlert, 'id' | 'raisedAt'> & { kind: AlertKind };

const StoredAlertSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  kind: v.picklist(['crisis-share', 'urgent-request', 'lockout']),
  raisedAt: v.number(),
  escalated: v.boolean(),
  delivered: v.boolean(),
  noChannels: v.boolean(),
});

const DeliveryRecordSchema = v.object({
  alertId: v.pipe(v.string(), v.maxLength(64)),
  kind: AlertKindSchema,
  channel: v.picklist(['email', 'webhook']),
  contact: v.picklist(['first', 'escalation']),
  at: v.number(),
  attempt: v.number(),
  ok: v.boolean(),
  error: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const FIELD_LABELS: Record<string, string> = {
  'email.host': 'the mail server',
  'email.port': 'the mail server port',
  'email.security': 'the connection security',
  'email.username': 'the user name',
  'email.from': 'the address to send from',
  'email.to': 'the address to send to',
  'email.escalateTo': 'the second address',
  'webhook.format': 'the message format',
  'webhook.url': 'the web address',
  'webhook.escalateUrl': 'the second web address',
  escalateAfterMinutes: 'the minutes before the second contact is told',
  emailPassword: 'the password',
};

const realTimers: AlertTimers = {
  setTimeout(run, ms) {
    const handle = setTimeout(run, ms);
    // Pending retries and escalations must not keep a process alive on their own.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Telling a person. An alert raised at the wall (an urgent hold, an urgent request for staff) or
 * by main itself (a burst of wrong staff PINs) is kept open until a staff member acknowledges it,
 * and goes out on the channels staff turned on, with retries; when nobody acknowledges in time it
 * goes to the second contact. Raising needs no unlock, so it is bounded: a repeat of the same kind
 * joins the open alert, and open alerts and the log are capped. Open alerts and the log live in
 * their own store, so escalation survives a restart; a store that cannot be read never stops an
 * alert from lighting the Staff button (it is kept in memory and the failure logged).
 */
export class AlertService {
  readonly #store: KeyValueStore;
  readonly #house: AlertServiceOptions['house'];
  readonly #now: () => number;
  readonly #timers: AlertTimers;
  readonly #mailTransport: MailTransportFactory;
  readonly #fetch: FetchLike;
  readonly #log: (message: string) => void;
  readonly #timeZone: string | undefined;
  readonly #attemptTimeoutMs: number;
  readonly #retryDelaysMs: readonly number[];
  readonly #newId: () => string;

  #loaded = false;
  /** Said once: the wall asks for the status often. */
  #loadFailureLogged = false;
  #open: StoredAlert[] = [];
  #deliveries: DeliveryRecord[] = [];
  /** The first answer of an alert whose first attempts are still out, for a repeat raise to share. */
  readonly #pending = new Map<string, Promise<RaiseResult>>();
  /** Overdue alerts with no second contact to tell; looked at again when the settings change. */
  readonly #noSecondContact = new Set<string>();
  readonly #sleeps = new Set<unknown>();
  #escalationTimer: unknown;
  #stopped = false;

  constructor(options: AlertServiceOptions) {
    this.#store = options.store;
    this.#house = options.house;
    this.#now = options.now ?? Date.now;
    this.#timers = options.timers ?? realTimers;
    this.#mailTransport = options.mailTransport ?? nodemailerTransport;
    this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.#log = options.log ?? ((message) => console.error(`[alerts] ${message}`));
    this.#timeZone = options.timeZone;
    this.#attemptTimeoutMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
    this.#retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.#newId = options.newId ?? randomUUID;
  }

  /** Restores the open alerts and escalates at once those whose time passed while main was not running. */
  start(): void {
    this.#ensureLoaded();
    this.#scheduleEscalation();
  }

  /** Ends every timer; for tests and shutdown. Open alerts stay in the store. */
  stop(): void {
    this.#stopped = true;
    if (this.#escalationTimer !== undefined) this.#timers.clearTimeout(this.#escalationTimer);
    for (const handle of this.#sleeps) this.#timers.clearTimeout(handle);
    this.#sleeps.clear();
  }

  /**
   * Raises an alert: lights the Staff button and sends on every channel turned on. Answers once
   * each channel's first attempt is done (each bounded by the attempt timeout) or one accepted;
   * failed channels are retried in the background. Main calls it directly, e.g. `raise('lockout')`.
   */
  raise(kind: RaisedAlertKind): Promise<RaiseResult> {
    v.parse(StoredAlertSchema.entries.kind, kind);
    this.#ensureLoaded();
    const now = this.#now();
    const repeat = this.#open.findLast((a) => a.kind === kind && now - a.raisedAt < REPEAT_WINDOW_MS);
    const newest = this.#open.at(-1);
    if (repeat) return this.#outcomeOf(repeat);
    if (this.#open.length >= MAX_OPEN_ALERTS && newest) return this.#outcomeOf(newest);

    const alert: StoredAlert = { id: this.#newId(), kind, raisedAt: now, escalated: false, delivered: false, noChannels: false };
    this.#open.push(alert);
    this.#save('open', this.#open);
    this.#scheduleEscalation();

    const firstRound = this.#deliver(alert, 'first', this.#retryDelaysMs.length + 1);
    if (!firstRound) {
      alert.noChannels = true;
      this.#save('open', this.#open);
      return Promise.resolve(resultOf(alert));
    }
    const answer = firstRound.then((delivered) => {
      this.#pending.delete(alert.id);
      return { id: alert.id, delivered: delivered || alert.delivered, noChannels: false };
    });
    this.#pending.set(alert.id, answer);
    return answer;
  }

  /** What the wall may know: how many alerts wait and since when. */
  status(): AlertStatus {
    this.#ensureLoaded();
    const since = this.#open.reduce<number | null>((oldest, a) => (oldest === null || a.raisedAt < oldest ? a.raisedAt : oldest), null);
    return { waiting: this.#open.length, since };
  }

  /** The waiting alerts, the longest-waiting first. */
  open(): OpenAlert[] {
    this.#ensureLoaded();
    return [...this.#open].sort((a, b) => a.raisedAt - b.raisedAt).map(({ id, kind, raisedAt, escalated }) => ({ id, kind, raisedAt, escalated }));
  }

  /** A staff member has checked: one alert, or every waiting one. Its escalation and retries stop. */
  acknowledge(id?: string): AlertStatus {
    this.#ensureLoaded();
    const remaining = id === undefined ? [] : this.#open.filter((a) => a.id !== id);
    if (remaining.length !== this.#open.length) {
      this.#open = remaining;
      this.#save('open', this.#open);
      this.#scheduleEscalation();
    }
    return this.status();
  }

  /** The channels as staff see them: the SMTP password only as "one is set". Throws when the store cannot be read. */
  settings(): AlertSettingsView {
    const { settings, password } = this.#readSettings();
    return { ...settings, emailPasswordSet: password !== '' };
  }

  /** Changes the channels; a bad value is refused with a clear message and nothing is written. */
  updateSettings(patch: AlertSettingsPatch): AlertSettingsView {
    const checked = parseOrRefuse(AlertSettingsPatchSchema, patch);
    const current = this.#readSettings();
    const next = parseOrRefuse(AlertSettingsSchema, {
      email: { ...current.settings.email, ...defined(checked.email ?? {}) },
      webhook: { ...current.settings.webhook, ...defined(checked.webhook ?? {}) },
      escalateAfterMinutes: checked.escalateAfterMinutes ?? current.settings.escalateAfterMinutes,
    });
    if (next.email.enabled && (next.email.host === '' || next.email.to === '')) {
      throw new RangeError('To turn on e-mail alerts, give the mail server and the address to send to.');
    }
    if (next.webhook.enabled && next.webhook.url === '') {
      throw new RangeError('To turn on alerts to a web address, give the web address.');
    }
    const password = checked.emailPassword ?? current.password;
    // One write, so the settings and the password never get out of step.
    this.#store.set('settings', password === '' ? next : { ...next, emailPassword: password });
    this.#noSecondContact.clear();
    this.#scheduleEscalation();
    return { ...next, emailPasswordSet: password !== '' };
  }

  /** Sends a test alert to every contact of every channel turned on; `delivered` when a first contact accepted it. */
  async test(): Promise<RaiseResult> {
    this.#ensureLoaded();
    const alert: Sending = { id: this.#newId(), kind: 'test', raisedAt: this.#now() };
    const first = this.#deliver(alert, 'first', 1);
    const second = this.#deliver(alert, 'escalation', 1);
    const [delivered] = await Promise.all([first ?? Promise.resolve(false), second]);
    return { id: alert.id, delivered, noChannels: first === null };
  }

  /** Every delivery attempt, newest first, at most MAX_DELIVERIES. */
  deliveries(): DeliveryRecord[] {
    this.#ensureLoaded();
    return this.#deliveries.map((d) => ({ ...d }));
  }

  #outcomeOf(alert: StoredAlert): Promise<RaiseResult> {
    return this.#pending.get(alert.id) ?? Promise.resolve(resultOf(alert));
  }

  /**
   * Starts sending to one contact on every channel that can reach it. Answers null when none can;
   * otherwise whether a first attempt was accepted, as soon as one is or all have failed.
   */
  #deliver(alert: Sending, contact: Contact, attempts: number): Promise<boolean> | null {
    const settings = this.#settingsForSending();
    const targets = settings ? targetsOf(settings, contact) : [];
    if (targets.length === 0) return null;
    return new Promise<boolean>((resolve) => {
      let failed = 0;
      for (const target of targets) {
        void this.#keepTrying(alert, target, attempts, (ok) => {
          if (ok) resolve(true);
          else if (++failed === targets.length) resolve(false);
        });
      }
    });
  }

  async #keepTrying(alert: Sending, target: Target, attempts: number, firstDone: (ok: boolean) => void): Promise<void> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        await this.#sleep(this.#retryDelaysMs[attempt - 2] ?? 0);
        // Nobody needs telling once staff have acknowledged.
        if (this.#stopped || !this.#open.some((a) => a.id === alert.id)) return;
      }
      const outcome = await this.#attempt(alert, target);
      if (outcome) {
        this.#record({ alertId: alert.id, kind: alert.kind, channel: target.channel, contact: target.contact, at: this.#now(), attempt, ok: outcome.ok, ...(outcome.ok ? {} : { error: outcome.error }) });
      }
      if (attempt === 1) firstDone(outcome?.ok ?? false);
      // A channel turned off or emptied since the last attempt is not tried again.
      if (!outcome || outcome.ok) {
        if (outcome?.ok && target.contact === 'first') this.#markDelivered(alert.id);
        return;
      }
    }
  }

  /** One bounded attempt on one channel, with the settings as they are now; null when the channel can no longer reach the contact. */
  #attempt(alert: Sending, target: Target): Promise<SendOutcome> | null {
    const read = this.#settingsForSending();
    if (!read || !targetsOf(read, target.contact).some((t) => t.channel === target.channel)) return null;
    const { settings } = read;
    const house = this.#houseForMessage();
    const elapsedMinutes = Math.max(1, Math.floor((this.#now() - alert.raisedAt) / 60_000));
    const message = alertMessage({
      kind: alert.kind,
      houseName: house.houseName,
      locale: house.defaultLocale,
      raisedAt: alert.raisedAt,
      ...(target.contact === 'escalation' ? { escalation: { afterMinutes: elapsedMinutes } } : {}),
      ...(this.#timeZone ? { timeZone: this.#timeZone } : {}),
    });
    return this.#bounded((signal) => {
      if (target.channel === 'email') {
        const { email } = settings;
        const to = target.contact === 'first' ? email.to : email.escalateTo;
        const from = email.from || (email.username.includes('@') ? email.username : to);
        return sendMail(
          this.#mailTransport,
          { host: email.host, port: email.port, security: email.security, username: email.username, password: read.password, timeoutMs: this.#attemptTimeoutMs },
          { from, to, subject: message.subject, text: message.text },
        );
      }
      const { webhook } = settings;
      const url = target.contact === 'first' ? webhook.url : webhook.escalateUrl;
      const body = {
        source: 'hearth' as const,
        house: house.houseName,
        kind: alert.kind,
        escalation: target.contact === 'escalation',
        raisedAt: new Date(alert.raisedAt).toISOString(),
        alertId: alert.id,
        message: message.text,
      };
      return postWebhook(this.#fetch, url, webhook.format, body, signal);
    });
  }

  /** Runs one send, answering a failure when it takes longer than the attempt timeout. */
  #bounded(send: (signal: AbortSignal) => Promise<SendOutcome>): Promise<SendOutcome> {
    const controller = new AbortController();
    return new Promise<SendOutcome>((resolve) => {
      const timer = this.#timers.setTimeout(() => {
        controller.abort();
        resolve({ ok: false, error: 'no answer in time' });
      }, this.#attemptTimeoutMs);
      send(controller.signal)
        .catch((error: unknown) => ({ ok: false as const, error: String(error).slice(0, 120) }))
        .then((outcome) => {
          this.#timers.clearTimeout(timer);
          resolve(outcome);
        });
    });
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const handle = this.#timers.setTimeout(() => {
        this.#sleeps.delete(handle);
        resolve();
      }, ms);
      this.#sleeps.add(handle);
    });
  }

  /** One timer for the earliest alert due to escalate; set again whenever the open alerts or the settings change. */
  #scheduleEscalation(): void {
    if (this.#escalationTimer !== undefined) this.#timers.clearTimeout(this.#escalationTimer);
    this.#escalationTimer = undefined;
    if (this.#stopped) return;
    const afterMs = this.#escalateAfterMs();
    const due = this.#open.filter((a) => !a.escalated && !this.#noSecondContact.has(a.id)).map((a) => a.raisedAt + afterMs);
    if (due.length === 0) return;
    this.#escalationTimer = this.#timers.setTimeout(() => {
      this.#escalationTimer = undefined;
      this.#escalateDue();
    }, Math.max(0, Math.min(...due) - this.#now()));
  }

  #escalateDue(): void {
    const now = this.#now();
    const afterMs = this.#escalateAfterMs();
    let changed = false;
    for (const alert of this.#open) {
      if (alert.escalated || this.#noSecondContact.has(alert.id) || now - alert.raisedAt < afterMs) continue;
      const sending = this.#deliver(alert, 'escalation', this.#retryDelaysMs.length + 1);
      if (sending) {
        alert.escalated = true;
        changed = true;
      } else {
        this.#noSecondContact.add(alert.id);
      }
    }
    if (changed) this.#save('open', this.#open);
    this.#scheduleEscalation();
  }

  #escalateAfterMs(): number {
    return (this.#settingsForSending()?.settings.escalateAfterMinutes ?? defaultAlertSettings().escalateAfterMinutes) * 60_000;
  }

  #markDelivered(id: string): void {
    const alert = this.#open.find((a) => a.id === id);
    if (!alert || alert.delivered) return;
    alert.delivered = true;
    this.#save('open', this.#open);
  }

  #record(delivery: DeliveryRecord): void {
    this.#deliveries = [delivery, ...this.#deliveries].slice(0, MAX_DELIVERIES);
    this.#save('deliveries', this.#deliveries);
  }

  /** The stored settings, each part kept when valid and defaulted when not; the password apart. Throws when the store cannot be read. */
  #readSettings(): { settings: AlertSettings; password: string } {
    const stored = this.#store.get('settings');
    const raw = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
    const defaults = defaultAlertSettings();
    const part = <K extends keyof AlertSettings>(key: K): AlertSettings[K] => {
      const parsed = v.safeParse(AlertSettingsSchema.entries[key], raw[key]);
      return parsed.success ? (parsed.output as AlertSettings[K]) : defaults[key];
    };
    const settings: AlertSettings = { email: part('email'), webhook: part('webhook'), escalateAfterMinutes: part('escalateAfterMinutes') };
    return { settings, password: typeof raw.emailPassword === 'string' ? raw.emailPassword : '' };
  }

  /** As #readSettings, but an unreadable store means "no channel" rather than a failed raise. */
  #settingsForSending(): { settings: AlertSettings; password: string } | null {
    try {
      return this.#readSettings();
    } catch (error) {
      this.#log(`The alert settings cannot be read, so no alert can go out: ${String(error)}`);
      return null;
    }
  }

  #houseForMessage(): Pick<HouseSettings, 'houseName' | 'defaultLocale'> {
    try {
      const { houseName, defaultLocale } = this.#house();
      return { houseName, defaultLocale };
    } catch {
      // A damaged settings file must not stop an alert: it goes out with the default name.
      const { houseName, defaultLocale } = defaultSettings();
      return { houseName, defaultLocale };
    }
  }

  /** Reads the open alerts and the log once; when the store cannot be read, keeps going in memory and tries again next time. */
  #ensureLoaded(): void {
    if (this.#loaded) return;
    let open: unknown;
    let deliveries: unknown;
    try {
      open = this.#store.get('open');
      deliveries = this.#store.get('deliveries');
    } catch (error) {
      if (!this.#loadFailureLogged) this.#log(`The alerts file cannot be read; alerts are kept in memory until it can: ${String(error)}`);
      this.#loadFailureLogged = true;
      return;
    }
    const known = new Set(this.#open.map((a) => a.id));
    const stored = validItems(StoredAlertSchema, open).filter((a) => !known.has(a.id));
    this.#open = [...stored, ...this.#open].sort((a, b) => a.raisedAt - b.raisedAt).slice(-MAX_OPEN_ALERTS);
    this.#deliveries = [...this.#deliveries, ...validItems(DeliveryRecordSchema, deliveries)].sort((a, b) => b.at - a.at).slice(0, MAX_DELIVERIES);
    this.#loaded = true;
  }

  #save(key: 'open' | 'deliveries', value: unknown): void {
    if (!this.#loaded) return;
    try {
      this.#store.set(key, value);
    } catch (error) {
      this.#log(`Could not write the alerts file (${key}); the alert is kept in memory: ${String(error)}`);
    }
  }
}

function targetsOf({ settings }: { settings: AlertSettings }, contact: Contact): Target[] {
  const { email, webhook } = settings;
  const targets: Target[] = [];
  const mailTo = contact === 'first' ? email.to : email.escalateTo;
  if (email.enabled && email.host !== '' && mailTo !== '') targets.push({ channel: 'email', contact });
  const url = contact === 'first' ? webhook.url : webhook.escalateUrl;
  if (webhook.enabled && url !== '') targets.push({ channel: 'webhook', contact });
  return targets;
}

function resultOf(alert: StoredAlert): RaiseResult {
  return { id: alert.id, delivered: alert.delivered, noChannels: alert.noChannels };
}

function validItems<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = v.safeParse(schema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, x]) => x !== undefined)) as Partial<T>;
}

/** Parses, or refuses with the field and what it should be, e.g. "Check the address to send to: an e-mail address such as …". */
function parseOrRefuse<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const path = v.getDotPath(issue) ?? '';
  const label = FIELD_LABELS[path] ?? (path || 'the alert settings');
  throw new RangeError(`Check ${label}: ${issue.message}.`);
}
