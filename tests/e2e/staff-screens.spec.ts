import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { SCREENS } from './a11y';
import { test, expect } from './fixtures';
import { STAFF, bridgeCall, choosePinPad, openStaffArea, setupStaff, tapPin, unlockStaff, unlockStaffViaBridge } from './staff';

/** Setup, unlock, the PIN pad and the staff shell, on a landscape wall and a portrait one. */

/** Staff text may be denser than the wall's, but never under 18px; targets never under 48px; no axe findings. */
async function expectUsable(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 18) found.push(`"${node.textContent.trim()}" is ${size}px`);
    }
    for (const target of document.querySelectorAll('button, input, textarea')) {
      const box = target.getBoundingClientRect();
      if (box.width < 48 || box.height < 48) found.push(`"${target.textContent?.trim() || target.id}" is ${box.width}×${box.height}`);
    }
    return found;
  });
  expect(problems, name).toEqual([]);
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).disableRules(['meta-viewport']).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), name).toEqual([]);
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.name} ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('first-run setup reads well at every step', async ({ page }, testInfo) => {
      test.slow();
      await page.goto('/');
      await page.getByTestId('setup-name').click();
      await expect(page.getByRole('group', { name: 'Keyboard' })).toBeVisible();
      await expectUsable(page, testInfo, `${screen.name}-setup-name`);
      await page.getByTestId('setup-name').fill('Sam');
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('radio', { name: /Staff read every share first/ }).click();
      await expectUsable(page, testInfo, `${screen.name}-setup-moderation`);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await tapPin(page, '123456', 'Next');
      await expect(page.getByRole('alert')).toBeVisible();
      await tapPin(page, '48');
      await expectUsable(page, testInfo, `${screen.name}-setup-pin`);
      await tapPin(page, '2915', 'Next');
      await tapPin(page, '482915', 'Next');
      await expect(page.getByTestId('recovery-code')).toBeVisible();
      await expectUsable(page, testInfo, `${screen.name}-setup-recovery-code`);
      await page.getByRole('button', { name: 'I have written it down' }).click();
      await expectUsable(page, testInfo, `${screen.name}-setup-start`);
    });

    test('the unlock screens, the lockout and the staff shell read well', async ({ page }, testInfo) => {
      test.slow();
      await setupStaff(page);
      // A second account, so there are names to choose from.
      await unlockStaffViaBridge(page);
      expect((await bridgeCall(page, 'staff', 'addStaff', { name: 'Ana Lopez', pin: '615283' })).ok).toBe(true);
      await bridgeCall(page, 'staff', 'lock');
      await page.goto('/');
      await page.getByRole('button', { name: 'Staff mode' }).click();
      await expectUsable(page, testInfo, `${screen.name}-unlock-names`);
      await page.getByRole('button', { name: STAFF.name }).click();
      await tapPin(page, '999000', 'Open');
      await expect(page.getByTestId('unlock-message')).toBeVisible();
      await tapPin(page, '48');
      await expectUsable(page, testInfo, `${screen.name}-unlock-pin-pad`);
      await page.getByRole('button', { name: 'Choose another name' }).click();
      await page.getByRole('button', { name: 'Back to the wall' }).click();

      await unlockStaff(page);
      await expectUsable(page, testInfo, `${screen.name}-shell-accounts`);
      await openStaffArea(page, 'Settings');
      await expectUsable(page, testInfo, `${screen.name}-settings`);
      await page.getByTestId('setting-houseName').click();
      await expect(page.getByRole('group', { name: 'Keyboard' })).toBeVisible();
      await expectUsable(page, testInfo, `${screen.name}-settings-keyboard`);
      await page.getByRole('button', { name: 'Done' }).click();
      await openStaffArea(page, 'Audit log');
      await expect(page.getByTestId('audit-log')).toBeVisible();
      await expectUsable(page, testInfo, `${screen.name}-audit-log`);
      await openStaffArea(page, 'Exit kiosk');
      await expectUsable(page, testInfo, `${screen.name}-exit`);
    });

    test('the lockout wait and the recovery entry read well', async ({ page }, testInfo) => {
      test.slow();
      await setupStaff(page);
      await page.goto('/');
      await page.getByRole('button', { name: 'Staff mode' }).click();
      await choosePinPad(page, STAFF.name);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await tapPin(page, '999000', 'Open');
        await expect(page.getByTestId('pin-entered')).toHaveText('0 digits entered');
      }
      await expect(page.getByTestId('lockout-wait')).toBeVisible();
      await expectUsable(page, testInfo, `${screen.name}-lockout`);
      await page.getByRole('button', { name: 'Forgot your PIN?' }).click();
      await expectUsable(page, testInfo, `${screen.name}-recovery-entry`);
    });
  });
}
