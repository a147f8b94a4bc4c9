import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readExampleHouse } from '../../electron/main/mainServices';
import { test, expect } from './fixtures';
import { DEMO_STAFF, bridgeCall, tapPin, unlockStaff } from './staff';

const exampleHouse = readExampleHouse(join(process.cwd(), 'resources', 'example-house'));

/** How many rows a table of the renderer's database holds, read straight from IndexedDB. */
function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    table,
  );
}

/** Types on Hearth's own on-screen keyboard, one key at a time. */
async function typeOnScreen(page: Page, text: string) {
  const keyboard = page.getByRole('group', { name: 'Keyboard' });
  for (const char of text) {
    if (char === ' ') await keyboard.getByRole('button', { name: 'space' }).click();
    else await keyboard.getByRole('button', { name: char, exact: true }).click();
  }
}

async function setUpThroughTheScreen(page: Page, moderation: RegExp = /Only the ones held or flagged/) {
  await page.goto('/');
  await expect(page.getByTestId('setup')).toBeVisible();
  await page.getByTestId('setup-name').click();
  await typeOnScreen(page, 'Sam');
  await expect(page.getByTestId('setup-name')).toHaveValue('Sam');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Who reads shares first?' })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Please choose one.');
  await page.getByRole('radio', { name: moderation }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'A PIN for Sam' })).toBeVisible();
  await tapPin(page, '123456', 'Next');
  await expect(page.getByRole('alert')).toContainText('(like 123456');
  await expect(page.getByRole('alert')).toContainText('too easy to guess. Please choose another PIN.');
  await tapPin(page, '000000', 'Next');
  await expect(page.getByRole('alert')).toContainText('One digit over and over');
  await tapPin(page, '482915', 'Next');
  await expect(page.getByTestId('pin-instruction')).toHaveText('Type the same PIN again.');
  await tapPin(page, '482916', 'Next');
  await expect(page.getByRole('alert')).toHaveText('The two PINs were not the same. Please choose your PIN again.');
  await expect(page.getByTestId('pin-instruction')).toHaveText('Choose a PIN of at least 6 digits.');
  await tapPin(page, '482915', 'Next');
  await tapPin(page, '482915', 'Next');

  const code = page.getByTestId('recovery-code');
  // The PIN is hashed twice on purpose (slow scrypt in main): for the new account, then to open the session that saves the choice.
  await expect(code).toHaveText(/^[A-Z2-9]{4}[A-Z2-9]{4}[A-Z2-9]{4}[A-Z2-9]{4}$/, { timeout: 20_000 });
  await expect(page.getByText('It is shown only this once.')).toBeVisible();
  const recoveryCode = (await code.textContent()) ?? '';
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);
  return recoveryCode;
}

test('the wall is not usable before the first staff account exists', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('setup')).toBeVisible();
  await expect(page.getByTestId('house-name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Staff mode' })).toHaveCount(0);
});

test('first-run setup refuses trivial and mismatched PINs, shows the recovery code once, and starts with the example house', async ({
  page,
}) => {
  test.slow();
  const recoveryCode = await setUpThroughTheScreen(page);
  await page.getByRole('button', { name: /Start with the example house/ }).click();

  await expect(page.getByTestId('house-name')).toBeVisible();
  expect(await countRows(page, 'boards')).toBe(exampleHouse.boards?.length ?? 0);
  expect(await countRows(page, 'groups')).toBe(exampleHouse.groups?.length ?? 0);
  expect(exampleHouse.boards?.length).toBeGreaterThan(0);

  // The account works, and the recovery code shown is the one main stored.
  const status = await bridgeCall<{ needsSetup: boolean; staff: { id: string; name: string }[] }>(page, 'staff', 'status');
  expect(status.ok && status.value.needsSetup).toBe(false);
  const sam = status.ok ? status.value.staff[0] : undefined;
  expect(sam?.name).toBe('Sam');
  const recovered = await bridgeCall<{ outcome: string }>(page, 'staff', 'recover', { code: recoveryCode, staffId: sam?.id, newPin: '730264' });
  expect(recovered.ok && recovered.value.outcome).toBe('ok');

  // Reloading does not show setup again, and the code is nowhere on the page.
  await page.reload();
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.getByTestId('setup')).toHaveCount(0);
});

test('starting empty leaves the house without boards or groups', async ({ page }) => {
  test.slow();
  await setUpThroughTheScreen(page);
  await page.getByRole('button', { name: /Start empty/ }).click();
  await expect(page.getByTestId('house-name')).toBeVisible();
  expect(await countRows(page, 'boards')).toBe(0);
  expect(await countRows(page, 'groups')).toBe(0);
});

test('the house chooses at setup whether staff read every share first, and the choice is saved and in the audit log', async ({ page }) => {
  test.slow();
  const before = await bridgeCall<{ moderationMode: string }>(page, 'settings', 'get');
  expect(before.ok && before.value.moderationMode).toBe('flagged');
  await setUpThroughTheScreen(page, /Staff read every share first/);
  await expect(page.getByTestId('setup-moderation-not-saved')).toHaveCount(0);
  const after = await bridgeCall<{ moderationMode: string }>(page, 'settings', 'get');
  expect(after.ok && after.value.moderationMode).toBe('all');
  // Saving the choice leaves staff mode locked: the wall shows no staff screen afterwards.
  await page.getByRole('button', { name: /Start empty/ }).click();
  await expect(page.getByTestId('house-name')).toBeVisible();
  await expect(page.getByTestId('staff-shell')).toHaveCount(0);
  const session = await bridgeCall(page, 'settings', 'update', { patch: { houseName: 'Not allowed' } });
  expect(session).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  await unlockStaff(page, { name: 'Sam', pin: '482915' });
  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('button', { name: 'Audit log' }).click();
  await expect(page.getByTestId('audit-log')).toContainText('Which shares staff read first: Every share, before it shows');
});

test('a second setup through the bridge is refused once an account exists', async ({ page }) => {
  test.slow();
  await setUpThroughTheScreen(page);
  const again = await bridgeCall(page, 'staff', 'setup', { name: 'Mallory', pin: '730264' });
  expect(again).toMatchObject({ ok: false, error: { code: 'refused' } });
});

test.describe('the demo preview', () => {
  test.use({ previewOptions: { demo: true } });

  test('needs no setup: it prints the demo staff PIN, which opens staff mode', async ({ page, preview }) => {
    test.slow();
    expect(preview.startupLines).toContain(`Demo staff PIN: ${DEMO_STAFF.pin}`);
    await page.goto('/');
    await expect(page.getByTestId('house-name')).toBeVisible();
    await unlockStaff(page, DEMO_STAFF);
    await expect(page.getByTestId('staff-signed-in')).toHaveText('Signed in: Demo staff');
  });
});
