import type { Locator, Page } from '@playwright/test';
import { LOOKS, WALKING_GROUP, houseSettingsAre, openWallAs, say, type Look } from './a11y-wall';
import { test, expect } from './fixtures';
import { DEMO_STAFF, tapPin } from './staff';

/**
 * Label in Name (WCAG 2.5.3): someone using voice control says what they see on a key. Every key
 * of both on-screen keyboards, the PIN pad and the code pad has an accessible name that contains
 * its visible text, in English and in Spanish. Keys that show only a symbol (⌫, ⇧) have no words
 * to say, so only their name is required.
 */
test.use({ previewOptions: { demo: true } });

const LANGUAGES = LOOKS.filter((look) => !look.comfort);

interface KeyReading {
  visible: string;
  name: string;
}

const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** What a sighted person reads on each button: its text without the visually hidden parts. */
async function visibleTexts(group: Locator): Promise<string[]> {
  return group.locator('button').evaluateAll((buttons) =>
    buttons.map((button) => {
      const copy = button.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return copy.textContent ?? '';
    }),
  );
}

/** The accessible name of each button, as the browser's accessibility tree gives it. */
async function accessibleNames(group: Locator): Promise<string[]> {
  const buttons = group.locator('button');
  const names: string[] = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    const snapshot = await buttons.nth(i).ariaSnapshot();
    names.push(/^- button "((?:[^"\\]|\\.)*)"/.exec(snapshot)?.[1]?.replace(/\\(.)/g, '$1') ?? '');
  }
  return names;
}

async function readKeys(group: Locator): Promise<KeyReading[]> {
  await expect(group.locator('button').first()).toBeVisible();
  const [visible, names] = await Promise.all([visibleTexts(group), accessibleNames(group)]);
  expect(names.length).toBe(visible.length);
  return visible.map((text, i) => ({ visible: text, name: names[i] ?? '' }));
}

/** Every key is named, and a key with words or digits on it says them in its name. */
function expectLabelsInNames(keys: KeyReading[], where: string) {
  expect(keys.length, `${where} has keys`).toBeGreaterThan(5);
  for (const key of keys) {
    expect(key.name, `a name for the key showing "${key.visible}" in ${where}`).not.toBe('');
    if (!/[\p{L}\p{N}]/u.test(key.visible)) continue;
    expect(plain(key.name), `${where}: the key showing "${key.visible}"`).toContain(plain(key.visible));
  }
}

async function openComposer(page: Page, look: Look) {
  await page.getByRole('button', { name: say(look.lang, 'footer.boards') }).click();
  await page.locator('.board-card').first().click();
  await page.getByRole('button', { name: say(look.lang, 'boards:write') }).click();
}

for (const look of LANGUAGES) {
  test(`every key of the share keyboard says what it shows, on every page (${look.name})`, async ({ page }) => {
    await openWallAs(page, look);
    await openComposer(page, look);
    const keyboard = page.getByRole('group', { name: say(look.lang, 'boards:keys.label') });
    expectLabelsInNames(await readKeys(keyboard), `${look.name} letters`);
    await keyboard.getByRole('button', { name: say(look.lang, 'boards:keys.shift') }).click();
    expectLabelsInNames(await readKeys(keyboard), `${look.name} capitals`);
    await keyboard.getByRole('button', { name: say(look.lang, 'boards:keys.symbols') }).click();
    const symbols = await readKeys(keyboard);
    expectLabelsInNames(symbols, `${look.name} numbers and symbols`);
    expect(symbols.map((key) => key.visible)).toContain('ABC');
  });

  test(`every key of the tap-in code pad says what it shows (${look.name})`, async ({ page }) => {
    await houseSettingsAre(page, { signInMode: 'symbol+code' });
    await openWallAs(page, look);
    await page.locator(`[data-testid="session"][data-key="${WALKING_GROUP}"]`).getByRole('button', { name: say(look.lang, 'home:tapToJoin') }).click();
    await page.getByRole('button', { name: say(look.lang, 'signin:symbols.fish') }).click();
    const pad = page.locator('.code-step');
    const keys = await readKeys(pad);
    expectLabelsInNames(keys, `${look.name} code pad`);
    expect(keys.map((key) => key.visible.trim())).toEqual(expect.arrayContaining(['1', '5', '0']));
  });

  test(`every key of the staff PIN pad and the staff keyboard says what it shows (${look.name})`, async ({ page }) => {
    await openWallAs(page, look);
    await page.getByRole('button', { name: say(look.lang, 'footer.staff'), exact: true }).click();
    const pad = page.locator('.pin-pad');
    await expect(pad).toBeVisible();
    expectLabelsInNames(await readKeys(pad), `${look.name} PIN pad`);
    await tapPin(page, DEMO_STAFF.pin, say(look.lang, 'staff:unlock.open'));
    await expect(page.getByTestId('staff-shell')).toBeVisible();
    await page.getByRole('button', { name: say(look.lang, 'staff:areas.settings'), exact: true }).click();
    await page.getByRole('main').getByRole('textbox').first().click();
    const keyboard = page.locator('[data-staff-keyboard]');
    expectLabelsInNames(await readKeys(keyboard), `${look.name} staff keyboard letters`);
    await keyboard.getByRole('button', { name: '123 áé' }).click();
    expectLabelsInNames(await readKeys(keyboard), `${look.name} staff keyboard symbols`);
  });
}
