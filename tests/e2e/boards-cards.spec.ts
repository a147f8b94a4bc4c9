import type { Locator, Page } from '@playwright/test';
import { expectAccessible, expectComfortableSizes, keepScreenshot, SCREENS } from './a11y';
import { test, expect } from './fixtures';

/**
 * A board's share cards: each carries its board's pictogram and colour, and its two buttons sit
 * at its foot, "I relate" at the same place in every card and "This worries me" a plain button
 * beside it. Cards of different lengths side by side end level. (Example house: "What helped"
 * has the recovery pictogram and the forest colour, resources/example-house/boards.json.)
 */
test.use({ previewOptions: { demo: true } });

const LONG_SHARE =
  'On Sunday everything felt like too much, so I made a cup of tea, sat in the garden for ten minutes ' +
  'and counted the birds I could hear. Then I asked a friend to walk with me to the shop and back.';

/** A long share on "What helped", written straight into the wall's database before the board opens. */
async function addLongShare(page: Page) {
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const write = open.result.transaction('shares', 'readwrite');
          const now = Date.now();
          write.objectStore('shares').put({
            id: 'share-long',
            boardId: 'board-helped',
            text,
            createdAt: now - 3_600_000,
            expiresAt: now + 13 * 86_400_000,
            status: 'published',
            holdReasons: [],
            relates: 0,
            flags: 0,
          });
          write.oncomplete = () => {
            open.result.close();
            resolve();
          };
          write.onerror = () => reject(write.error);
        };
      }),
    LONG_SHARE,
  );
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

/** Every card on the board measured: the card, its "I relate" and its "This worries me". */
async function measureCards(page: Page, relate: string, worry: string) {
  const cards = await page.getByTestId('share').all();
  return Promise.all(
    cards.map(async (card) => ({
      card: await boxOf(card),
      relate: await boxOf(card.getByRole('button', { name: relate })),
      worry: await boxOf(card.getByRole('button', { name: worry })),
    })),
  );
}

const LANGUAGES = [
  { lang: 'en', switchTo: undefined, boards: 'Sharing boards', board: 'What helped', relate: 'I relate', worry: 'This worries me' },
  { lang: 'es', switchTo: 'Español', boards: 'Muros para compartir', board: 'Lo que ayudó', relate: 'Me identifico', worry: 'Esto me preocupa' },
] as const;

for (const screen of SCREENS) {
  for (const language of LANGUAGES) {
    for (const comfort of [false, true]) {
      const theme = comfort ? 'comfort' : 'normal';
      test(`a board's cards carry its pictogram and colour, with level buttons, at ${screen.name} in ${language.lang}, ${theme} theme`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        await page.goto('/');
        await expect(page.locator('main.home[aria-busy="false"]')).toBeVisible();
        await addLongShare(page);
        if (language.switchTo) await page.getByRole('button', { name: language.switchTo }).click();
        if (comfort) await page.getByTestId('comfort-switch').click();
        await page.getByRole('button', { name: language.boards }).click();
        await page.getByRole('button', { name: new RegExp(`^${language.board}`) }).click();
        await expect(page.getByTestId('share').filter({ hasText: 'counted the birds' })).toBeVisible();
        const shares = page.getByTestId('share');
        expect(await shares.count()).toBeGreaterThanOrEqual(4);

        // Each card: the board's pictogram in its corner and the board's colour down its edge.
        for (const card of await shares.all()) {
          await expect(card.locator('[data-pictogram="recovery"]')).toHaveCount(1);
          await expect(card).toHaveCSS('border-left-color', 'rgb(47, 93, 47)');
          await expect(card.getByRole('button', { name: language.worry })).toHaveCSS('border-top-style', 'solid');
        }

        const measured = await measureCards(page, language.relate, language.worry);
        const cardLeft = measured[0]!.card.x;
        const relateInset = measured[0]!.relate.x - cardLeft;
        const rows = new Map<number, typeof measured>();
        for (const one of measured) {
          // "I relate" at the same place in every card: the same inset from its card's left edge…
          expect(near(one.relate.x - one.card.x, relateInset), `"${language.relate}" inset ${one.relate.x - one.card.x} vs ${relateInset}`).toBe(true);
          // …and "This worries me" as tall as it, on the same line.
          expect(near(one.worry.height, one.relate.height)).toBe(true);
          expect(near(one.worry.y, one.relate.y)).toBe(true);
          const row = [...rows.keys()].find((top) => near(top, one.card.y)) ?? one.card.y;
          rows.set(row, [...(rows.get(row) ?? []), one]);
        }
        // On a landscape wall at the usual text size cards sit side by side; those in a row end
        // level, and so do their buttons, however long each share is. Otherwise one to a row.
        const sideBySide = screen.width > screen.height && !comfort;
        expect([...rows.values()].some((row) => row.length > 1)).toBe(sideBySide);
        for (const row of rows.values()) {
          const [first] = row;
          for (const one of row) {
            expect(near(one.card.y + one.card.height, first!.card.y + first!.card.height)).toBe(true);
            expect(near(one.relate.y, first!.relate.y)).toBe(true);
          }
        }
        // In one column, the buttons share one left edge.
        const leftColumn = measured.filter((one) => near(one.card.x, cardLeft));
        for (const one of leftColumn) expect(near(one.relate.x, leftColumn[0]!.relate.x)).toBe(true);

        await keepScreenshot(page, testInfo, `board-cards-${screen.name}-${language.lang}-${theme}`);
        await expectComfortableSizes(page, `board ${language.lang} ${theme}`);
        await expectAccessible(page, `board ${language.lang} ${theme}`, { enhancedContrast: comfort });
      });
    }
  }
}

test('every wall screen goes back with the same Back button, drawn the same way', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T11:10:00') });
  await page.goto('/');
  await expect(page.locator('main.home[aria-busy="false"]')).toBeVisible();
  const back = page.getByTestId('wall-back');
  const looks = () =>
    back.evaluate((button: HTMLElement) => {
      const style = getComputedStyle(button);
      return [
        button.tagName,
        button.className.split(' ').filter((name) => !name.startsWith('svelte-')).join(' '),
        style.fontSize,
        style.fontWeight,
        style.borderTopStyle,
        style.borderTopWidth,
        style.borderTopColor,
        style.backgroundColor,
        style.color,
        style.minHeight,
        style.paddingLeft,
        style.borderRadius,
        button.querySelector('svg') ? 'arrow' : 'no arrow',
      ];
    });
  const seen: { screen: string; looks: string[] }[] = [];
  const visit = async (screen: string, open: () => Promise<void>, home = true) => {
    await open();
    await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
    await expect(back).toHaveCount(1);
    seen.push({ screen, looks: await looks() });
    await back.click();
    if (home) await expect(page.locator('[data-screen="home"]')).toBeVisible();
  };

  await visit('boards', () => page.getByRole('button', { name: 'Sharing boards' }).click());
  await visit('board', async () => {
    await page.getByRole('button', { name: 'Sharing boards' }).click();
    await page.getByRole('button', { name: /^What helped/ }).click();
  }, false);
  await back.click();
  await visit('privacy', () => page.getByRole('button', { name: 'What this screen keeps' }).click());
  const walking = page.locator('[data-testid="session"][data-key="walking-group@2026-03-10"]');
  await visit('session', () => walking.locator('button.open').click());
  await visit('signIn', () => walking.getByRole('button', { name: 'Tap to join' }).click());

  expect(seen.map((one) => one.screen)).toEqual(['boards', 'board', 'privacy', 'session', 'signIn']);
  for (const one of seen) expect(one.looks, one.screen).toEqual(seen[0]!.looks);
});
