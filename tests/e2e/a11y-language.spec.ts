import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/**
 * Plain language: resident-facing text in short sentences, in English and Spanish alike; every
 * group with its pictogram, so someone who cannot read the title still finds "the walking one";
 * and the resident's choice of language is never taken back by the wall starting up.
 */
test.use({ previewOptions: { demo: true } });

/** The wall's own namespaces: what residents read. Staff text lives in staff.json. */
const RESIDENT_NAMESPACES = ['common', 'home', 'boards', 'signin'];
const MAX_WORDS_PER_SENTENCE = 15;
const MAX_SENTENCES = 3;

type Texts = Map<string, string>;

function textsOf(lang: 'en' | 'es'): Texts {
  const texts: Texts = new Map();
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') texts.set(`${path}${key}`, value);
      else walk(value as Record<string, unknown>, `${path}${key}.`);
    }
  };
  for (const ns of RESIDENT_NAMESPACES) {
    walk(JSON.parse(readFileSync(join(process.cwd(), 'renderer', 'src', 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>, `${ns}:`);
  }
  return texts;
}

for (const lang of ['en', 'es'] as const) {
  test(`every resident-facing text in ${lang} is short: at most ${MAX_SENTENCES} sentences of at most ${MAX_WORDS_PER_SENTENCE} words`, () => {
    const tooLong: string[] = [];
    for (const [key, text] of textsOf(lang)) {
      const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
      if (sentences.length > MAX_SENTENCES) tooLong.push(`${key}: ${sentences.length} sentences`);
      for (const sentence of sentences) {
        const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}{]/u.test(w)).length;
        if (words > MAX_WORDS_PER_SENTENCE) tooLong.push(`${key}: "${sentence}" has ${words} words`);
      }
    }
    expect(tooLong).toEqual([]);
  });
}

test('every resident-facing text exists in both English and Spanish', () => {
  const english = [...textsOf('en').keys()].sort();
  const spanish = [...textsOf('es').keys()].sort();
  expect(spanish).toEqual(english);
});

for (const time of ['2026-03-10T09:41:00', '2026-03-10T20:45:00', '2026-03-11T08:00:00']) {
  test(`every group on the wall shows its pictogram (${time})`, async ({ page }) => {
    await page.clock.install({ time: new Date(time) });
    await page.goto('/');
    const sessions = page.getByTestId('session');
    await expect(sessions.first()).toBeVisible();
    const count = await sessions.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const pictogram = sessions.nth(i).locator('[data-pictogram]');
      await expect(pictogram).toHaveCount(1);
      await expect(pictogram).toBeVisible();
      expect(await pictogram.locator('svg > *').count()).toBeGreaterThan(0);
      const box = await pictogram.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(48);
    }
  });
}

test('the session details show the group’s pictogram large', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
  await page.goto('/');
  await page.getByTestId('session').first().locator('button.open').click();
  // The details screen, once it has replaced home (the home screen's own pictograms are smaller).
  const pictogram = page.locator('main.details [data-pictogram]');
  await expect(pictogram).toBeVisible();
  expect((await pictogram.boundingBox())?.width).toBeGreaterThanOrEqual(96);
});

test('a tap on "Español" while the wall is still loading the house keeps the wall in Spanish', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-10T10:50:00') });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The example house is slow to arrive: the wall shows, and a resident taps Español meanwhile.
  await page.route('**/kiosk/app/exampleHouse', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  release();
  await expect(page.getByTestId('session').first()).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('date')).toHaveText('martes, 10 de marzo');
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
});
