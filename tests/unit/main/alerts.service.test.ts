import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DELIVERIES, MAX_OPEN_ALERTS, REPEAT_WINDOW_MS } from '../../../electron/main/services/alerts/alertService';
import { StoreUnreadableError } from '../../../electron/main/services/keyValueStore';
import type { RaiseResult } from '../../../shared/alerts';
import { EMAIL_ON, FakeTime, RAISED_AT, WEBHOOK_ON, alertHarness, freshAlertsDir, refused, settle } from './alertsHarness';

describe('raising an alert', () => {
  it('lights the Staff button and sends the house, the place and the time by e-mail', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    const result = await h.service.raise('urgent-request');
    expect(result).toEqual({ id: expect.any(String), delivered: true, noChannels: false });
    expect(h.service.status()).toEqual({ waiting: 1, since: RAISED_AT });
    expect(h.mail.sent).toHaveLength(1);
    expect(h.mail.sent[0]?.mail).toEqual({
      from: 'hearth@example.org',
      to: 'office@example.org',
      subject: 'Hearth, Maple House: a resident asked for staff (14:02)',
      text: 'Hearth, Maple House: a resident asked for staff at the common-room screen at 14:02 (urgent).',
    });
  });

  it('words an urgent hold differently from a request, and a lockout differently again', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    await h.service.raise('crisis-share');
    await h.service.raise('lockout');
    expect(h.mail.sent.map((s) => s.mail.text)).toEqual([
      'Hearth, Maple House: a resident may need a staff member now at the common-room screen (urgent, 14:02).',
      'Hearth, Maple House: many wrong staff PINs were tried at the common-room screen at 14:02.',
    ]);
  });

  it('writes in Spanish when the house speaks Spanish first', async () => {
    const h = alertHarness({ locale: 'es', houseName: 'Casa Arce' });
    h.service.updateSettings(EMAIL_ON);
    await h.service.raise('urgent-request');
    expect(h.mail.sent[0]?.mail.text).toBe(
      'Hearth, Casa Arce: una persona residente pidió ayuda del personal en la pantalla de la sala común a las 14:02 (urgente).',
    );
  });

  it('posts a JSON body with the message and no more to a webhook', async () => {
    const h = alertHarness();
    h.service.updateSettings(WEBHOOK_ON);
    const result = await h.service.raise('crisis-share');
    expect(result.delivered).toBe(true);
    const [request] = h.web.to('https://hooks.example.org/hearth');
    expect(request?.init.method).toBe('POST');
    expect(JSON.parse(String(request?.init.body))).toEqual({
      source: 'hearth',
      house: 'Maple House',
      kind: 'crisis-share',
      escalation: false,
      raisedAt: new Date(RAISED_AT).toISOString(),
      alertId: result.id,
      message: 'Hearth, Maple House: a resident may need a staff member now at the common-room screen (urgent, 14:02).',
    });
  });

  it('posts the message alone as plain text to a push topic', async () => {
    const h = alertHarness();
    h.service.updateSettings({ webhook: { ...WEBHOOK_ON.webhook, format: 'text' } });
    await h.service.raise('urgent-request');
    const [request] = h.web.requests;
    expect(request?.init.body).toBe('Hearth, Maple House: a resident asked for staff at the common-room screen at 14:02 (urgent).');
    expect(request?.init.headers).toMatchObject({ 'Content-Type': 'text/plain; charset=utf-8' });
  });

  it('answers noChannels when no channel is turned on, and still lights the Staff button', async () => {
    const h = alertHarness();
    expect(await h.service.raise('crisis-share')).toMatchObject({ delivered: false, noChannels: true });
    expect(h.service.status().waiting).toBe(1);
    expect(h.mail.sent).toEqual([]);
    expect(h.web.requests).toEqual([]);
  });

  it('counts as delivered when one channel accepts though another fails', async () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, ...WEBHOOK_ON });
    h.mail.behaviour = refused;
    expect(await h.service.raise('crisis-share')).toMatchObject({ delivered: true, noChannels: false });
  });
});

describe('retries', () => {
  it('try a failed channel again in the background until it accepts, and log every attempt newest first', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    h.mail.behaviour = (mail, attempt) => (attempt < 3 ? refused() : Promise.resolve({ accepted: [mail.to] }));
    const first = await h.service.raise('crisis-share');
    expect(first.delivered).toBe(false);
    await h.time.advance(15_000);
    expect(h.mail.sent).toHaveLength(2);
    await h.time.advance(60_000);
    expect(h.mail.sent).toHaveLength(3);
    expect(h.service.deliveries().map((d) => [d.attempt, d.ok, d.error])).toEqual([
      [3, true, undefined],
      [2, false, 'connection refused'],
      [1, false, 'connection refused'],
    ]);
    // A repeat from the wall now learns that staff were told.
    expect(await h.service.raise('crisis-share')).toEqual({ id: first.id, delivered: true, noChannels: false });
  });

  it('give up after three failed attempts, answering delivered false', async () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, ...WEBHOOK_ON });
    h.mail.behaviour = refused;
    h.web.behaviour = async () => new Response('down', { status: 503 });
    expect(await h.service.raise('urgent-request')).toMatchObject({ delivered: false, noChannels: false });
    await h.time.advanceMinutes(5);
    expect(h.mail.to('office@example.org')).toHaveLength(3);
    expect(h.web.to('https://hooks.example.org/hearth')).toHaveLength(3);
    const log = h.service.deliveries().filter((d) => d.contact === 'first');
    expect(log.every((d) => !d.ok)).toBe(true);
    expect(log.filter((d) => d.channel === 'webhook').map((d) => d.error)).toEqual(Array(3).fill('the address answered 503'));
    expect(h.service.status().waiting).toBe(1);
  });

  it('answer the wall within the attempt timeout when a server never answers', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    h.mail.behaviour = () => new Promise(() => {});
    let answer: RaiseResult | undefined;
    void h.service.raise('urgent-request').then((r) => (answer = r));
    await h.time.advance(7_999);
    expect(answer).toBeUndefined();
    await h.time.advance(1);
    expect(answer).toMatchObject({ delivered: false, noChannels: false });
    expect(h.service.deliveries()[0]).toMatchObject({ ok: false, error: 'no answer in time' });
  });

  it('stop once staff acknowledge the alert', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    h.mail.behaviour = refused;
    const { id } = await h.service.raise('crisis-share');
    h.service.acknowledge(id);
    await h.time.advanceMinutes(5);
    expect(h.mail.sent).toHaveLength(1);
  });
});

describe('escalation', () => {
  it('tells the second contact once nobody has acknowledged within the set minutes', async () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, ...WEBHOOK_ON, escalateAfterMinutes: 5 });
    await h.service.raise('crisis-share');
    await h.time.advance(5 * 60_000 - 1);
    expect(h.mail.to('manager@example.org')).toEqual([]);
    expect(h.web.to('https://hooks.example.org/manager')).toEqual([]);
    await h.time.advance(1);
    const [mail] = h.mail.to('manager@example.org');
    expect(mail?.subject).toBe('Still waiting: Hearth, Maple House: someone may need staff now (14:02)');
    expect(mail?.text).toBe(
      'Hearth, Maple House: a resident may need a staff member now at the common-room screen (urgent, 14:02). Nobody has acknowledged it after 5 minutes.',
    );
    expect(JSON.parse(String(h.web.to('https://hooks.example.org/manager')[0]?.init.body))).toMatchObject({ escalation: true });
    expect(h.service.open()).toEqual([expect.objectContaining({ kind: 'crisis-share', escalated: true })]);
    // Told once: the first contact is not told again, the second not twice.
    await h.time.advanceMinutes(30);
    expect(h.mail.to('manager@example.org')).toHaveLength(1);
    expect(h.mail.to('office@example.org')).toHaveLength(1);
  });

  it('does not happen when a staff member acknowledges in time', async () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, escalateAfterMinutes: 5 });
    const { id } = await h.service.raise('urgent-request');
    await h.time.advanceMinutes(4);
    expect(h.service.acknowledge(id)).toEqual({ waiting: 0, since: null });
    await h.time.advanceMinutes(30);
    expect(h.mail.to('manager@example.org')).toEqual([]);
    expect(h.time.pendingTimers).toBe(0);
  });

  it('stops for every alert when staff acknowledge them all', async () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, escalateAfterMinutes: 5 });
    await h.service.raise('urgent-request');
    await h.service.raise('crisis-share');
    expect(h.service.acknowledge()).toEqual({ waiting: 0, since: null });
    await h.time.advanceMinutes(30);
    expect(h.mail.to('manager@example.org')).toEqual([]);
  });

  it('reaches a second contact added after the alert was overdue', async () => {
    const h = alertHarness();
    h.service.updateSettings({ email: { ...EMAIL_ON.email, escalateTo: '' }, escalateAfterMinutes: 5 });
    await h.service.raise('urgent-request');
    await h.time.advanceMinutes(10);
    expect(h.mail.sent).toHaveLength(1);
    h.service.updateSettings({ email: { escalateTo: 'manager@example.org' } });
    await h.time.advance(0);
    expect(h.mail.to('manager@example.org')).toHaveLength(1);
  });
});

describe('after a restart', () => {
  it('the open alerts are still waiting, and one that fell due meanwhile escalates at once', async () => {
    const time = new FakeTime();
    const before = alertHarness({ time });
    before.service.updateSettings({ ...EMAIL_ON, escalateAfterMinutes: 10 });
    const { id } = await before.service.raise('crisis-share');
    before.service.stop();
    await time.advanceMinutes(25);
    expect(before.mail.to('manager@example.org')).toEqual([]);

    const after = alertHarness({ time, dir: before.dir });
    expect(after.service.status()).toEqual({ waiting: 1, since: RAISED_AT });
    expect(after.service.open()).toEqual([{ id, kind: 'crisis-share', raisedAt: RAISED_AT, escalated: false }]);
    await time.advance(0);
    expect(after.mail.to('manager@example.org')[0]?.text).toContain('Nobody has acknowledged it after 25 minutes.');
    expect(after.service.open()[0]?.escalated).toBe(true);
  });

  it('an alert not yet due escalates at its own time, not a full wait later', async () => {
    const time = new FakeTime();
    const before = alertHarness({ time });
    before.service.updateSettings({ ...EMAIL_ON, escalateAfterMinutes: 10 });
    await before.service.raise('urgent-request');
    before.service.stop();
    await time.advanceMinutes(6);
    const after = alertHarness({ time, dir: before.dir });
    await time.advanceMinutes(3);
    expect(after.mail.to('manager@example.org')).toEqual([]);
    await time.advanceMinutes(1);
    expect(after.mail.to('manager@example.org')).toHaveLength(1);
  });

  it('the delivery log is still there', async () => {
    const time = new FakeTime();
    const before = alertHarness({ time });
    before.service.updateSettings(EMAIL_ON);
    await before.service.raise('urgent-request');
    before.service.stop();
    const after = alertHarness({ time, dir: before.dir });
    expect(after.service.deliveries()).toEqual(before.service.deliveries());
    expect(after.service.deliveries()).toHaveLength(1);
  });
});

// The cap tests write every alert and attempt to disk with its backup copy: slow on a busy machine.
describe('a damaged alerts file', () => {
  it('never stops an alert from lighting the Staff button, and is left as it was', async () => {
    const dir = freshAlertsDir();
    const path = join(dir, 'alerts.json');
    writeFileSync(path, '{"open": [');
    const h = alertHarness({ dir });
    expect(await h.service.raise('crisis-share')).toMatchObject({ delivered: false, noChannels: true });
    expect(h.service.status()).toEqual({ waiting: 1, since: RAISED_AT });
    expect(() => h.service.settings()).toThrow(StoreUnreadableError);
    expect(readFileSync(path, 'utf8')).toBe('{"open": [');
  });

  it('is put back from its last good copy, open alerts and all', async () => {
    const before = alertHarness();
    await before.service.raise('urgent-request');
    before.service.stop();
    writeFileSync(before.storePath, 'garbage');
    const after = alertHarness({ dir: before.dir });
    expect(after.service.status().waiting).toBe(1);
  });
});

describe('a hostile wall', () => {
  it('cannot send the same kind again while it is open and recent: the repeat joins the open alert', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    const first = await h.service.raise('crisis-share');
    const repeats = await Promise.all(Array.from({ length: 20 }, () => h.service.raise('crisis-share')));
    expect(repeats.every((r) => r.id === first.id && r.delivered)).toBe(true);
    expect(h.mail.sent).toHaveLength(1);
    expect(h.service.status().waiting).toBe(1);
    // Another kind is another reason, and is sent.
    await h.service.raise('urgent-request');
    expect(h.mail.sent).toHaveLength(2);
    // Once the window has passed, an unanswered alert may be raised again.
    await h.time.advance(REPEAT_WINDOW_MS);
    const later = await h.service.raise('crisis-share');
    expect(later.id).not.toBe(first.id);
    expect(h.mail.sent).toHaveLength(3);
  });

  it('shares the answer of a first raise still being sent', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    let accept: (value: unknown) => void = () => {};
    h.mail.behaviour = () => new Promise((resolve) => (accept = resolve));
    const first = h.service.raise('crisis-share');
    const repeat = h.service.raise('crisis-share');
    await settle();
    accept({ accepted: ['office@example.org'] });
    const [a, b] = await Promise.all([first, repeat]);
    expect(b).toEqual(a);
    expect(a.delivered).toBe(true);
    expect(h.mail.sent).toHaveLength(1);
  });

  it('cannot open more than the cap of alerts', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    for (let i = 0; i < MAX_OPEN_ALERTS; i++) {
      await h.service.raise('crisis-share');
      await h.time.advance(REPEAT_WINDOW_MS);
    }
    expect(h.service.status().waiting).toBe(MAX_OPEN_ALERTS);
    const newest = h.service.open().at(-1);
    expect(await h.service.raise('urgent-request')).toMatchObject({ id: newest?.id });
    expect(h.service.status().waiting).toBe(MAX_OPEN_ALERTS);
    expect(h.mail.to('office@example.org')).toHaveLength(MAX_OPEN_ALERTS);
  }, 30_000);

  it('cannot grow the delivery log past its cap, in memory or on disk', async () => {
    const h = alertHarness();
    // Both web addresses: each test alert adds two attempts to the log.
    h.service.updateSettings(WEBHOOK_ON);
    for (let i = 0; i < MAX_DELIVERIES / 2 + 5; i++) {
      await h.service.test();
      h.time.ms += 1000;
    }
    const log = h.service.deliveries();
    expect(log).toHaveLength(MAX_DELIVERIES);
    expect(log[0]!.at).toBeGreaterThan(log.at(-1)!.at);
    const file = JSON.parse(readFileSync(h.storePath, 'utf8')) as { deliveries: unknown[] };
    expect(file.deliveries).toHaveLength(MAX_DELIVERIES);
  }, 30_000);
});

describe('the alert settings', () => {
  it('are all off until staff turn a channel on', () => {
    const h = alertHarness();
    const settings = h.service.settings();
    expect(settings.email.enabled).toBe(false);
    expect(settings.webhook.enabled).toBe(false);
    expect(settings.emailPasswordSet).toBe(false);
  });

  it('never give the SMTP password back, yet hand it to the mail server', async () => {
    const h = alertHarness();
    const view = h.service.updateSettings({ ...EMAIL_ON, email: { ...EMAIL_ON.email, username: 'hearth' }, emailPassword: 'c0rrect-h0rse' });
    expect(view.emailPasswordSet).toBe(true);
    expect(JSON.stringify([view, h.service.settings()])).not.toContain('c0rrect-h0rse');
    await h.service.raise('urgent-request');
    expect(h.mail.sent[0]?.options).toMatchObject({ username: 'hearth', password: 'c0rrect-h0rse' });
    expect(JSON.stringify(h.service.deliveries())).not.toContain('c0rrect-h0rse');
  });

  it('keep the password through other changes, and clear it on an empty one', () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, emailPassword: 'c0rrect-h0rse' });
    expect(h.service.updateSettings({ escalateAfterMinutes: 20 }).emailPasswordSet).toBe(true);
    expect(h.service.updateSettings({ emailPassword: '' }).emailPasswordSet).toBe(false);
    expect(readFileSync(h.storePath, 'utf8')).not.toContain('c0rrect-h0rse');
  });

  it.each([
    [{ email: { to: 'not an address' } }, /address to send to/],
    [{ email: { port: 0 } }, /port/],
    [{ email: { host: 'smtp example;org' } }, /mail server/],
    [{ webhook: { url: 'ftp://files.example.org/drop' } }, /web address/],
    [{ webhook: { escalateUrl: 'javascript:alert(1)' } }, /second web address/],
    [{ escalateAfterMinutes: 0 }, /minutes/],
    [{ email: { enabled: true, to: '' } }, /To turn on e-mail alerts/],
    [{ webhook: { enabled: true, url: '' } }, /To turn on alerts to a web address/],
  ])('refuse %j with a clear message and change nothing', (patch, message) => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, ...WEBHOOK_ON, emailPassword: 'c0rrect-h0rse' });
    const before = readFileSync(h.storePath, 'utf8');
    const view = h.service.settings();
    expect(() => h.service.updateSettings({ ...(patch as object), emailPassword: 'other' })).toThrow(message);
    expect(h.service.settings()).toEqual(view);
    expect(readFileSync(h.storePath, 'utf8')).toBe(before);
  });

  it('move an open alert’s escalation when the minutes change', async () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, escalateAfterMinutes: 30 });
    await h.service.raise('urgent-request');
    await h.time.advanceMinutes(2);
    h.service.updateSettings({ escalateAfterMinutes: 3 });
    await h.time.advanceMinutes(1);
    expect(h.mail.to('manager@example.org')).toHaveLength(1);
  });
});

describe('a test alert', () => {
  it('goes out on every channel turned on, to both contacts, and lights nothing', async () => {
    const h = alertHarness();
    h.service.updateSettings({ ...EMAIL_ON, ...WEBHOOK_ON });
    expect(await h.service.test()).toMatchObject({ delivered: true, noChannels: false });
    expect(h.mail.sent.map((s) => s.mail.to).sort()).toEqual(['manager@example.org', 'office@example.org']);
    expect(h.web.requests.map((r) => r.url).sort()).toEqual(['https://hooks.example.org/hearth', 'https://hooks.example.org/manager']);
    expect(h.mail.to('office@example.org')[0]?.text).toBe(
      'Hearth, Maple House: This is a test alert from the common-room screen (14:02). Nobody needs help.',
    );
    expect(h.service.status()).toEqual({ waiting: 0, since: null });
  });

  it('answers delivered false when no first contact accepts, and is not retried', async () => {
    const h = alertHarness();
    h.service.updateSettings(EMAIL_ON);
    h.mail.behaviour = refused;
    expect(await h.service.test()).toMatchObject({ delivered: false, noChannels: false });
    await h.time.advanceMinutes(5);
    expect(h.mail.sent).toHaveLength(2);
  });

  it('answers noChannels when nothing is turned on', async () => {
    const h = alertHarness();
    expect(await h.service.test()).toMatchObject({ delivered: false, noChannels: true });
  });
});
