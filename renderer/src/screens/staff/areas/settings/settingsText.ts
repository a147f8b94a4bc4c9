import type { AlertKind, DeliveryChannel, DeliveryRecord, EmailChannel, WebhookChannel } from '../../../../../../shared/alerts';
import type { HouseSettings } from '../../../../../../shared/settings';
import type { MessageKey } from '../../../../lib/messageKey';

/**
 * The words for settings and their choices, by the names the settings have in shared/: a setting
 * or a choice added there without words here fails the type check.
 */

/** Each house setting's name, as the audit log says what changed. */
export const SETTING_NAMES: Record<keyof HouseSettings, MessageKey> = {
  houseName: 'staff:settings.change.names.houseName',
  languages: 'staff:settings.change.names.languages',
  defaultLocale: 'staff:settings.change.names.defaultLocale',
  idleTimeoutSeconds: 'staff:settings.change.names.idleTimeoutSeconds',
  staffRelockSeconds: 'staff:settings.change.names.staffRelockSeconds',
  shareRetentionDays: 'staff:settings.change.names.shareRetentionDays',
  attendanceRetentionDays: 'staff:settings.change.names.attendanceRetentionDays',
  signInMode: 'staff:settings.change.names.signInMode',
  signInOpensMinutesBefore: 'staff:settings.change.names.signInOpensMinutesBefore',
  moderationMode: 'staff:settings.change.names.moderationMode',
  showRelateCounts: 'staff:settings.change.names.showRelateCounts',
  shareMaxLength: 'staff:settings.change.names.shareMaxLength',
  crisisText: 'staff:settings.change.names.crisisText',
  nightHours: 'staff:settings.change.names.nightHours',
  reducedMotion: 'staff:settings.change.names.reducedMotion',
  alertChime: 'staff:settings.change.names.alertChime',
  staffLocation: 'staff:settings.change.names.staffLocation',
  watchWords: 'staff:settings.change.names.watchWords',
};

export const SIGN_IN_MODE_TEXT: Record<HouseSettings['signInMode'], MessageKey> = {
  symbol: 'staff:settings.signInModes.symbol',
  'symbol+code': 'staff:settings.signInModes.symbol+code',
  headcount: 'staff:settings.signInModes.headcount',
};

export const MODERATION_MODE_TEXT: Record<HouseSettings['moderationMode'], MessageKey> = {
  flagged: 'staff:settings.moderationModes.flagged',
  all: 'staff:settings.moderationModes.all',
};

export const SECURITY_TEXT: Record<EmailChannel['security'], MessageKey> = {
  starttls: 'staff:alerts.security.starttls',
  tls: 'staff:alerts.security.tls',
  none: 'staff:alerts.security.none',
};

export const FORMAT_TEXT: Record<WebhookChannel['format'], MessageKey> = {
  json: 'staff:alerts.format.json',
  text: 'staff:alerts.format.text',
};

/** Each alert setting's name, as the audit log says what changed. */
export const EMAIL_FIELD_NAMES: Record<keyof EmailChannel, MessageKey> = {
  enabled: 'staff:alerts.change.names.email.enabled',
  host: 'staff:alerts.change.names.email.host',
  port: 'staff:alerts.change.names.email.port',
  security: 'staff:alerts.change.names.email.security',
  username: 'staff:alerts.change.names.email.username',
  from: 'staff:alerts.change.names.email.from',
  to: 'staff:alerts.change.names.email.to',
  escalateTo: 'staff:alerts.change.names.email.escalateTo',
};

export const WEBHOOK_FIELD_NAMES: Record<keyof WebhookChannel, MessageKey> = {
  enabled: 'staff:alerts.change.names.webhook.enabled',
  url: 'staff:alerts.change.names.webhook.url',
  format: 'staff:alerts.change.names.webhook.format',
  escalateUrl: 'staff:alerts.change.names.webhook.escalateUrl',
};

export const ALERT_KIND_TEXT: Record<AlertKind, MessageKey> = {
  'crisis-share': 'staff:alerts.kinds.crisis-share',
  'urgent-request': 'staff:alerts.kinds.urgent-request',
  lockout: 'staff:alerts.kinds.lockout',
  test: 'staff:alerts.kinds.test',
};

export const DELIVERY_CHANNEL_TEXT: Record<DeliveryChannel, MessageKey> = {
  email: 'staff:alerts.log.channel.email',
  webhook: 'staff:alerts.log.channel.webhook',
};

export const CONTACT_TEXT: Record<DeliveryRecord['contact'], MessageKey> = {
  first: 'staff:alerts.log.contact.first',
  escalation: 'staff:alerts.log.contact.escalation',
};
