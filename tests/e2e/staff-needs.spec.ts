import type { Page } from '@playwright/test';
import type { AlertStatus } from '../../shared/alerts';
import { auditRows, dumpTables } from './admin-records';
import { openBoard, postShare } from './boards-helpers';
import { test, expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, openStaffArea, unlockStaff, unlockStaffViaBridge } from './staff';

test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T14:02:00');

/** At the wall, as residents would: an urgent crisis share, then (another visit) "Ask staff quietly". */
async function seedFromTheWall(page: Page) {
  await openBoard(page, 'Hard days');
  await postShare(page, 'I want to end my life tonight');
  await expect(page.getByTestId('support-card')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await page.clock.fastForward('05:00');
  // A new visit: the next person at the wall.
  await page.reload();
  await openBoard(page, 'Hard days');
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await page.clock.fastForward('07:00');
  await page.reload();
}

async function alertStatus(page: Page): Promise<AlertStatus> {
  await unlockStaffViaBridge(page, DEMO_STAFF);
  const status = await bridgeCall<AlertStatus>(page, 'alerts', 'status');
  if (!status.ok) throw new Error(JSON.stringify(status));
  return status.value;
}

test.beforeEach(async ({ page }) => {
  // PIN checks are a deliberately slow scrypt hash in main.
  test.slow();
  await page.clock.install({ time: NOW });
  await page.goto('/');
});

test('unlocking lands on "Needs you now": urgent first, how long each waited, and a one-line handover', async ({ page }) => {
  await seedFromTheWall(page);
  await expect(page.getByTestId('staff-waiting')).toBeVisible();
  await unlockStaff(page, DEMO_STAFF);

  const nav = page.getByRole('navigation', { name: 'Staff areas' });
  await expect(nav.getByRole('button', { name: /^Needs you now/ })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button', { name: /^Needs you now/ })).toContainText('2');
  await expect(page.getByTestId('needs-handover')).toHaveText('2 waiting since 2:02 PM');
  const needs = page.getByTestId('need');
  await expect(needs).toHaveCount(2);
  await expect(needs.first()).toContainText('Urgent');
  await expect(needs.first()).toContainText('Someone asked for staff right after writing a share with crisis words');
  await expect(needs.first().getByTestId('need-waited')).toHaveText('Waiting 12 min');
  await expect(needs.first().getByTestId('need-text')).toHaveText('I want to end my life tonight');
  await expect(needs.nth(1)).toContainText('Someone would like to talk with a staff member');
  await expect(needs.nth(1).getByTestId('need-waited')).toHaveText('Waiting 7 min');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByTestId('needs-handover')).toHaveText('2 en espera desde 14:02');
  await expect(needs.first().getByTestId('need-waited')).toHaveText('Esperando desde hace 12 min');
});

test('"I’ve checked on them" closes the request, puts out the Staff button mark, then the share is decided', async ({ page }) => {
  await seedFromTheWall(page);
  await unlockStaff(page, DEMO_STAFF);
  const needs = page.getByTestId('need');
  await expect(needs).toHaveCount(2);
  expect((await alertStatus(page)).waiting).toBe(1);

  await needs.first().getByRole('button', { name: 'I’ve checked on them' }).click();
  await expect(page.getByTestId('needs-notice')).toHaveText('Thank you. It is marked as seen to.');
  await expect(needs.first()).toContainText('Now the share: put it on its board, remove it, or keep it held for later.');
  expect((await alertStatus(page)).waiting).toBe(0);

  await needs.first().getByRole('button', { name: 'Keep it held' }).click();
  await expect(page.getByTestId('needs-notice')).toHaveText('It stays held in the review queue.');
  // The person was seen to: what is left is the share, which no longer asks to check on them.
  await expect(needs.first().getByRole('button', { name: 'I’ve checked on them' })).toHaveCount(0);
  await needs.first().getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('alertdialog', { name: 'Remove this share?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(needs).toHaveCount(1);

  // An ordinary quiet request had no alert: checking on them closes it and nothing more.
  await needs.first().getByRole('button', { name: 'I’ve checked on them' }).click();
  await expect(page.getByTestId('needs-empty')).toHaveText('Nothing needs you right now. Every request has been seen to.');
  await expect(page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name: /^Needs you now/ })).toHaveText('Needs you now');

  const stored = await dumpTables(page);
  expect(stored.reviewItems.filter((i) => i.state === 'open')).toEqual([]);
  expect(stored.reviewItems.filter((i) => i.kind === 'quiet-request').map((i) => i.outcome)).toEqual(['acknowledged', 'acknowledged']);
  expect(stored.shares.find((s) => s.text === 'I want to end my life tonight')).toMatchObject({ status: 'removed' });

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).nth(0)).toContainText(/Checked on a resident\s*a quiet request for staff/);
  await expect(auditRows(page).nth(1)).toContainText(/Removed a share\s*Hard days · crisis words/);
  await expect(auditRows(page).nth(2)).toContainText(/Kept a share held\s*a share with crisis words/);
  await expect(auditRows(page).nth(3)).toContainText(/Checked on a resident\s*an urgent request for staff/);
  await expect(page.getByTestId('audit-log')).not.toContainText('end my life');

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('button', { name: 'Staff mode' })).toBeVisible();
  await expect(page.getByTestId('staff-waiting')).toHaveCount(0);
});

test('when nothing waits, unlocking lands on the schedule as before', async ({ page }) => {
  await unlockStaff(page, DEMO_STAFF);
  const nav = page.getByRole('navigation', { name: 'Staff areas' });
  await expect(nav.getByRole('button', { name: 'Schedule' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button', { name: /^Needs you now/ })).toHaveText('Needs you now');
  await openStaffArea(page, 'Needs you now');
  await expect(page.getByTestId('needs-empty')).toBeVisible();
  await expect(page.getByTestId('needs-handover')).toHaveCount(0);
});
