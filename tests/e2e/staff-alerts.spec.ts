import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import type { AlertSettingsView } from '../../shared/alerts';
import { auditRows } from './admin-records';
import { test, expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, openStaffArea, unlockStaff, unlockStaffViaBridge } from './staff';

test.use({ previewOptions: { demo: true } });

/** A web address on this machine that records what it is sent and answers with `status`. */
async function receiver(status: number): Promise<{ url: string; bodies: string[]; server: Server }> {
  const bodies: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      bodies.push(body);
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hearth`, bodies, server };
}

/** Main's alert settings, read as staff mode would. */
async function savedAlertSettings(page: Page): Promise<AlertSettingsView> {
  await unlockStaffViaBridge(page, DEMO_STAFF);
  const result = await bridgeCall<AlertSettingsView>(page, 'alerts', 'settings');
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

const section = (page: Page) => page.getByTestId('alert-settings');

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.goto('/');
  await unlockStaff(page, DEMO_STAFF);
  await openStaffArea(page, 'Settings');
  await expect(section(page).getByRole('switch', { name: 'Send alerts by e-mail' })).toBeVisible();
});

test('bad alert settings get a clear message and change nothing; good ones are saved and audited in plain words', async ({ page }) => {
  await section(page).getByRole('switch', { name: 'Send alerts by e-mail' }).click();
  await page.getByTestId('alert-email-host').fill('smtp.example.org');
  await page.getByTestId('alert-email-port').fill('99999');
  await page.getByTestId('alert-email-from').fill('office');
  await section(page).getByRole('button', { name: 'Save alert settings' }).click();
  await expect(page.getByTestId('alerts-notice')).toHaveText('Not saved: please look at the marked fields. Nothing was changed.');
  await expect(section(page)).toContainText('A port is a number from 1 to 65535.');
  await expect(section(page)).toContainText('Please type an e-mail address such as office@example.org.');
  await expect(section(page)).toContainText('Needed to send e-mail.');
  expect((await savedAlertSettings(page)).email).toMatchObject({ enabled: false, host: '' });

  await page.getByTestId('alert-email-port').fill('465');
  await section(page).getByRole('radio', { name: 'Secure from the start (TLS)' }).click();
  await page.getByTestId('alert-email-from').fill('hearth@example.org');
  await page.getByTestId('alert-email-to').fill('office@example.org');
  await section(page).getByRole('button', { name: 'Save alert settings' }).click();
  await expect(page.getByTestId('alerts-notice')).toHaveText('Saved. New alerts go out this way.');
  expect((await savedAlertSettings(page)).email).toMatchObject({
    enabled: true,
    host: 'smtp.example.org',
    port: 465,
    security: 'tls',
    from: 'hearth@example.org',
    to: 'office@example.org',
  });

  await openStaffArea(page, 'Audit log');
  const row = auditRows(page).first();
  await expect(row).toContainText('Changed where alerts go');
  await expect(row).toContainText('Alerts by e-mail: on');
  await expect(row).toContainText('E-mail server: “smtp.example.org”');
  await expect(row).toContainText('Secure connection: Secure from the start (TLS)');
  await expect(row).not.toContainText('security');
});

test('the e-mail password is never shown back: only that one is set, and it can be replaced or cleared', async ({ page }) => {
  const secret = 'pumpkin-Lantern-42';
  await section(page).getByRole('switch', { name: 'Send alerts by e-mail' }).click();
  await page.getByTestId('alert-email-host').fill('smtp.example.org');
  await page.getByTestId('alert-email-to').fill('office@example.org');
  await expect(page.getByTestId('alert-password-state')).toHaveText('No password is set.');
  await section(page).getByRole('button', { name: 'Set a password' }).click();
  await expect(page.getByTestId('alert-email-password')).toHaveAttribute('type', 'password');
  await page.getByTestId('alert-email-password').fill(secret);
  await section(page).getByRole('button', { name: 'Save alert settings' }).click();
  await expect(page.getByTestId('alerts-notice')).toHaveText('Saved. New alerts go out this way.');
  await expect(page.getByTestId('alert-password-state')).toHaveText('A password is set.');
  await expect(page.getByTestId('alert-email-password')).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  const view = await savedAlertSettings(page);
  expect(view.emailPasswordSet).toBe(true);
  expect(JSON.stringify(view)).not.toContain(secret);

  // Coming back to the settings shows the same: set, never the password itself.
  await openStaffArea(page, 'Schedule');
  await openStaffArea(page, 'Settings');
  await expect(page.getByTestId('alert-password-state')).toHaveText('A password is set.');
  await section(page).getByRole('button', { name: 'Clear it' }).click();
  await section(page).getByRole('button', { name: 'Save alert settings' }).click();
  await expect(page.getByTestId('alert-password-state')).toHaveText('No password is set.');
  expect((await savedAlertSettings(page)).emailPasswordSet).toBe(false);

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).nth(0)).toContainText('E-mail password cleared');
  await expect(auditRows(page).nth(1)).toContainText('E-mail password set');
  await expect(page.getByTestId('audit-log')).not.toContainText(secret);
});

test('a test alert says whether it was accepted, and the log says in plain words what was sent', async ({ page }) => {
  const taking = await receiver(200);
  const refusing = await receiver(503);
  try {
    await section(page).getByRole('button', { name: 'Send a test alert' }).click();
    await expect(page.getByTestId('alert-test-result')).toHaveText('No channel is turned on, so nothing was sent.');

    await section(page).getByRole('switch', { name: 'Send alerts to a web address' }).click();
    await page.getByTestId('alert-webhook-url').fill('not a web address');
    await section(page).getByRole('button', { name: 'Save alert settings' }).click();
    await expect(section(page)).toContainText('Please type a web address starting with http:// or https://.');
    expect((await savedAlertSettings(page)).webhook.enabled).toBe(false);

    await page.getByTestId('alert-webhook-url').fill(refusing.url);
    await section(page).getByRole('button', { name: 'Save alert settings' }).click();
    await expect(page.getByTestId('alerts-notice')).toHaveText('Saved. New alerts go out this way.');
    await section(page).getByRole('button', { name: 'Send a test alert' }).click();
    await expect(page.getByTestId('alert-test-result')).toHaveText('Not accepted: no channel took the test alert. The list below says why.');
    expect(refusing.bodies).toHaveLength(1);

    await page.getByTestId('alert-webhook-url').fill(taking.url);
    await section(page).getByRole('button', { name: 'Save alert settings' }).click();
    await expect(page.getByTestId('alerts-notice')).toHaveText('Saved. New alerts go out this way.');
    await section(page).getByRole('button', { name: 'Send a test alert' }).click();
    await expect(page.getByTestId('alert-test-result')).toHaveText('Accepted: at least one channel took the test alert.');
    expect(taking.bodies).toHaveLength(1);
    expect(JSON.parse(taking.bodies[0] ?? '{}')).toMatchObject({ kind: 'test' });

    const log = page.getByTestId('alert-log-entry');
    await expect(log).toHaveCount(2);
    await expect(log.first()).toContainText('Test alert by web address to the first contact');
    await expect(log.first()).toContainText('Accepted');
    await expect(log.nth(1)).toContainText('Not accepted');
  } finally {
    taking.server.close();
    refusing.server.close();
  }
});
