import { describe, expect, it } from 'vitest';
import { BURST_IN_A_ROW } from '../../../electron/main/services/staffAuth';
import type { AlertSettingsView, AlertStatus, DeliveryRecord, OpenAlert, RaiseResult } from '../../../shared/alerts';
import type { SetupResult, UnlockResult } from '../../../shared/staff';
import { EMAIL_ON, FakeMail, FakeTime, RAISED_AT, settle } from './alertsHarness';
import { testMain, valueOf } from './mainHarness';
import { GOOD_PIN } from './staffAuthHarness';

function bridge() {
  const time = new FakeTime();
  const mail = new FakeMail();
  const { services, call: callIn } = testMain({ alerts: { now: time.now, timers: time.timers, mailTransport: mail.factory, timeZone: 'UTC' } });
  const call = <T>(verb: string, payload?: unknown, area = 'alerts') => callIn<T>(area, verb, payload);
  return { services, call, time, mail };
}

async function unlock(b: ReturnType<typeof bridge>) {
  const { staff } = valueOf(await b.call<SetupResult>('setup', { name: 'Sam', pin: GOOD_PIN }, 'staff'));
  expect(valueOf(await b.call<UnlockResult>('unlock', { staffId: staff.id, pin: GOOD_PIN }, 'staff')).outcome).toBe('ok');
}

const STAFF_ONLY: [string, unknown][] = [
  ['open', undefined],
  ['acknowledge', {}],
  ['settings', undefined],
  ['updateSettings', { patch: EMAIL_ON }],
  ['test', undefined],
  ['deliveries', undefined],
];

// Setting up and unlocking hash PINs with the real, slow parameters.
describe('the alerts channels of the bridge', { timeout: 30_000 }, () => {
  it('let the locked wall raise an alert and see that one waits, and nothing more', async () => {
    const b = bridge();
    const raised = valueOf(await b.call<RaiseResult>('raise', { kind: 'crisis-share' }));
    expect(raised).toMatchObject({ delivered: false, noChannels: true });
    expect(valueOf(await b.call<AlertStatus>('status'))).toEqual({ waiting: 1, since: RAISED_AT });
    for (const [verb, payload] of STAFF_ONLY) {
      expect(await b.call(verb, payload), verb).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Nothing the refused calls carried took effect.
    expect(b.services.alerts.status().waiting).toBe(1);
    expect(b.services.alerts.settings().email.enabled).toBe(false);
    expect(b.mail.sent).toEqual([]);
  });

  it('refuse a kind the wall may not raise', async () => {
    const b = bridge();
    for (const kind of ['test', 'lockout', 'anything']) {
      expect(await b.call('raise', { kind })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(b.services.alerts.status().waiting).toBe(0);
  });

  it('give staff the waiting alerts, the settings, a test and the log once unlocked', async () => {
    const b = bridge();
    await unlock(b);
    const view = valueOf(await b.call<AlertSettingsView>('updateSettings', { patch: { ...EMAIL_ON, emailPassword: 'c0rrect-h0rse' } }));
    expect(view).toMatchObject({ emailPasswordSet: true, email: { enabled: true } });
    expect(JSON.stringify(valueOf(await b.call<AlertSettingsView>('settings')))).not.toContain('c0rrect-h0rse');
    expect(valueOf(await b.call<RaiseResult>('test'))).toMatchObject({ delivered: true });
    const { id } = valueOf(await b.call<RaiseResult>('raise', { kind: 'urgent-request' }));
    expect(valueOf(await b.call<OpenAlert[]>('open'))).toEqual([{ id, kind: 'urgent-request', raisedAt: RAISED_AT, escalated: false }]);
    expect(valueOf(await b.call<DeliveryRecord[]>('deliveries')).map((d) => d.kind)).toEqual(['urgent-request', 'test', 'test']);
    expect(valueOf(await b.call<AlertStatus>('acknowledge', { id }))).toEqual({ waiting: 0, since: null });
  });

  it('refuse a bad setting with a message staff can read', async () => {
    const b = bridge();
    await unlock(b);
    const result = await b.call('updateSettings', { patch: { email: { enabled: true } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('e-mail alerts') } });
    const badUrl = await b.call('updateSettings', { patch: { webhook: { url: 'not a url' } } });
    expect(badUrl.ok).toBe(false);
    expect(b.services.alerts.settings().webhook.url).toBe('');
  });

  it('light the Staff button and tell staff when many wrong PINs are tried at the wall', async () => {
    const b = bridge();
    b.services.alerts.updateSettings(EMAIL_ON);
    const { staff } = valueOf(await b.call<SetupResult>('setup', { name: 'Sam', pin: GOOD_PIN }, 'staff'));
    await b.call('lock', undefined, 'staff');
    for (let i = 0; i < BURST_IN_A_ROW; i++) await b.call('unlock', { staffId: staff.id, pin: '111222' }, 'staff');
    await settle();
    expect(valueOf(await b.call<AlertStatus>('status')).waiting).toBe(1);
    expect(b.mail.sent.map((s) => s.mail.text)).toEqual(['Hearth, Our House: many wrong staff PINs were tried at the common-room screen at 14:02.']);
  });

  it('let main raise a lockout alert directly, with no one signed in', async () => {
    const b = bridge();
    b.services.alerts.updateSettings(EMAIL_ON);
    expect(await b.services.alerts.raise('lockout')).toMatchObject({ delivered: true });
    expect(b.mail.sent[0]?.mail.text).toContain('many wrong staff PINs were tried');
    expect(valueOf(await b.call<AlertStatus>('status')).waiting).toBe(1);
  });
});
