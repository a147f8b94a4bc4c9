import { test, expect } from './fixtures';
import { STAFF, setupStaff, unlockStaff } from './staff';

/**
 * Reproduction (outside review): while a staff member has staff mode open in the preview's page,
 * any process on the machine POSTs to the bridge with the preview's Origin header and changes
 * settings. Here that process is the test itself, calling from Node without the page's cookie.
 */
test("a local process cannot use the page's open staff session by setting an Origin header", async ({ page, preview }) => {
  test.slow();
  await setupStaff(page);
  await page.goto('/');
  await unlockStaff(page);

  const fromElsewhere = await fetch(`${preview.url}/kiosk/settings/update`, {
    method: 'POST',
    headers: { Origin: preview.url, 'Content-Type': 'application/json' },
    body: JSON.stringify({ patch: { houseName: 'Taken Over' } }),
  });
  expect(await fromElsewhere.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // The page that unlocked keeps its session, and its own calls go through.
  const fromPage = await page.evaluate(async () => {
    const response = await fetch('/kiosk/settings/update', { method: 'POST', body: JSON.stringify({ patch: { houseName: 'Maple House' } }) });
    return (await response.json()) as { ok: boolean };
  });
  expect(fromPage.ok).toBe(true);
  await expect(page.getByTestId('staff-signed-in')).toHaveText(`Signed in: ${STAFF.name}`);

  // The token is HttpOnly: the page's own scripts cannot read it to hand it on.
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
