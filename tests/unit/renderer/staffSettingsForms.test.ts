import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAlertSettings, type AlertSettingsView } from '../../../shared/alerts';
import { defaultSettings } from '../../../shared/settings';

/*
 * The staff settings forms: words to watch, alert settings and what the audit log says about them.
 * Main is replaced by `kiosk` here; every answer is what main's contract promises.
 */

const kiosk = {
  alerts: {
    settings: vi.fn(),
    deliveries: vi.fn(),
    updateSettings: vi.fn(),
    test: vi.fn(),
  },
};
vi.mock('../../../renderer/src/lib/kiosk', () => ({
  kiosk,
  KioskError: class extends Error {},
  unwrap: async <T>(pending: Promise<{ ok: true; value: T }>) => (await pending).value,
}));
const record = vi.fn(async () => {});
vi.mock('../../../renderer/src/lib/staffSession.svelte', () => ({ staffSession: { record, handleRefusal: vi.fn(), configure: vi.fn(), onLock: vi.fn() } }));

vi.stubGlobal('document', { documentElement: { lang: 'en' } });
const { language } = await import('../../../renderer/src/lib/i18n.svelte');
const { houseSettings } = await import('../../../renderer/src/lib/settings.svelte');
const { SettingsForm } = await import('../../../renderer/src/screens/staff/areas/settings/settingsForm.svelte');
const { describeSettingsChange } = await import('../../../renderer/src/screens/staff/areas/settings/settingsAudit');
const { AlertSettingsForm, describeAlertChange } = await import('../../../renderer/src/screens/staff/areas/settings/alertSettingsForm.svelte');

const view = (fields: Partial<AlertSettingsView> = {}): AlertSettingsView => ({ ...defaultAlertSettings(), emailPasswordSet: false, ...fields });

beforeAll(async () => {
  language.set('en');
  await language.loadStaffText();
});

beforeEach(() => {
  vi.clearAllMocks();
  houseSettings.current = { ...defaultSettings(), watchWords: ['bluebird'] };
  kiosk.alerts.settings.mockResolvedValue({ ok: true, value: view() });
  kiosk.alerts.deliveries.mockResolvedValue({ ok: true, value: [] });
});

describe('words to watch', () => {
  it('adds a word once, tidied, and refuses one too short or already there without changing the list', () => {
    const form = new SettingsForm();
    expect(form.addWatchWord('  Spice   girl ')).toBeNull();
    expect(form.draft.watchWords).toEqual(['bluebird', 'Spice girl']);
    expect(form.addWatchWord('x')).toBe('staff:watchWords.invalid.length');
    expect(form.addWatchWord('BLUEBIRD')).toBe('staff:watchWords.invalid.known');
    expect(form.draft.watchWords).toEqual(['bluebird', 'Spice girl']);
    form.removeWatchWord('bluebird');
    expect(form.changed).toEqual(['watchWords']);
  });

  it('refuses a word beyond the longest list the settings allow', () => {
    houseSettings.current = { ...defaultSettings(), watchWords: Array.from({ length: 200 }, (_, i) => `word${i}`) };
    const form = new SettingsForm();
    expect(form.addWatchWord('one more')).toBe('staff:watchWords.invalid.tooMany');
    expect(form.draft.watchWords).toHaveLength(200);
  });

  it('are audited in plain words, as other settings are', () => {
    const before = defaultSettings();
    const after = { ...before, watchWords: ['bluebird'], alertChime: true, moderationMode: 'all' as const };
    expect(describeSettingsChange(before, after, { watchWords: ['bluebird'], alertChime: true, moderationMode: 'all' })).toBe(
      'Words to watch: added “bluebird”; Chime at the wall: on; Which shares staff read first: Every share, before it shows',
    );
  });
});

describe('alert settings', () => {
  it('refuses bad input with a message per field and sends nothing to main', async () => {
    const form = new AlertSettingsForm();
    await form.load();
    form.draft.email.enabled = true;
    form.draft.email.from = 'office';
    form.port = '70000x';
    await form.save();
    expect(kiosk.alerts.updateSettings).not.toHaveBeenCalled();
    expect(form.errors).toMatchObject({
      'email.port': 'staff:alerts.invalid.port',
      'email.from': 'staff:alerts.invalid.email',
      'email.host': 'staff:alerts.invalid.neededForEmail',
      'email.to': 'staff:alerts.invalid.neededForEmail',
    });
    expect(form.notice).toEqual({ key: 'staff:alerts.notSaved', kind: 'error' });
    expect(record).not.toHaveBeenCalled();
  });

  it('sends only what changed, and the password only when it is replaced or cleared', async () => {
    kiosk.alerts.settings.mockResolvedValue({ ok: true, value: view({ emailPasswordSet: true }) });
    const form = new AlertSettingsForm();
    await form.load();
    expect(form.changed).toBe(false);
    form.draft.webhook.enabled = true;
    form.draft.webhook.url = 'https://ntfy.example.org/house';
    expect(form.patch).toEqual({ webhook: { enabled: true, url: 'https://ntfy.example.org/house' } });
    form.choosePassword('replace');
    expect(form.patch).not.toHaveProperty('emailPassword');
    form.password = 'new secret';
    expect(form.patch).toMatchObject({ emailPassword: 'new secret' });
    form.choosePassword('clear');
    expect(form.patch).toMatchObject({ emailPassword: '' });
  });

  it('after saving, forgets the typed password and audits that it changed, never the password', async () => {
    const form = new AlertSettingsForm();
    await form.load();
    form.choosePassword('replace');
    form.password = 'hunter22';
    kiosk.alerts.updateSettings.mockResolvedValue({ ok: true, value: view({ emailPasswordSet: true }) });
    await form.save();
    expect(kiosk.alerts.updateSettings).toHaveBeenCalledWith({ patch: { emailPassword: 'hunter22' } });
    expect(form.password).toBe('');
    expect(form.passwordChoice).toBe('keep');
    expect(record).toHaveBeenCalledWith('staff.alertSettingsChanged', 'E-mail password set');
    expect(JSON.stringify(record.mock.calls)).not.toContain('hunter22');
  });

  it('shows main’s refusal beside the field it concerns', async () => {
    const form = new AlertSettingsForm();
    await form.load();
    form.draft.escalateAfterMinutes = 15;
    kiosk.alerts.updateSettings.mockResolvedValue({ ok: false, error: { code: 'invalid', message: 'no', issues: ['patch.escalateAfterMinutes: too many'] } });
    await form.save();
    expect(form.errors).toEqual({ escalateAfterMinutes: 'staff:alerts.invalid.minutes' });
    expect(form.saved?.escalateAfterMinutes).toBe(10);
  });

  it('says so when the alert service does not answer, instead of showing empty settings', async () => {
    kiosk.alerts.settings.mockResolvedValue({ ok: false, error: { code: 'failed', message: 'no service' } });
    const form = new AlertSettingsForm();
    await form.load();
    expect(form.unavailable).toBe(true);
    expect(form.saved).toBeNull();
  });

  it('describes a change in the words staff use, not the settings’ own names', () => {
    const before = view();
    const after = view({ email: { ...before.email, enabled: true, security: 'tls' } });
    expect(describeAlertChange(before, after, { email: { enabled: true, security: 'tls' }, escalateAfterMinutes: 10 })).toBe(
      'Alerts by e-mail: on; Secure connection: Secure from the start (TLS); Tell the second contact after: 10 minutes',
    );
  });
});
