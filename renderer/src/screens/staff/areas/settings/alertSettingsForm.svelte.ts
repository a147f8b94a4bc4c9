import * as v from 'valibot';
import {
  AlertSettingsPatchSchema,
  defaultAlertSettings,
  type AlertSettings,
  type AlertSettingsPatch,
  type AlertSettingsView,
  type DeliveryRecord,
  type EmailChannel,
  type WebhookChannel,
} from '../../../../../../shared/alerts';
import type { BridgeError } from '../../../../../../shared/bridge/channel';
import { t } from '../../../../lib/i18n.svelte';
import { kiosk } from '../../../../lib/kiosk';
import type { MessageKey } from '../../../../lib/messageKey';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { formatAmount } from './amounts';
import { EMAIL_FIELD_NAMES, FORMAT_TEXT, SECURITY_TEXT, WEBHOOK_FIELD_NAMES } from './settingsText';

export type PasswordChoice = 'keep' | 'replace' | 'clear';
type Notice = { key: MessageKey; kind: 'error' | 'saved' };

const EMAIL_FIELDS = ['enabled', 'host', 'port', 'security', 'username', 'from', 'to', 'escalateTo'] as const;
const WEBHOOK_FIELDS = ['enabled', 'url', 'format', 'escalateUrl'] as const;

/** Fields a turned-on channel cannot do without. */
const NEEDED_FOR_EMAIL = ['host', 'to'] as const;

function settingsOf(view: AlertSettingsView): AlertSettings {
  return { email: { ...view.email }, webhook: { ...view.webhook }, escalateAfterMinutes: view.escalateAfterMinutes };
}

/**
 * Where alerts go: e-mail and a web address, each on or off, and when the second contact is told.
 * Main keeps these and checks them again; the e-mail password is only ever sent, never read back.
 */
export class AlertSettingsForm {
  /** Main's settings; null until read, or when the alert service did not answer. */
  saved = $state.raw<AlertSettingsView | null>(null);
  draft = $state<AlertSettings>(defaultAlertSettings());
  /** The port as typed on the keyboard; checked when saving. */
  port = $state('587');
  passwordChoice = $state<PasswordChoice>('keep');
  password = $state('');
  /** Locale keys of what is wrong, by field path such as 'email.host'. */
  errors = $state.raw<Record<string, MessageKey>>({});
  notice = $state.raw<Notice | null>(null);
  /** The alert service did not answer: the section says so instead of showing empty settings. */
  unavailable = $state(false);
  saving = $state(false);
  testing = $state(false);
  testNotice = $state.raw<{ key: MessageKey; kind: 'done' | 'error' } | null>(null);
  deliveries = $state.raw<DeliveryRecord[]>([]);

  async load() {
    const [settings, deliveries] = await Promise.all([kiosk.alerts.settings(), kiosk.alerts.deliveries()]);
    if (!settings.ok) {
      this.#refusedByMain(settings.error);
      this.unavailable = true;
      return;
    }
    this.unavailable = false;
    this.#show(settings.value);
    if (deliveries.ok) this.deliveries = deliveries.value;
  }

  /** The changes staff made, as main takes them; the password only when replaced or cleared. */
  get patch(): AlertSettingsPatch {
    const saved = this.saved;
    if (!saved) return {};
    const draft = { ...this.draft, email: { ...this.draft.email, port: Number(this.port.trim()) } };
    const email = Object.fromEntries(EMAIL_FIELDS.filter((f) => draft.email[f] !== saved.email[f]).map((f) => [f, draft.email[f]]));
    const webhook = Object.fromEntries(WEBHOOK_FIELDS.filter((f) => draft.webhook[f] !== saved.webhook[f]).map((f) => [f, draft.webhook[f]]));
    return {
      ...(Object.keys(email).length ? { email } : {}),
      ...(Object.keys(webhook).length ? { webhook } : {}),
      ...(draft.escalateAfterMinutes !== saved.escalateAfterMinutes ? { escalateAfterMinutes: draft.escalateAfterMinutes } : {}),
      ...(this.passwordChoice === 'replace' && this.password !== '' ? { emailPassword: this.password } : {}),
      ...(this.passwordChoice === 'clear' && saved.emailPasswordSet ? { emailPassword: '' } : {}),
    };
  }

  get changed(): boolean {
    return Object.keys(this.patch).length > 0;
  }

  choosePassword(choice: PasswordChoice) {
    this.passwordChoice = choice;
    this.password = '';
  }

  undo() {
    if (this.saved) this.#show(this.saved);
    this.errors = {};
    this.notice = null;
  }

  async save() {
    if (this.saving || !this.saved || !this.changed) return;
    this.notice = null;
    const errors = this.#check();
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      this.notice = { key: 'staff:alerts.notSaved', kind: 'error' };
      return;
    }
    const patch = this.patch;
    const before = this.saved;
    this.saving = true;
    try {
      const result = await kiosk.alerts.updateSettings({ patch });
      if (!result.ok) {
        this.#refusedByMain(result.error);
        return;
      }
      await staffSession.record('staff.alertSettingsChanged', describeAlertChange(before, result.value, patch));
      this.#show(result.value);
      this.notice = { key: 'staff:alerts.saved', kind: 'saved' };
    } finally {
      this.saving = false;
    }
  }

  /** Sends a test alert on every channel turned on, with the saved settings, and says whether one took it. */
  async test() {
    if (this.testing) return;
    this.testing = true;
    this.testNotice = null;
    try {
      const result = await kiosk.alerts.test();
      if (!result.ok) {
        if (result.error.code === 'forbidden') staffSession.handleRefusal(result.error);
        this.testNotice = { key: 'staff:alerts.testUnavailable', kind: 'error' };
        return;
      }
      await staffSession.record('staff.alertTested', t(result.value.delivered ? 'staff:alerts.testAccepted' : 'staff:alerts.testNotAccepted'));
      this.testNotice = result.value.delivered
        ? { key: 'staff:alerts.testAccepted', kind: 'done' }
        : { key: result.value.noChannels ? 'staff:alerts.testNoChannels' : 'staff:alerts.testNotAccepted', kind: 'error' };
      const deliveries = await kiosk.alerts.deliveries();
      if (deliveries.ok) this.deliveries = deliveries.value;
    } finally {
      this.testing = false;
    }
  }

  #show(view: AlertSettingsView) {
    this.saved = view;
    this.draft = settingsOf(view);
    this.port = String(view.email.port);
    this.passwordChoice = 'keep';
    this.password = '';
  }

  /** The same checks main makes, before anything is sent: a bad value changes nothing. */
  #check(): Record<string, MessageKey> {
    const errors: Record<string, MessageKey> = {};
    if (!/^\d{1,5}$/.test(this.port.trim())) errors['email.port'] = 'staff:alerts.invalid.port';
    const parsed = v.safeParse(AlertSettingsPatchSchema, this.patch);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const path = v.getDotPath(issue);
        if (path) errors[path] ??= invalidKey(path);
      }
    }
    const draft = this.draft;
    if (draft.email.enabled) {
      for (const field of NEEDED_FOR_EMAIL) if (draft.email[field].trim() === '') errors[`email.${field}`] ??= 'staff:alerts.invalid.neededForEmail';
    }
    if (draft.webhook.enabled && draft.webhook.url.trim() === '') errors['webhook.url'] ??= 'staff:alerts.invalid.neededForWebhook';
    return errors;
  }

  #refusedByMain(error: BridgeError) {
    if (error.code === 'forbidden') {
      staffSession.handleRefusal(error);
      return;
    }
    const errors: Record<string, MessageKey> = {};
    for (const issue of error.issues ?? []) {
      const path = /^patch\.([\w.]+)/.exec(issue)?.[1];
      if (path) errors[path === 'emailPassword' ? 'password' : path] = invalidKey(path);
    }
    this.errors = errors;
    this.notice = { key: Object.keys(errors).length > 0 ? 'staff:alerts.notSaved' : 'staff:alerts.unavailable', kind: 'error' };
  }
}

/** The message for a field main or the schema refused: its own when there is one, else a general one. */
function invalidKey(path: string): MessageKey {
  const field = path.split('.').at(-1) ?? '';
  if (field === 'port') return 'staff:alerts.invalid.port';
  if (['from', 'to', 'escalateTo'].includes(field)) return 'staff:alerts.invalid.email';
  if (['url', 'escalateUrl'].includes(field)) return 'staff:alerts.invalid.url';
  if (field === 'host') return 'staff:alerts.invalid.host';
  if (field === 'escalateAfterMinutes') return 'staff:alerts.invalid.minutes';
  return 'staff:settings.invalid.generic';
}

function typedValue(value: string | number | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return t(value ? 'staff:settings.change.on' : 'staff:settings.change.off');
  if (value === '') return t('staff:alerts.change.empty');
  return typeof value === 'number' ? String(value) : t('staff:settings.change.quoted', { text: value });
}

/** What changed, in plain words for the audit log; the password only as "replaced" or "cleared". */
export function describeAlertChange(before: AlertSettingsView, after: AlertSettingsView, patch: AlertSettingsPatch): string {
  const parts: string[] = [];
  const changed = (name: MessageKey, value: string | undefined) => {
    if (value !== undefined) parts.push(`${t(name)}: ${value}`);
  };
  const { email = {}, webhook = {} } = patch;
  // A choice reads as its words; anything else as typed.
  const emailValue = (field: keyof EmailChannel) => (field === 'security' ? email.security && t(SECURITY_TEXT[email.security]) : typedValue(email[field]));
  const webhookValue = (field: keyof WebhookChannel) => (field === 'format' ? webhook.format && t(FORMAT_TEXT[webhook.format]) : typedValue(webhook[field]));
  for (const field of EMAIL_FIELDS) changed(EMAIL_FIELD_NAMES[field], emailValue(field));
  for (const field of WEBHOOK_FIELDS) changed(WEBHOOK_FIELD_NAMES[field], webhookValue(field));
  if (patch.escalateAfterMinutes !== undefined) {
    parts.push(`${t('staff:alerts.change.names.escalateAfterMinutes')}: ${formatAmount(after.escalateAfterMinutes, 'minute')}`);
  }
  if (patch.emailPassword !== undefined) {
    parts.push(t(patch.emailPassword === '' ? 'staff:alerts.change.passwordCleared' : before.emailPasswordSet ? 'staff:alerts.change.passwordReplaced' : 'staff:alerts.change.passwordSet'));
  }
  return parts.join('; ');
}
