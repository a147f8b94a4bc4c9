import type { Page, TestInfo } from '@playwright/test';
import { contrastFindings, keepScreenshot, sizeProblems } from './a11y';
import { LOOKS, houseSettingsAre, openWallAs, putOn, walkBoardDialogs, walkCodePad, walkComposer, walkHeadcount, walkScheduleAndTapIn, walkStillThere, type Check, type Look } from './a11y-wall';
import { test, expect } from './fixtures';

/**
 * Measures every wall screen as a resident meets it, on a landscape wall and a portrait one:
 * every visible control at least 48×48 CSS px, all text at least 20px, nothing cut off sideways,
 * contrast AA in the normal theme and AAA (7:1, large text 4.5:1) in comfort mode's high contrast.
 * Each screen's screenshot is kept with the results for a person to look at.
 */
test.use({ previewOptions: { demo: true } });

const VIEWPORTS = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;

function measurer(page: Page, look: Look, testInfo: TestInfo, viewport: string): { check: Check; problems: string[] } {
  const problems: string[] = [];
  const check: Check = async (screen) => {
    await keepScreenshot(page, testInfo, `${screen.replace(/[^a-z0-9]+/gi, '-')}-${look.lang}${look.comfort ? '-comfort' : ''}-${viewport}`);
    for (const problem of await sizeProblems(page)) problems.push(`${screen}: ${problem}`);
    for (const problem of await contrastFindings(page, { enhanced: look.comfort })) problems.push(`${screen}: ${problem}`);
  };
  return { check, problems };
}

for (const viewport of VIEWPORTS) {
  for (const look of LOOKS) {
    test.describe(`at ${viewport.name} in ${look.name}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test('home, session details, tap-in and privacy have big enough controls, text and contrast', async ({ page }, testInfo) => {
        const { check, problems } = measurer(page, look, testInfo, viewport.name);
        await openWallAs(page, look);
        await walkScheduleAndTapIn(page, look, check);
        await walkStillThere(page, look, check);
        expect(problems).toEqual([]);
      });

      test('the code pad and the headcount button have big enough controls, text and contrast', async ({ page }, testInfo) => {
        const { check, problems } = measurer(page, look, testInfo, viewport.name);
        await houseSettingsAre(page, { signInMode: 'symbol+code' });
        await openWallAs(page, look);
        await walkCodePad(page, look, check);
        await houseSettingsAre(page, { signInMode: 'headcount' });
        await page.reload();
        await expect(page.getByTestId('session').first()).toBeVisible();
        await putOn(page, look);
        await walkHeadcount(page, look, check);
        expect(problems).toEqual([]);
      });

      // Two walks: measuring a board and its dialogs took near half the time limit, and the composer the rest.
      test('the boards, a board and its dialogs have big enough controls, text and contrast', async ({ page }, testInfo) => {
        const { check, problems } = measurer(page, look, testInfo, viewport.name);
        await openWallAs(page, look);
        await walkBoardDialogs(page, look, check);
        expect(problems).toEqual([]);
      });

      test('the composer and its keys, the preview and the support card have big enough controls, text and contrast', async ({ page }, testInfo) => {
        const { check, problems } = measurer(page, look, testInfo, viewport.name);
        await openWallAs(page, look);
        await walkComposer(page, look, check);
        expect(problems).toEqual([]);
      });
    });
  }
}
