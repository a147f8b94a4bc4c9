import type { Page } from '@playwright/test';
import { axeFindings } from './a11y';
import { LOOKS, houseSettingsAre, openWallAs, walkBoardDialogs, walkCodePad, walkComposer, walkHeadcount, walkScheduleAndTapIn, walkStillThere, type Check, type Look } from './a11y-wall';
import { test, expect } from './fixtures';

/**
 * axe-core at WCAG 2.2 AA on every wall screen and dialog, in English, in Spanish and in comfort
 * mode (where it also checks AAA contrast: 7:1 for text, 4.5:1 for large text).
 */
test.use({ previewOptions: { demo: true } });

/** A check that scans each screen and keeps what axe found, so one run lists every screen's findings. */
function scanner(page: Page, look: Look): { check: Check; findings: string[] } {
  const findings: string[] = [];
  const check: Check = async (screen) => {
    for (const finding of await axeFindings(page, { enhancedContrast: look.comfort })) findings.push(`${screen}: ${finding}`);
  };
  return { check, findings };
}

for (const look of LOOKS) {
  test.describe(`in ${look.name}`, () => {
    test('home, session details, tap-in by symbol, the confirmation and the privacy page have no axe findings', async ({ page }) => {
      const { check, findings } = scanner(page, look);
      await openWallAs(page, look);
      await walkScheduleAndTapIn(page, look, check);
      expect(findings).toEqual([]);
    });

    test('the code pad and its wrong-code message have no axe findings', async ({ page }) => {
      const { check, findings } = scanner(page, look);
      await houseSettingsAre(page, { signInMode: 'symbol+code' });
      await openWallAs(page, look);
      await walkCodePad(page, look, check);
      expect(findings).toEqual([]);
    });

    test('the headcount screen has no axe findings', async ({ page }) => {
      const { check, findings } = scanner(page, look);
      await houseSettingsAre(page, { signInMode: 'headcount' });
      await openWallAs(page, look);
      await walkHeadcount(page, look, check);
      expect(findings).toEqual([]);
    });

    // Two walks: each axe scan of a board takes seconds, and nine in one test came near its time limit.
    test('the boards, a board and its dialogs have no axe findings', async ({ page }) => {
      const { check, findings } = scanner(page, look);
      await openWallAs(page, look);
      await walkBoardDialogs(page, look, check);
      expect(findings).toEqual([]);
    });

    test('the composer with its keys, the preview and the support card have no axe findings', async ({ page }) => {
      const { check, findings } = scanner(page, look);
      await openWallAs(page, look);
      await walkComposer(page, look, check);
      expect(findings).toEqual([]);
    });

    test('the "Still there?" prompt has no axe findings', async ({ page }) => {
      const { check, findings } = scanner(page, look);
      await openWallAs(page, look);
      await walkStillThere(page, look, check);
      expect(findings).toEqual([]);
    });
  });
}
