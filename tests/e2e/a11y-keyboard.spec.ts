import type { Page } from '@playwright/test';
import { focusStop, tabThrough, type FocusStop } from './a11y';
import { WALKING_GROUP, houseSettingsAre, openWallAs, LOOKS } from './a11y-wall';
import { test, expect } from './fixtures';
import { DEMO_STAFF } from './staff';

/**
 * Keyboard and switch access (a switch device sends Tab and Enter): every control reachable in
 * reading order with a visible focus ring and a name, dialogs that hold the focus while open and
 * give it back when they close, and keys and PIN digits that work with Enter and Space.
 */
test.use({ previewOptions: { demo: true } });

const english = LOOKS[0]!;

function expectVisibleAndNamed(stops: FocusStop[]) {
  expect(stops.length).toBeGreaterThan(3);
  for (const stop of stops) {
    expect(stop.visible, `focus ring and position of ${JSON.stringify(stop)}`).toBe(true);
    expect(stop.name, `name of the ${stop.tag} at ${stop.left},${stop.top}`).not.toBe('');
  }
}

/** The names appear among the stops in this order (other stops may sit between them). */
function expectInOrder(stops: FocusStop[], names: (string | RegExp)[]) {
  let from = 0;
  for (const name of names) {
    const at = stops.findIndex((stop, i) => i >= from && (typeof name === 'string' ? stop.name === name : name.test(stop.name)));
    expect(at, `"${String(name)}" after stop ${from} in ${JSON.stringify(stops.map((s) => s.name))}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

const focusedName = async (page: Page) => (await focusStop(page))?.name;

test('Tab goes through the home screen from the header through the groups to the footer, each stop visible and named', async ({ page }) => {
  await openWallAs(page, english);
  const stops = await tabThrough(page);
  expectVisibleAndNamed(stops);
  expectInOrder(stops, ['English', 'Español', 'Larger text', 'Read to me', /Walking group/, 'Tap to join', /Recovery circle/, /House meeting/, /Evening wind-down/, 'Sharing boards', 'Ask staff quietly', 'What this screen keeps', 'Staff mode']);
});

test('Tab goes through a board in reading order, each stop visible and named', async ({ page }) => {
  await openWallAs(page, english);
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: /^What helped/ }).click();
  await expect(page.getByTestId('share').first()).toBeVisible();
  const stops = await tabThrough(page);
  expectVisibleAndNamed(stops);
  expectInOrder(stops, ['All boards', 'Ask staff quietly', 'Read to me', 'Write a share', 'I relate', 'This worries me', 'I relate', 'This worries me']);
});

test('"Still there?" takes the focus, keeps it, and Enter or Escape answers it and gives the focus back', async ({ page }) => {
  await openWallAs(page, english);
  const boards = page.getByRole('button', { name: 'Sharing boards' });
  await boards.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.clock.runFor(90_000);
  const prompt = page.getByRole('alertdialog', { name: 'Still there?' });
  await expect(prompt).toBeVisible();
  expect(await focusedName(page)).toBe("I'm still here");
  for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await focusedName(page), `after ${key}`).toBe("I'm still here");
  }
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveCount(0);
  await expect(boards).toBeFocused();

  await page.clock.runFor(90_000);
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt).toHaveCount(0);
  await expect(boards).toBeFocused();
  await expect(page.getByTestId('house-name')).toBeVisible();
});

test('the "Tell a staff member?" dialog opens with Enter, keeps Tab inside, closes with Escape and gives the focus back', async ({ page }) => {
  await openWallAs(page, english);
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: /^What helped/ }).click();
  const worry = page.getByTestId('share').first().getByRole('button', { name: 'This worries me' });
  await worry.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Tell a staff member?' });
  await expect(dialog).toBeVisible();
  expect(await focusedName(page)).toBe('No, go back');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Yes, tell them');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('No, go back');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe('Yes, tell them');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(worry).toBeFocused();

  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  // The share leaves the board at once: the focus goes to the thanks where it was.
  await expect(page.getByTestId('worry-thanks')).toBeFocused();
});

test('the on-screen keys type with Enter and Space, and the focus stays on the key when the page of keys changes', async ({ page }) => {
  await openWallAs(page, english);
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: /^What helped/ }).click();
  await page.getByRole('button', { name: 'Write a share' }).click();
  const keys = page.getByTestId('on-screen-keyboard');
  const key = (value: string) => keys.locator(`.hg-button[data-skbtn="${value}"]`);
  await key('{shift}').focus();
  await page.keyboard.press('Enter');
  await expect(key('H')).toBeVisible();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.skbtn)).toBe('{shift}');
  await key('H').focus();
  await page.keyboard.press('Enter');
  await key('i').focus();
  await page.keyboard.press(' ');
  await key('{space}').focus();
  await page.keyboard.press('Enter');
  await key('{bksp}').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('draft')).toHaveText('Hi');
  const stops = await tabThrough(page, 80);
  expectVisibleAndNamed(stops);
  expectInOrder(stops, ['Cancel', 'See how it looks', 'q', 'w', 'e', 'Delete', 'a', 'Capital letter', '123, numbers and symbols', 'Space']);
});

test('the tap-in code pad works with Tab and Enter', async ({ page }) => {
  await houseSettingsAre(page, { signInMode: 'symbol+code' });
  await openWallAs(page, english);
  await page.locator(`[data-testid="session"][data-key="${WALKING_GROUP}"]`).getByRole('button', { name: 'Tap to join' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Fish' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  const stops = await tabThrough(page);
  expectVisibleAndNamed(stops);
  expectInOrder(stops, ['Back', 'Not my symbol', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0']);
  for (const digit of '2468') {
    await page.getByRole('button', { name: digit, exact: true }).focus();
    await page.keyboard.press(digit === '4' ? 'Space' : 'Enter');
  }
  await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
});

test('the staff PIN pad works with Tab, Enter and Space, and opens staff mode', async ({ page }) => {
  await openWallAs(page, english);
  await page.getByRole('button', { name: 'Staff mode' }).focus();
  await page.keyboard.press('Enter');
  // One staff account: no name to choose, the PIN pad is there.
  await expect(page.getByRole('heading', { name: `Hello, ${DEMO_STAFF.name}` })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Your PIN' })).toBeVisible();
  const stops = await tabThrough(page);
  expectVisibleAndNamed(stops);
  // "Open" waits, disabled, until six digits are in.
  expectInOrder(stops, ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Erase the last digit', '0', 'Forgot your PIN?']);

  const digit = (value: string) => page.getByRole('button', { name: value, exact: true });
  await digit('9').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Erase the last digit' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('pin-entered')).toContainText('0 digits entered');
  for (const [i, value] of [...DEMO_STAFF.pin].entries()) {
    await digit(value).focus();
    await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
  }
  await expect(page.getByTestId('pin-entered')).toContainText(`${DEMO_STAFF.pin.length} digits entered`);
  await page.getByRole('button', { name: 'Open', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('staff-shell')).toBeVisible();
});

test('"Ask staff quietly" opens with Enter, its dialog closes with Escape, and the focus comes back', async ({ page }) => {
  await openWallAs(page, english);
  const ask = page.getByRole('button', { name: 'Ask staff quietly' });
  await ask.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Thank you for asking.' });
  await expect(dialog).toBeVisible();
  expect(await focusedName(page)).toBe('OK');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('I need someone now');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('OK');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(ask).toBeFocused();
});
