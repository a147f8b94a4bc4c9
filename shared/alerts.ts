import * as v from 'valibot';

/**
 * Telling a person: when the wall holds an urgent share, or a resident asks for staff urgently,
 * main raises an alert. It lights a discreet mark on the wall's Staff button until a staff member
 * acknowledges it, and goes out on the channels staff turned on (e-mail, an HTTP POST). An alert
 * never carries a share's text or anyone's name: only the house, the place, the time and why.
 */

/** Why an alert was raised. 'lockout': a burst of wrong staff PINs at the wall. */
export const ALERT_KINDS = ['crisis-share', 'urgent-request', 'lockout', 'test'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const AlertKindSchema = v.picklist(ALERT_KINDS);

/** The wall's own reasons to raise an alert; 'test' comes only from staff, 'lockout' only from main. */
export const WallAlertKindSchema = v.picklist(['crisis-share', 'urgent-request']);

const email = v.pipe(v.string(), v.trim(), v.maxLength(254), v.email('an e-mail address such as office@example.org'));
const optionalEmail = v.union([v.literal(''), email]);
const httpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(2000),
  v.url('a web address starting with http:// or https://'),
  v.regex(/^https?:\/\//i, 'a web address starting with http:// or https://'),
);
const optionalUrl = v.union([v.literal(''), httpUrl]);

/** E-mail over SMTP. The password is write-only: main never sends it back to the renderer. */
export const EmailChannelSchema = v.object({
  enabled: v.boolean(),
  host: v.pipe(v.string(), v.trim(), v.maxLength(253), v.regex(/^[A-Za-z0-9.-]*$/, 'a server name such as smtp.example.org')),
  port: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535)),
  /** 'tls': TLS from the start (usually port 465); 'starttls': upgrade after connecting (usually 587); 'none': local relays only. */
  security: v.picklist(['tls', 'starttls', 'none']),
  username: v.pipe(v.string(), v.maxLength(254)),
  from: optionalEmail,
  to: optionalEmail,
  /** Told when nobody acknowledges in time. */
  escalateTo: optionalEmail,
});
export type EmailChannel = v.InferOutput<typeof EmailChannelSchema>;

/** An HTTP POST: a small JSON body for webhooks, or the message as plain text for ntfy-style push topics. */
export const WebhookChannelSchema = v.object({
  enabled: v.boolean(),
  format: v.picklist(['json', 'text']),
  url: optionalUrl,
  escalateUrl: optionalUrl,
});
export type WebhookChannel = v.InferOutput<typeof WebhookChannelSchema>;

export const AlertSettingsSchema = v.object({
  email: EmailChannelSchema,
  webhook: WebhookChannelSchema,
  /** Minutes without an acknowledgement before the second contact is told. */
  escalateAfterMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
});
export type AlertSettings = v.InferOutput<typeof AlertSettingsSchema>;

/** What staff may change; the password is set on its own (empty clears it) and never read back. */
export const AlertSettingsPatchSchema = v.object({
  email: v.optional(v.partial(EmailChannelSchema)),
  webhook: v.optional(v.partial(WebhookChannelSchema)),
  escalateAfterMinutes: v.optional(AlertSettingsSchema.entries.escalateAfterMinutes),
  emailPassword: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type AlertSettingsPatch = v.InferOutput<typeof AlertSettingsPatchSchema>;

/** The settings as staff mode sees them: the password only as "one is set". */
export interface AlertSettingsView extends AlertSettings {
  emailPasswordSet: boolean;
}

export function defaultAlertSettings(): AlertSettings {
  return {
    email: { enabled: false, host: '', port: 587, security: 'starttls', username: '', from: '', to: '', escalateTo: '' },
    webhook: { enabled: false, format: 'json', url: '', escalateUrl: '' },
    escalateAfterMinutes: 10,
  };
}

/** One alert waiting for a staff member to acknowledge it. */
export interface OpenAlert {
  id: string;
  kind: AlertKind;
  raisedAt: number;
  /** Whether the second contact has been told. */
  escalated: boolean;
}

/** What the wall may know: enough to light the Staff button, nothing about who or what. */
export interface AlertStatus {
  waiting: number;
  /** When the oldest waiting alert was raised; null when none waits. */
  since: number | null;
}

/** The answer to raising an alert: the wall says "We've let staff know" only when `delivered`. */
export interface RaiseResult {
  id: string;
  /** At least one channel accepted the alert (an SMTP server took the message, a URL answered 2xx). */
  delivered: boolean;
  /** No channel is turned on: the wall shows where to find staff instead. */
  noChannels: boolean;
}

export type DeliveryChannel = 'email' | 'webhook';

/** One attempt to deliver an alert, for the log staff can read. */
export interface DeliveryRecord {
  alertId: string;
  kind: AlertKind;
  channel: DeliveryChannel;
  /** 'first' contact or the 'escalation' contact. */
  contact: 'first' | 'escalation';
  at: number;
  attempt: number;
  ok: boolean;
  /** A short reason when it failed (e.g. "connection refused"), never the message itself. */
  error?: string;
}
