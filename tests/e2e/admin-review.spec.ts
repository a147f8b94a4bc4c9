import { auditRows, dumpTables, heldShare, putRows, waitForExampleHouse } from './admin-records';
import { test, expect } from './fixtures';
import { DEMO_STAFF, openStaffArea, unlockStaff } from './staff';

test.use({ previewOptions: { demo: true } });

const NOW = new Date('2026-03-10T15:00:00');

test.beforeEach(async ({ page }) => {
  // PIN checks are a deliberately slow scrypt hash in main.
  test.slow();
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await waitForExampleHouse(page);
});

test('staff publish a held share and it shows on its board; a removed one never does; both are in the audit log', async ({ page }) => {
  const now = NOW.getTime();
  const waiting = heldShare({ id: 'held-tea', boardId: 'board-helped', text: 'A cup of tea with a friend helped.', reasons: ['pre-moderation'], priority: 4, now });
  const worrying = heldShare({ id: 'flagged-one', boardId: 'board-hard', text: 'Nobody would miss me here.', reasons: ['flagged'], priority: 3, now, status: 'hidden', flags: 2 });
  const crisis = heldShare({ id: 'crisis-one', boardId: 'board-hard', text: 'I want to hurt myself tonight.', reasons: ['crisis'], priority: 0, now });
  await putRows(page, { shares: [waiting.share, worrying.share, crisis.share], reviewItems: [waiting.item, worrying.item, crisis.item] });

  await unlockStaff(page, DEMO_STAFF);
  const nav = page.getByRole('navigation', { name: 'Staff areas' });
  await expect(nav.getByRole('button', { name: 'Review queue' })).toContainText('3');
  await openStaffArea(page, 'Review queue');

  const items = page.getByTestId('review-item');
  await expect(items).toHaveCount(3);
  // Crisis first, clearly marked, with the reason in plain words, its board and a coarse age.
  await expect(items.first()).toContainText('Crisis words: the person may need someone now');
  await expect(items.first()).toContainText('It has crisis words (self-harm, suicide or abuse).');
  await expect(items.first()).toContainText('Hard days');
  await expect(items.first()).toContainText('Today');
  await expect(items.nth(1)).toContainText('A resident said it worries them.');
  await expect(items.nth(2)).toContainText('The house reads every share before it shows.');
  await expect(items.nth(2).getByTestId('review-text')).toHaveText('A cup of tea with a friend helped.');

  await items.nth(2).getByRole('button', { name: 'Publish' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Put this share on “What helped”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('review-notice')).toHaveText('Published. It is on its board now.');
  await expect(items).toHaveCount(2);

  await items.nth(1).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('alertdialog', { name: 'Remove this share?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('review-notice')).toHaveText('Removed. It will not show on the wall.');
  await expect(items).toHaveCount(1);
  await expect(nav.getByRole('button', { name: 'Review queue' })).toContainText('1');

  const stored = await dumpTables(page);
  expect(stored.shares.find((s) => s.id === 'held-tea')).toMatchObject({ status: 'published' });
  expect(stored.shares.find((s) => s.id === 'flagged-one')).toMatchObject({ status: 'removed' });
  expect(stored.reviewItems.find((i) => i.id === 'item-held-tea')).toMatchObject({ state: 'done', outcome: 'published', resolvedBy: DEMO_STAFF.name });

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).nth(0)).toContainText(/Removed a share\s*Hard days · a resident.s worry/);
  await expect(auditRows(page).nth(1)).toContainText(/Published a share\s*What helped · every share is read first/);
  await expect(page.getByTestId('audit-log')).not.toContainText('Nobody would miss me');

  // A staff member working in Spanish: the log says what they did in their words, reasons included.
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('navigation', { name: 'Secciones del personal' }).getByRole('button', { name: 'Por revisar' }).click();
  await items.first().getByRole('button', { name: 'Retirar' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Retirar' }).click();
  await expect(page.getByTestId('review-notice')).toHaveText('Retirado. No aparecerá en la pantalla.');
  await page.getByRole('navigation', { name: 'Secciones del personal' }).getByRole('button', { name: 'Registro de cambios' }).click();
  await expect(auditRows(page).nth(0)).toContainText(/Retiró un mensaje\s*Días difíciles · palabras de crisis/);
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: /^What helped/ }).click();
  await expect(page.getByTestId('share').filter({ hasText: 'A cup of tea with a friend helped.' })).toBeVisible();
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByRole('button', { name: /^Hard days/ }).click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  await expect(page.getByTestId('share').filter({ hasText: 'Nobody would miss me here.' })).toHaveCount(0);
});

test('staff acknowledge a quiet request asked at the wall; an urgent one comes first', async ({ page }) => {
  const now = NOW.getTime();
  const crisis = heldShare({ id: 'crisis-two', boardId: 'board-hard', text: 'Everything feels too much. I want to die.', reasons: ['crisis'], priority: 0, now });
  await putRows(page, {
    shares: [crisis.share],
    reviewItems: [crisis.item, { id: 'urgent-ask', kind: 'quiet-request', priority: 0, state: 'open', shareId: 'crisis-two', createdAt: now - 120_000 }],
  });

  // A resident asks at the wall; the wall says only that someone will come.
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  // Home has its own "Ask staff quietly": the boards screen must have replaced it first.
  await expect(page.getByRole('heading', { name: 'Sharing boards', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ask staff quietly' }).click();
  await expect(page.getByText('A staff member will come to you soon.')).toBeVisible();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await page.goto('/');

  await unlockStaff(page, DEMO_STAFF);
  const nav = page.getByRole('navigation', { name: 'Staff areas' });
  await expect(nav.getByRole('button', { name: 'Quiet requests' })).toContainText('2');
  await openStaffArea(page, 'Quiet requests');
  const requests = page.getByTestId('quiet-request');
  await expect(requests).toHaveCount(2);
  await expect(requests.first()).toContainText('Urgent');
  await expect(requests.first()).toContainText('Everything feels too much. I want to die.');
  await expect(requests.first()).toContainText('Asked 2 minutes ago.');
  await expect(requests.nth(1)).toContainText('Someone would like to talk with a staff member.');

  await requests.nth(1).getByRole('button', { name: 'I am on my way' }).click();
  await expect(page.getByTestId('quiet-notice')).toHaveText('Thank you. The request is marked as seen to.');
  await expect(requests).toHaveCount(1);
  await requests.first().getByRole('button', { name: 'I am on my way' }).click();
  await expect(page.getByTestId('quiet-empty')).toHaveText('No one is waiting.');
  await expect(nav.getByRole('button', { name: 'Quiet requests' })).toHaveText('Quiet requests');

  const stored = await dumpTables(page);
  expect(stored.reviewItems.filter((i) => i.kind === 'quiet-request').map((i) => [i.state, i.outcome, i.resolvedBy])).toEqual([
    ['done', 'acknowledged', DEMO_STAFF.name],
    ['done', 'acknowledged', DEMO_STAFF.name],
  ]);
  // The crisis share itself still waits in the review queue.
  await expect(nav.getByRole('button', { name: 'Review queue' })).toContainText('1');

  await openStaffArea(page, 'Audit log');
  await expect(auditRows(page).filter({ hasText: 'Answered a quiet request' })).toHaveCount(2);
});
