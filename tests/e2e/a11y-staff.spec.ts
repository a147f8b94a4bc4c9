import type { Page, TestInfo } from '@playwright/test';
import { STAFF_MIN_TEXT_PX, axeFindings, keepScreenshot, sizeProblems } from './a11y';
import { LOOKS, openWallAs, say, type Look } from './a11y-wall';
import { test, expect } from './fixtures';
import { DEMO_STAFF, tapPin } from './staff';

/**
 * The screens of the shared frame that staff meet at the wall: first-run setup, and the staff
 * unlock with its PIN pad and recovery. axe at WCAG 2.2 AA (AAA contrast in comfort mode),
 * controls at least 48×48, staff text at least 18px; in English, Spanish and comfort mode.
 */

function checker(page: Page, look: Look, testInfo: TestInfo) {
  const problems: string[] = [];
  const check = async (screen: string) => {
    await keepScreenshot(page, testInfo, `${screen.replace(/[^a-z0-9]+/gi, '-')}-${look.lang}${look.comfort ? '-comfort' : ''}`);
    for (const problem of await axeFindings(page, { enhancedContrast: look.comfort })) problems.push(`${screen}: ${problem}`);
    for (const problem of await sizeProblems(page, { minTextPx: STAFF_MIN_TEXT_PX })) problems.push(`${screen}: ${problem}`);
  };
  return { check, problems };
}

for (const look of LOOKS.filter((l) => !l.comfort)) {
  test(`first-run setup passes axe and keeps its sizes at every step, in ${look.name}`, async ({ page }, testInfo) => {
    // Seven screens, each scanned by axe: more than the default test time on a busy machine.
    test.slow();
    const { lang } = look;
    const { check, problems } = checker(page, look, testInfo);
    await page.goto('/');
    await expect(page.getByTestId('setup')).toBeVisible();
    if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await page.getByTestId('setup-name').click();
    await expect(page.getByRole('group', { name: say(lang, 'staff:keyboard.label') })).toBeVisible();
    await check('setup name with keyboard');
    await page.getByTestId('setup-name').fill('Sam');
    await page.getByRole('button', { name: say(lang, 'staff:keyboard.done') }).click();
    await page.getByRole('button', { name: say(lang, 'staff:pin.next'), exact: true }).click();
    await page.getByRole('radio', { name: new RegExp(say(lang, 'staff:setup.moderationAll')) }).click();
    await check('setup moderation choice');
    await page.getByRole('button', { name: say(lang, 'staff:pin.next'), exact: true }).click();
    await expect(page.getByTestId('pin-instruction')).toBeVisible();
    await check('setup PIN');
    await tapPin(page, '123456', say(lang, 'staff:pin.next'));
    await expect(page.getByRole('alert')).toBeVisible();
    await check('setup PIN refused');
    await tapPin(page, '482915', say(lang, 'staff:pin.next'));
    await tapPin(page, '482915', say(lang, 'staff:pin.next'));
    await expect(page.getByTestId('recovery-code')).toBeVisible();
    await check('setup recovery code');
    await page.getByRole('button', { name: say(lang, 'staff:recoveryCode.written') }).click();
    await expect(page.getByRole('button', { name: new RegExp(say(lang, 'staff:setup.empty')) })).toBeVisible();
    await check('setup start choice');
    expect(problems).toEqual([]);
  });
}

test.describe('with the example house', () => {
  test.use({ previewOptions: { demo: true } });

  for (const look of LOOKS) {
    test(`the staff unlock, the PIN pad and the recovery screen pass axe and keep their sizes, in ${look.name}`, async ({ page }, testInfo) => {
      const { lang } = look;
      const { check, problems } = checker(page, look, testInfo);
      await openWallAs(page, look);
      await page.getByRole('button', { name: say(lang, 'footer.staff') }).click();
      // The example house has one staff account: its PIN pad comes first.
      await expect(page.getByRole('heading', { name: say(lang, 'staff:unlock.hello', { name: DEMO_STAFF.name }) })).toBeVisible();
      await check('staff unlock');
      await expect(page.getByRole('group', { name: say(lang, 'staff:pin.yourPin') })).toBeVisible();
      await tapPin(page, '12');
      await check('staff PIN pad');
      await tapPin(page, '3456', say(lang, 'staff:unlock.open'));
      await expect(page.getByTestId('unlock-message')).toBeVisible();
      await check('staff PIN wrong');
      await page.getByRole('button', { name: say(lang, 'staff:unlock.forgot') }).click();
      await expect(page.getByRole('heading', { name: say(lang, 'staff:recover.title') })).toBeVisible();
      await check('staff recovery');
      expect(problems).toEqual([]);
    });
  }
});
