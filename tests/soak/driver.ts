/**
 * The soak's resident, run inside the page: it taps the wall's own buttons (pointerdown,
 * pointerup, click, as a finger does) and waits, after each tap, for what the wall shows in
 * answer. What the wall acknowledged is returned, so the test can hold the database to it.
 *
 * Runs through page.evaluate: it must stay self-contained (no imports, no outside names).
 */

export interface SoakBatch {
  steps: number;
  seed: number;
  /** Shares posted so far: new texts continue the numbering. */
  sharesSoFar: number;
  /** The relate counts the wall showed last, by share text (carried across batches). */
  relates: Record<string, number>;
  /** Residents (by symbol label) with a tap-in row for the session now. */
  tappedIn: string[];
  /** The occurrence whose "Tap to join" the resident uses. */
  session: string;
}

export interface SoakResult {
  counts: { screen: number; relate: number; share: number; tapIn: number; undo: number };
  posted: { text: string; held: boolean }[];
  relates: Record<string, number>;
  tappedIn: string[];
}

export async function soakSteps(batch: SoakBatch): Promise<SoakResult> {
  const WORDS = ['calm', 'tea', 'walk', 'garden', 'music', 'quiet', 'rain', 'book', 'bread', 'song', 'window', 'kettle', 'laugh', 'river', 'cloud', 'paint', 'soup', 'chair', 'bird', 'lamp'];
  const SYMBOLS = ['Sun', 'Tree', 'Fish', 'Cat', 'Boat', 'Key', 'Flower', 'Guitar'];
  const WAIT_MS = 10_000;
  const counts = { screen: 0, relate: 0, share: 0, tapIn: 0, undo: 0 };
  const posted: { text: string; held: boolean }[] = [];
  const relates = { ...batch.relates };
  const tappedIn = new Set(batch.tappedIn);
  let seed = batch.seed >>> 0 || 1;
  let sharesSoFar = batch.sharesSoFar;
  let step = 0;

  /** Mulberry32: the same seed gives the same visit. */
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const screen = () => document.querySelector<HTMLElement>('.wall')?.dataset.screen ?? '';
  const fail = (what: string): never => {
    throw new Error(`Soak step ${step} (${screen()}): ${what}`);
  };
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  async function waitFor<T>(what: string, found: () => T | null | undefined | false): Promise<T> {
    const until = performance.now() + WAIT_MS;
    for (;;) {
      const value = found();
      if (value) return value;
      if (performance.now() > until) return fail(`the wall never showed ${what}`);
      await settle();
    }
  }

  function tap(element: Element) {
    const at = { bubbles: true, cancelable: true, composed: true, pointerType: 'touch', isPrimary: true };
    element.dispatchEvent(new PointerEvent('pointerdown', at));
    element.dispatchEvent(new PointerEvent('pointerup', at));
    (element as HTMLElement).click();
  }

  // Only what a person can tap: the home screen stays built, hidden, while another screen is up.
  const buttons = (within: ParentNode = document) =>
    [...within.querySelectorAll<HTMLButtonElement>('button:not([disabled])')].filter((b) => b.checkVisibility());
  const buttonNamed = (name: string | RegExp, within: ParentNode = document) =>
    buttons(within).find((b) => {
      const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
      return typeof name === 'string' ? label === name || label.endsWith(` ${name}`) : name.test(label);
    });

  async function tapButton(name: string | RegExp, within?: ParentNode) {
    tap(await waitFor(`the button ${String(name)}`, () => buttonNamed(name, within)));
  }

  /** One tap that changes the screen; `counted` false when it ends another interaction (a tap-in's "Done"). */
  async function goTo(expected: string, press: () => Promise<void>, counted = true) {
    await press();
    await waitFor(`the ${expected} screen`, () => screen() === expected);
    if (counted) counts.screen += 1;
  }

  const home = (counted = true) =>
    goTo('home', async () => tap(await waitFor('a way home', () => document.querySelector('[data-testid="wall-back"]') ?? buttonNamed('Home'))), counted);

  /** A share's relate count as the card shows it; no count is shown for none. */
  const shownRelates = (card: Element) => {
    const text = card.querySelector('[data-testid="relate-count"]')?.textContent ?? '';
    return text === '' ? 0 : Number(/\d+/.exec(text)?.[0] ?? NaN);
  };

  async function relateOnce() {
    const cards = await waitFor('shares on the board', () => {
      if (document.querySelector('main.board[aria-busy="true"]')) return false;
      const found = [...document.querySelectorAll('[data-testid="share"]')];
      return found.length > 0 && found;
    });
    const card = pick(cards);
    const text = card.querySelector('.text')?.textContent ?? fail('a share without text');
    const button = card.querySelector<HTMLButtonElement>('button.relate') ?? fail('a share without "I relate"');
    const wasPressed = button.getAttribute('aria-pressed') === 'true';
    const before = relates[text] ?? shownRelates(card);
    if (shownRelates(card) !== before) fail(`"${text}" shows ${shownRelates(card)} relates, the wall acknowledged ${before}`);
    const expected = before + (wasPressed ? -1 : 1);
    tap(button);
    // The count changes only once the database holds it: that is the acknowledgement.
    await waitFor(`${expected} relates on "${text}"`, () => {
      const now = [...document.querySelectorAll('[data-testid="share"]')].find((c) => c.querySelector('.text')?.textContent === text);
      return now && now.querySelector('button.relate')?.getAttribute('aria-pressed') === String(!wasPressed) && shownRelates(now) === expected;
    });
    relates[text] = expected;
    counts.relate += 1;
  }

  async function typeKey(key: string) {
    tap(await waitFor(`the key ${key}`, () => document.querySelector(`.hg-button[data-skbtn="${key}"]`)));
  }

  async function postOne() {
    sharesSoFar += 1;
    let n = sharesSoFar;
    const words: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      words.push(WORDS[n % WORDS.length]!);
      n = Math.floor(n / WORDS.length);
    }
    const text = `soak ${words.join(' ')} ${WORDS[sharesSoFar % 7]}`;
    await tapButton('Write a share');
    for (const char of text) await typeKey(char === ' ' ? '{space}' : char);
    await waitFor('the draft', () => document.querySelector('[data-testid="draft"]')?.textContent === text);
    await tapButton('See how it looks');
    await tapButton('Post');
    const result = await waitFor('the answer to a share', () => document.querySelector('[data-testid="compose-result"]'));
    const held = (result.textContent ?? '').includes('read it first');
    posted.push({ text, held });
    relates[text] = 0;
    await tapButton('Back to the board', result);
    // The board reads its newest page again: wait for it, so the next tap is on what it shows now.
    if (held) await goTo('boards', () => tapButton('All boards'), false);
    else await waitFor('the new share at the top of the board', () => document.querySelector('[data-testid="share"] .text')?.textContent === text);
    counts.share += 1;
  }

  async function tapInOnce() {
    await tapButton('Tap to join', await waitFor('the open group', () => document.querySelector(`[data-testid="session"][data-key="${batch.session}"]`)));
    await waitFor('the sign-in screen', () => screen() === 'signIn');
    const symbol = pick(SYMBOLS);
    await tapButton(symbol, await waitFor('the symbols', () => document.querySelector('.symbol-grid')));
    const heading = await waitFor('the tap-in answer', () => document.querySelector('#tap-in-welcome'));
    // The wall answers a symbol tap the same whether or not that person was already in.
    if ((heading.textContent ?? '').includes('already')) fail(`the wall told a bystander that ${symbol} was already in`);
    const wasIn = tappedIn.has(symbol);
    tappedIn.add(symbol);
    counts.tapIn += 1;
    // Now and then "Not you? Undo": it answers only once the first tap has settled (a shaky hand's
    // second tap is ignored), a real wait of over half a second each time, so it is kept rare.
    if (random() < 0.04) {
      await new Promise((resolve) => setTimeout(resolve, 650));
      await tapButton('Not you? Undo');
      await waitFor('the tap-in taken back', () => document.body.textContent?.includes('Taken back.'));
      // Undo takes back only the row this tap made: an earlier tap-in stays.
      if (!wasIn) tappedIn.delete(symbol);
      counts.undo += 1;
      await home(false);
      return;
    }
    await goTo('home', () => tapButton('Done'), false);
  }

  for (; step < batch.steps; step += 1) {
    const roll = random();
    switch (screen()) {
      case 'home':
        if (roll < 0.35) await goTo('boards', () => tapButton('Sharing boards'));
        else if (roll < 0.75) await tapInOnce();
        else if (roll < 0.85) await goTo('privacy', () => tapButton('What this screen keeps'));
        else if (roll < 0.95) await goTo('session', async () => tap(await waitFor('a group on the wall', () => document.querySelector('[data-testid="session"] button.open'))));
        else {
          const switchTo = document.documentElement.lang === 'es' ? 'English' : 'Español';
          await tapButton(switchTo);
          await waitFor('the other language', () => document.documentElement.lang === (switchTo === 'English' ? 'en' : 'es'));
          // Back in English, so the driver keeps finding its buttons by their English names.
          if (switchTo === 'Español') {
            await tapButton('English');
            await waitFor('English again', () => document.documentElement.lang === 'en');
          }
          counts.screen += 1;
        }
        break;
      case 'boards':
        if (roll < 0.6) await goTo('board', async () => tap(pick(await waitFor('the boards', () => {
          const found = [...document.querySelectorAll('button.board-card')];
          return found.length > 0 && found;
        }))));
        else await goTo('home', () => tapButton('Home'));
        break;
      case 'board':
        if (roll < 0.62) await relateOnce();
        else if (roll < 0.645) await postOne();
        else await goTo('boards', () => tapButton('All boards'));
        break;
      default:
        await home();
    }
  }
  return { counts, posted, relates, tappedIn: [...tappedIn] };
}
