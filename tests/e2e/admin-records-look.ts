import type { Page, TestInfo } from '@playwright/test';
import { STAFF_MIN_TEXT_PX, expectAccessible, expectComfortableSizes, keepScreenshot } from './a11y';

/** The two walls every staff screen must read well on. */
export const SCREENS = [
  { name: 'landscape', width: 1280, height: 800 },
  { name: 'portrait', width: 1080, height: 1920 },
];

/** A screenshot to look at, staff-sized text and targets, and no axe findings at WCAG 2.2 AA. */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string) {
  await keepScreenshot(page, testInfo, name);
  await expectComfortableSizes(page, name, { minTextPx: STAFF_MIN_TEXT_PX });
  await expectAccessible(page, name);
}
