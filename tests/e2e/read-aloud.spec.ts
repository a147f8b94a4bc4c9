import type { Locator, Page, TestInfo } from '@playwright/test';
import type { BridgeResult } from '../../shared/bridge/channel';
import type { SpeechResult } from '../../shared/speech';
import { expectAccessible, expectComfortableSizes, keepScreenshot } from './a11y';
import { WALL_TIME, say, type Lang } from './a11y-wall';
import { typeOnScreen } from './boards-helpers';
import { test, expect } from './fixtures';

/**
 * "Read to me" on home, on a board and on the support card: a tap sends the screen's own words
 * to main, espeak-ng speaks them into a real WAV, and the wall starts playing it, in English and
 * in Spanish. Nothing is asked for or played without a tap; leaving the screen, the idle reset
 * and a second tap stop it. Each screen with its button passes axe and the wall's sizes at both
 * screen sizes, and is kept as a screenshot.
 */
test.use({ previewOptions: { demo: true } });

const SCREENS = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;

interface Sounds {
  /** How long each sound the wall started is, in seconds. */
  started: number[];
  stopped: number;
}

/** Counts every sound the page starts and stops through Web Audio, from before the page's own scripts run. */
async function listenForSound(page: Page) {
  await page.addInitScript(() => {
    const sounds: Sounds = { started: [], stopped: 0 };
    (window as unknown as { sounds: Sounds }).sounds = sounds;
    const { start, stop } = AudioBufferSourceNode.prototype;
    AudioBufferSourceNode.prototype.start = function (...args: Parameters<AudioBufferSourceNode['start']>) {
      sounds.started.push(this.buffer?.duration ?? 0);
      return start.apply(this, args);
    };
    AudioBufferSourceNode.prototype.stop = function (...args: Parameters<AudioBufferSourceNode['stop']>) {
      sounds.stopped += 1;
      return stop.apply(this, args);
    };
  });
}

/** Counts the answers to speech requests the page has read. */
async function countSpeechAnswers(page: Page) {
  await page.addInitScript(() => {
    const counter = window as unknown as { speechAnswersRead: number };
    counter.speechAnswersRead = 0;
    const { json } = Response.prototype;
    Response.prototype.json = async function (this: Response) {
      const value: unknown = await json.call(this);
      if (this.url.endsWith('/kiosk/speech/say')) counter.speechAnswersRead += 1;
      return value;
    };
  });
}

const sounds = (page: Page) => page.evaluate(() => (window as unknown as { sounds: Sounds }).sounds);

/** Every request for speech the page makes, as sent. */
function speechRequests(page: Page): { text: string; lang: string }[] {
  const asked: { text: string; lang: string }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/kiosk/speech/say')) asked.push(request.postDataJSON() as { text: string; lang: string });
  });
  return asked;
}

/** A real WAV: RIFF/WAVE, 16-bit sound, sizes that match the file, and more than a second of it. */
function expectWav(wav: Buffer) {
  expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
  expect(wav.toString('latin1', 8, 12)).toBe('WAVE');
  expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
  expect(wav.toString('latin1', 36, 40)).toBe('data');
  expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
  const bytesPerSecond = wav.readUInt32LE(28);
  expect(wav.length - 44).toBeGreaterThan(bytesPerSecond);
}

const readButton = (scope: Locator | Page) => scope.getByTestId('read-to-me');

/**
 * Taps "Read to me" in `scope` and checks what happened: the words went to main in `lang`, a
 * real WAV came back, the wall started playing it and the button now says "Stop reading".
 * Answers the words that were sent.
 */
async function readAloud(page: Page, scope: Locator, lang: Lang): Promise<string> {
  const before = (await sounds(page)).started.length;
  const answered = page.waitForResponse((response) => response.url().endsWith('/kiosk/speech/say'));
  await expect(readButton(scope)).toHaveText(say(lang, 'readAloud.read'));
  await readButton(scope).click();
  const response = await answered;
  const asked = response.request().postDataJSON() as { text: string; lang: string };
  expect(asked.lang).toBe(lang);
  const result = (await response.json()) as BridgeResult<SpeechResult>;
  if (!result.ok || !result.value.spoken) throw new Error(`Nothing was spoken: ${JSON.stringify(result)}`);
  expectWav(Buffer.from(result.value.wav, 'base64'));
  await expect.poll(async () => (await sounds(page)).started.length).toBe(before + 1);
  // The sound the wall started is the WAV main made: seconds of speech, not a click.
  expect((await sounds(page)).started.at(-1)).toBeGreaterThan(1);
  await expect(readButton(scope)).toHaveText(say(lang, 'readAloud.stop'));
  return asked.text;
}

/** "Stop reading" stops the sound, and the button says "Read to me" again. */
async function stopReading(page: Page, scope: Locator, lang: Lang) {
  const before = (await sounds(page)).stopped;
  await readButton(scope).click();
  await expect(readButton(scope)).toHaveText(say(lang, 'readAloud.read'));
  expect((await sounds(page)).stopped).toBe(before + 1);
}

async function look(page: Page, testInfo: TestInfo, name: string) {
  await keepScreenshot(page, testInfo, name);
  await expectComfortableSizes(page, name);
  await expectAccessible(page, name);
}

async function openWall(page: Page) {
  await page.clock.install({ time: new Date(WALL_TIME) });
  await page.goto('/');
  await expect(page.getByTestId('session').first()).toBeVisible();
}

/** From home: the "What helped" board in `lang`. */
async function openHelpedBoard(page: Page, lang: Lang) {
  await page.getByRole('button', { name: say(lang, 'footer.boards') }).click();
  await page.getByRole('button', { name: new RegExp(`^${lang === 'en' ? 'What helped' : 'Lo que ayudó'}`) }).click();
  await expect(page.getByRole('button', { name: say(lang, 'boards:write') })).toBeVisible();
}

/** On a board: writes crisis words, so the support card shows. */
async function showSupportCard(page: Page, lang: Lang) {
  await page.getByRole('button', { name: say(lang, 'boards:write') }).click();
  await typeOnScreen(page, lang === 'en' ? 'tonight i am going to end my life' : 'quiero terminar con todo esta noche');
  await page.getByRole('button', { name: say(lang, 'boards:compose.preview') }).click();
  await page.getByRole('button', { name: say(lang, 'boards:compose.post'), exact: true }).click();
  await expect(page.getByTestId('support-card')).toBeVisible();
}

for (const screen of SCREENS) {
  test(`Read to me speaks home, a board and the support card in English and Spanish, at ${screen.name}`, async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    await listenForSound(page);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await openWall(page);
    const home = page.locator('.home-layout');

    for (const lang of ['en', 'es'] as const) {
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      await look(page, testInfo, `home-${lang}-${screen.name}`);
      const homeWords = await readAloud(page, home, lang);
      // The date, the sections and the sessions on the screen; not the buttons' actions, nor the header's switches.
      expect(homeWords).toContain(lang === 'en' ? 'Tuesday' : 'martes');
      expect(homeWords).toContain(say(lang, 'home:upNext'));
      expect(homeWords).toContain(lang === 'en' ? 'Walking group' : 'Grupo de caminata');
      expect(homeWords).not.toContain(say(lang, 'home:tapToJoin'));
      expect(homeWords).not.toContain(say(lang, 'comfort.switch'));
      expect(homeWords).not.toContain(say(lang, 'readAloud.read'));
      await keepScreenshot(page, testInfo, `home-reading-${lang}-${screen.name}`);
      await stopReading(page, home, lang);

      await openHelpedBoard(page, lang);
      const board = page.locator('main.board');
      await look(page, testInfo, `board-${lang}-${screen.name}`);
      const boardWords = await readAloud(page, board, lang);
      expect(boardWords).toContain(lang === 'en' ? 'What helped' : 'Lo que ayudó');
      expect(boardWords).toContain(lang === 'en' ? 'Something that helped me this week' : 'Algo que me ayudó esta semana');
      expect(boardWords).toContain('A short walk after lunch cleared my head.');
      expect(boardWords).not.toContain(say(lang, 'boards:relate'));
      expect(boardWords).not.toContain(say(lang, 'boards:worry'));
      expect(boardWords).not.toContain(say(lang, 'boards:write'));
      await stopReading(page, board, lang);

      await showSupportCard(page, lang);
      const card = page.getByTestId('support-card');
      await look(page, testInfo, `support-card-${lang}-${screen.name}`);
      const cardWords = await readAloud(page, card, lang);
      expect(cardWords).toContain(say(lang, 'boards:support.title'));
      expect(cardWords).toContain(lang === 'en' ? 'call or text 988' : 'llama o escribe al 988');
      // Only the card: nothing of the board behind it.
      expect(cardWords).not.toContain(lang === 'en' ? 'Something that helped me this week' : 'Algo que me ayudó esta semana');
      expect(cardWords).not.toContain(say(lang, 'boards:support.back'));
      await stopReading(page, card, lang);

      await page.getByRole('button', { name: say(lang, 'boards:support.back') }).click();
      await page.getByRole('button', { name: say(lang, 'boards:allBoards') }).click();
      await page.getByRole('button', { name: say(lang, 'boards:home') }).click();
    }
  });
}

test('nothing is asked for or played until a resident taps Read to me', async ({ page }) => {
  test.setTimeout(120_000);
  await listenForSound(page);
  const asked = speechRequests(page);
  await openWall(page);
  // A wall left alone for a while, and a resident who goes everywhere but never taps it.
  await page.clock.runFor(5 * 60_000);
  await openHelpedBoard(page, 'en');
  await page.getByRole('button', { name: say('en', 'boards:allBoards') }).click();
  await page.getByRole('button', { name: say('en', 'boards:home') }).click();
  await page.getByRole('button', { name: say('en', 'footer.privacy') }).click();
  // "What this screen keeps" says where the words are spoken.
  const reading = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { name: say('en', 'readAloud.privacy.title') }) });
  await expect(reading).toContainText(say('en', 'readAloud.privacy.text'));
  await page.getByRole('button', { name: say('en', 'signin:back') }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.clock.runFor(60_000);
  expect(asked).toEqual([]);
  expect(await sounds(page)).toEqual({ started: [], stopped: 0 });

  // The same counters see the first tap.
  await page.getByRole('button', { name: say('es', 'readAloud.read') }).click();
  await expect.poll(async () => (await sounds(page)).started.length).toBe(1);
  expect(asked).toHaveLength(1);
});

test('leaving the screen, switching language and the idle reset each stop the reading', async ({ page }) => {
  test.setTimeout(120_000);
  await listenForSound(page);
  await openWall(page);
  const home = page.locator('.home-layout');

  await readAloud(page, home, 'en');
  await page.getByRole('button', { name: say('en', 'footer.boards') }).click();
  await expect.poll(async () => (await sounds(page)).stopped).toBe(1);
  await page.getByRole('button', { name: say('en', 'boards:home') }).click();
  await expect(readButton(home)).toHaveText(say('en', 'readAloud.read'));

  await readAloud(page, home, 'en');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect.poll(async () => (await sounds(page)).stopped).toBe(2);
  await expect(readButton(home)).toHaveText(say('es', 'readAloud.read'));

  await readAloud(page, home, 'es');
  // The idle timeout (90 s), then "Still there?" for 20 s with nobody answering.
  await page.clock.runFor(111_000);
  await expect.poll(async () => (await sounds(page)).stopped).toBe(3);
  await expect(readButton(home)).toHaveText(say('en', 'readAloud.read'));
});

test('"Stop reading" while the words are still being made: nothing plays when they arrive', async ({ page }) => {
  await listenForSound(page);
  await countSpeechAnswers(page);
  const asked = speechRequests(page);
  // Main's answer waits until the resident has tapped again.
  let release = () => {};
  const tappedAgain = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/kiosk/speech/say', async (route) => {
    await tappedAgain;
    await route.continue();
  });
  await openWall(page);
  const button = readButton(page.locator('.home-layout'));
  await button.click();
  await expect(button).toHaveText(say('en', 'readAloud.stop'));
  await button.click();
  await expect(button).toHaveText(say('en', 'readAloud.read'));
  release();
  // The page has read main's answer (and, in the same turn, let it go).
  await expect.poll(() => page.evaluate(() => (window as unknown as { speechAnswersRead: number }).speechAnswersRead)).toBe(1);
  expect(asked).toHaveLength(1);
  expect((await sounds(page)).started).toEqual([]);
  await expect(button).toHaveText(say('en', 'readAloud.read'));
  // A new tap reads: the one sound started is its own, never the first tap's too.
  await readAloud(page, page.locator('.home-layout'), 'en');
  expect((await sounds(page)).started).toHaveLength(1);
});

test.describe('on a machine without espeak-ng', () => {
  test.use({ previewOptions: { demo: true, speechCommand: '/nonexistent/espeak-ng' } });

  for (const screen of SCREENS) {
    test(`Read to me says kindly that reading aloud is not available, and plays nothing, at ${screen.name}`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await listenForSound(page);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await openWall(page);
      for (const lang of ['en', 'es'] as const) {
        if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
        await readButton(page).click();
        const notice = page.getByTestId('read-aloud-notice');
        await expect(notice).toContainText(say(lang, 'readAloud.unavailable'));
        await look(page, testInfo, `unavailable-${lang}-${screen.name}`);
        await notice.getByRole('button', { name: say(lang, 'readAloud.ok') }).click();
        await expect(notice).toHaveCount(0);
        await expect(readButton(page)).toHaveText(say(lang, 'readAloud.read'));
      }
      expect((await sounds(page)).started).toEqual([]);
    });
  }
});
