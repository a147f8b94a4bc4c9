import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { WCAG_AA_TAGS } from './axeTags';
import { expect } from './fixtures';

/**
 * Shared accessibility checks for browser tests: an axe-core scan at WCAG 2.2 AA, and a
 * measurement of every visible control and every line of text. Any test can use them:
 *
 *   await expectAccessible(page, 'home');                                  // axe, AA
 *   await expectAccessible(page, 'home comfort', { enhancedContrast: true }); // plus AAA contrast
 *   await expectComfortableSizes(page, 'home');                            // 48×48 targets, 20px text
 *   await expectComfortableSizes(page, 'staff unlock', { minTextPx: 18 }); // staff screens
 */

export { WCAG_AA_TAGS };

/** Touch targets on the wall: at least this many CSS pixels each way. */
export const MIN_TARGET_PX = 48;
/** Text on the wall; staff screens may go down to STAFF_MIN_TEXT_PX. */
export const WALL_MIN_TEXT_PX = 20;
export const STAFF_MIN_TEXT_PX = 18;

export interface ScanOptions {
  /** Also check AAA contrast (7:1 text, 4.5:1 large text): for comfort mode's high contrast. */
  enhancedContrast?: boolean;
  /** The page's fake clock is paused (page.clock.pauseAt): axe's own timers need it moved along. */
  pausedClock?: boolean;
}

/** axe at WCAG 2.2 AA (and AAA contrast when asked). Returns each finding as one readable line. */
export async function axeFindings(page: Page, options: ScanOptions = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    // Legacy mode runs axe in this page only: the default opens a helper page, which fake clocks race with.
    .setLegacyMode(true)
    .options(options.enhancedContrast ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {})
    .withTags(WCAG_AA_TAGS);
  const results = await (options.pausedClock ? whileClockTicks(page, builder.analyze()) : builder.analyze());
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`),
  );
}

/** Only axe's contrast rules: AA (4.5:1, large text 3:1), and with `enhanced` AAA too (7:1, large text 4.5:1). */
export async function contrastFindings(page: Page, options: { enhanced?: boolean } = {}): Promise<string[]> {
  const rules = options.enhanced ? ['color-contrast', 'color-contrast-enhanced'] : ['color-contrast'];
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withRules(rules).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/** Fails the test with every axe finding listed, under `label`. */
export async function expectAccessible(page: Page, label: string, options: ScanOptions = {}): Promise<void> {
  expect(await axeFindings(page, options), `axe findings on ${label}`).toEqual([]);
}

/** axe waits on timers, and a paused fake clock never fires them: move it a millisecond at a time until the work is done. */
async function whileClockTicks<T>(page: Page, work: Promise<T>): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  while (!done) await page.clock.runFor(1);
  return result;
}

export interface SizeOptions {
  minTextPx?: number;
}

/**
 * Measures the page as a resident sees it: every visible control (button, link, field, anything
 * focusable or with a control role) at least 48×48 with its words inside it, every visible line of
 * text at least 20px (or `minTextPx`), nothing sticking out sideways. Returns what falls short.
 */
export function sizeProblems(page: Page, options: SizeOptions = {}): Promise<string[]> {
  const minTextPx = options.minTextPx ?? WALL_MIN_TEXT_PX;
  return page.evaluate(
    ({ minTarget, minText }) => {
      const found: string[] = [];
      const shown = (element: Element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
      };
      const name = (element: Element) =>
        (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
      const controls = document.querySelectorAll(
        'button, a[href], input, textarea, select, [role="button"], [role="switch"], [role="radio"], [role="checkbox"], [role="link"], [tabindex]:not([tabindex="-1"])',
      );
      for (const control of controls) {
        if (!shown(control)) continue;
        const box = control.getBoundingClientRect();
        if (box.width < minTarget || box.height < minTarget) {
          found.push(`control "${name(control)}" is ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
        if (box.right > window.innerWidth + 1) found.push(`control "${name(control)}" sticks out on the right`);
        if (control.scrollWidth > control.clientWidth + 1) found.push(`the words of "${name(control)}" spill out of it`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
        if (!shown(element)) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < minText) found.push(`"${node.textContent.trim().slice(0, 40)}" is ${size}px`);
      }
      return found;
    },
    { minTarget: 48, minText: minTextPx },
  );
}

export async function expectComfortableSizes(page: Page, label: string, options: SizeOptions = {}): Promise<void> {
  expect(await sizeProblems(page, options), `size problems on ${label}`).toEqual([]);
}

/**
 * The layout specs' lighter measurement: the page no wider than the window; every button with a
 * size at least 48px each way (a key of the on-screen keyboard, `.hg-button`, at least `keyPx`)
 * and not sticking out on the right; every line of text outside .visually-hidden at least 20px.
 */
export async function expectFitsAndReadable(page: Page, options: { keyPx?: number } = {}): Promise<void> {
  const problems = await page.evaluate(
    ({ minTarget, minKey, minText }) => {
      const found: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
      for (const button of document.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        const minimum = button.classList.contains('hg-button') ? minKey : minTarget;
        if (box.width > 0 && (box.width < minimum || box.height < minimum)) found.push(`button "${button.textContent?.trim()}" is ${box.width}x${box.height}`);
        if (box.right > window.innerWidth + 1) found.push(`button "${button.textContent?.trim()}" sticks out`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || element.closest('.visually-hidden')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < minText) found.push(`"${node.textContent.trim()}" is ${size}px`);
      }
      return found;
    },
    { minTarget: MIN_TARGET_PX, minKey: options.keyPx ?? MIN_TARGET_PX, minText: WALL_MIN_TEXT_PX },
  );
  expect(problems).toEqual([]);
}

/**
 * A full-page screenshot kept with the test's results, for a person to look at. Not in CI, where
 * nobody can open it (as with traces): a full-page shot of a portrait wall costs about as much as
 * measuring the screen, and the walks take hundreds.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  if (process.env.CI) return;
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** What the keyboard focus is on: enough to check it is visible, named and in order. */
export interface FocusStop {
  tag: string;
  name: string;
  /** The focus ring shows (an outline of at least 2px) and the element is inside the viewport. */
  visible: boolean;
  outline: string;
  top: number;
  left: number;
}

/** The element with the keyboard focus, described. Null when the focus is on the page itself. */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const labelledBy = element.getAttribute('aria-labelledby');
    const byIds = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    // Its text as a screen reader reads it: without the parts hidden from screen readers (icons, arrows).
    const spoken = element.cloneNode(true) as HTMLElement;
    spoken.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    const name = (element.getAttribute('aria-label') ?? (byIds || spoken.textContent || element.getAttribute('title') || '')).replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
    return {
      tag: element.tagName.toLowerCase(),
      name,
      visible: ring && inView,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      top: Math.round(box.top),
      left: Math.round(box.left),
    };
  });
}

/**
 * Presses Tab until the focus comes back round to a stop it has been on (or `limit` presses), and
 * returns every stop once, in Tab order, starting with the first control of the page.
 */
export async function tabThrough(page: Page, limit = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const marks: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop) continue;
    const mark = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      element.dataset.tabMark ??= String(document.querySelectorAll('[data-tab-mark]').length);
      return element.dataset.tabMark;
    });
    if (marks.includes(mark)) break;
    marks.push(mark);
    stops.push(stop);
  }
  // Tab goes round in a circle from wherever the focus was: turn the circle to start at the top of the page.
  const first = await page.evaluate((all) => {
    const elements = all.map((mark) => document.querySelector(`[data-tab-mark="${mark}"]`));
    const top = elements.reduce((a, b) => (a && b && b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING ? b : a));
    document.querySelectorAll('[data-tab-mark]').forEach((e) => e.removeAttribute('data-tab-mark'));
    return elements.indexOf(top);
  }, marks);
  return [...stops.slice(first), ...stops.slice(0, first)];
}

/** The two walls every screen checked for its look must read well on. */
export const SCREENS = [
  { name: 'landscape', width: 1280, height: 800 },
  { name: 'portrait', width: 1080, height: 1920 },
];

/** A staff screen: a screenshot to look at, staff-sized text and targets, and no axe findings at WCAG 2.2 AA. */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string) {
  await keepScreenshot(page, testInfo, name);
  await expectComfortableSizes(page, name, { minTextPx: STAFF_MIN_TEXT_PX });
  await expectAccessible(page, name);
}
