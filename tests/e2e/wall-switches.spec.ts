import type { Locator, Page } from '@playwright/test';
import { keepScreenshot } from './a11y';
import { WALKING_GROUP, putOn, say, type Lang, type Look } from './a11y-wall';
import { test, expect } from './fixtures';

/**
 * Every wall screen carries the language and larger-text switches, and a resident can use them
 * there. In every language × larger text × screen size, each screen's primary action is fully
 * visible where the screen opens: inside the window, not cut off by a scrolling box, its text not
 * clipped, and nothing lying over it.
 */
test.use({ previewOptions: { demo: true } });

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;
const LOOKS: readonly Look[] = [
  { name: 'English', lang: 'en', comfort: false },
  { name: 'English, larger text', lang: 'en', comfort: true },
  { name: 'Spanish', lang: 'es', comfort: false },
  { name: 'Spanish, larger text', lang: 'es', comfort: true },
];

/** Why `element` is not fully visible, or null when it is. */
function notFullyVisible(element: Locator): Promise<string | null> {
  return element.evaluate(async (el) => {
    // Measured after the page has drawn a frame: a screen that has just appeared has not yet
    // drawn its off-screen-skipped items (`content-visibility: auto`), and hit-testing before
    // that frame finds the empty item rather than what will be drawn in it. A ResizeObserver
    // reports in the next frame's rendering step (the test's clock fakes frame callbacks and timers).
    await new Promise<void>((frameDrawn) => {
      const frame = new ResizeObserver(() => {
        frame.disconnect();
        const after = new MessageChannel();
        after.port1.onmessage = () => frameDrawn();
        after.port2.postMessage(null);
      });
      frame.observe(document.documentElement);
    });
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 'has no size';
    if (box.top < -0.5 || box.left < -0.5 || box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5) {
      return `lies outside the window (${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)})`;
    }
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) return 'cuts off its own text';
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5 || box.left < clip.left - 0.5 || box.right > clip.right + 0.5) {
        return `is cut off by a scrolling box (${parent.className})`;
      }
    }
    const [x, y, w, h] = [box.left, box.top, box.width, box.height];
    const points = [
      [x + w / 2, y + h / 2],
      [x + w * 0.12, y + h / 2],
      [x + w * 0.88, y + h / 2],
      [x + w / 2, y + h * 0.2],
      [x + w / 2, y + h * 0.8],
    ] as const;
    for (const [px, py] of points) {
      const hit = document.elementFromPoint(px, py);
      if (!hit || !(hit === el || el.contains(hit))) return `is covered at ${Math.round(px)},${Math.round(py)} by <${hit?.tagName.toLowerCase()} class="${hit?.className}">`;
    }
    return null;
  });
}

function walker(page: Page, lang: Lang, comfort: boolean) {
  const problems: string[] = [];
  const button = (key: string) => page.getByRole('button', { name: say(lang, key), exact: true });
  /** The screen shows its switches, in the look's language and state, and each `primary` is fully visible. */
  async function check(screen: string, primaries: Locator[]) {
    // A tap's screen shows in the frame after the tap: its own actions are waited for first, or
    // the switches found could be those of the screen being left.
    for (const primary of primaries) await expect(primary).toBeVisible();
    const switches = page.getByTestId('wall-switches').locator('visible=true');
    await expect(switches).toHaveCount(1);
    const language = switches.getByRole('button', { name: lang === 'es' ? 'Español' : 'English' });
    await expect(language).toHaveAttribute('aria-pressed', 'true');
    await expect(switches.getByTestId('comfort-switch')).toHaveAttribute('aria-pressed', String(comfort));
    for (const [i, primary] of [switches.getByTestId('comfort-switch'), ...primaries].entries()) {
      await expect(primary).toBeVisible();
      const problem = await notFullyVisible(primary);
      if (problem) problems.push(`${screen}: ${i === 0 ? 'the larger-text switch' : `action ${i} "${(await primary.textContent())?.trim()}"`} ${problem}`);
    }
  }
  return { problems, check, button };
}

for (const size of SIZES) {
  for (const look of LOOKS) {
    test(`every wall screen has the switches and shows its main action whole at ${size.name} in ${look.name}`, async ({ page }, testInfo) => {
      test.slow();
      const { lang, comfort } = look;
      const { problems, check, button } = walker(page, lang, comfort);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
      await page.goto('/');
      await expect(page.getByTestId('session').first()).toBeVisible();

      // The look is put on from a screen other than home: the switches work wherever they are.
      await page.locator('footer .privacy').click();
      await expect(page.getByRole('heading', { level: 1, name: say('en', 'signin:privacy.title') })).toBeVisible();
      await putOn(page, look);
      await expect(page.getByRole('heading', { level: 1, name: say(lang, 'signin:privacy.title') })).toBeVisible();
      await check('privacy', [button('signin:back')]);
      await keepScreenshot(page, testInfo, `privacy-${size.name}`);
      await button('signin:back').click();

      const home = page.locator('.home-layout');
      const walk = home.locator(`[data-testid="session"][data-key="${WALKING_GROUP}"]`);
      await check('home', [walk.getByRole('button', { name: say(lang, 'home:tapToJoin') }), home.locator('footer .boards'), home.locator('footer .staff')]);
      await keepScreenshot(page, testInfo, `home-${size.name}`);

      await walk.locator('button.open').click();
      await check('session details', [page.locator('.details .join')]);
      await button('home:tapToJoin').click();
      await expect(button('signin:symbols.sun')).toBeVisible();
      await check('tap in', [button('signin:symbols.sun'), button('signin:back')]);
      await keepScreenshot(page, testInfo, `tap-in-${size.name}`);
      await button('signin:symbols.sun').click();
      await check("you're in", [button('signin:done.finish')]);
      await button('signin:done.finish').click();

      await home.locator('[data-testid="week"] button').nth(1).click();
      const day = page.locator('.day-layout');
      await expect(day.getByTestId('session').first()).toBeVisible();
      await check('a day of the week', [button('home:details.back'), day.getByTestId('session').first().locator('button.open')]);
      await keepScreenshot(page, testInfo, `day-${size.name}`);
      await button('home:details.back').click();

      await home.locator('footer .boards').click();
      await expect(page.locator('.board-card').first()).toBeVisible();
      await check('boards', [page.locator('.board-card').first(), button('boards:home')]);
      await page.locator('.board-card').first().click();
      await expect(page.getByTestId('share').first()).toBeVisible();
      await check('a board', [button('boards:write')]);
      await keepScreenshot(page, testInfo, `board-${size.name}`);

      await button('boards:write').click();
      const keys = page.getByTestId('on-screen-keyboard');
      for (const letter of 'tea') await keys.locator(`.hg-button[data-skbtn="${letter}"]`).click();
      await check('the composer', [button('boards:compose.preview'), keys.locator('.hg-button[data-skbtn="{space}"]')]);
      await keepScreenshot(page, testInfo, `compose-${size.name}`);
      await button('boards:compose.preview').click();
      await check('the preview', [button('boards:compose.post')]);
      await button('boards:compose.cancel').click();
      expect(problems).toEqual([]);
    });
  }
}
