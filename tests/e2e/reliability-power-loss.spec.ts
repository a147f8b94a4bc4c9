import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test, expect, type Browser, type Page } from '@playwright/test';
import { typeOnScreen } from './boards-helpers';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { readAll, tapToJoinWalking, WALKING_SESSION, type RawAttendance, type RawShare } from './reliability-helpers';
import { startOwnPreview, type OwnPreview } from './reliability-preview';

/*
 * Power loss, as near as a test can come: Chromium runs on a persistent profile, as the kiosk
 * does, and the moment the wall acknowledges a write ("Thank you", "You're in", the new relate
 * count) every Chromium process is killed with SIGKILL: no unload, no flush, no goodbye. Chromium
 * then starts again on the same profile, and every acknowledged write must be in IndexedDB.
 *
 * A killed process leaves what it handed to the operating system; a real power cut also loses
 * what the OS had not yet written to disk. That part is what strict durability is for (Chromium
 * flushes before it reports a commit), so the test also checks, in Chromium itself, that every
 * read-write transaction the wall opened asked for strict durability.
 */

/** One Chromium on the kiosk's profile, started by the test so that the test can kill it. */
interface Kiosk {
  page: Page;
  browser: Browser;
  /** SIGKILL to the whole process group: the browser, its renderers, GPU and utility processes at once. */
  powerCut(): Promise<void>;
}

/** Chromiums still running, killed after the test whatever happened in it. */
const running = new Set<Kiosk>();

async function startChromium(profile: string): Promise<Kiosk> {
  const child: ChildProcessWithoutNullStreams = spawn(
    chromiumExecutable(),
    [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1280,800', 'about:blank'],
    { detached: true, stdio: 'pipe' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  const kiosk: Kiosk = {
    page,
    browser,
    powerCut: async () => {
      running.delete(kiosk);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
  running.add(kiosk);
  return kiosk;
}

/** Records, in Chromium, the durability every read-write transaction of the page was opened with. */
async function watchDurability(page: Page) {
  await page.addInitScript(() => {
    const open = IDBDatabase.prototype.transaction;
    const seen: string[] = [];
    Object.defineProperty(window, '__hearthWriteDurability', { value: seen });
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof open>) {
      const transaction = open.apply(this, args);
      if (transaction.mode === 'readwrite') seen.push(transaction.durability);
      return transaction;
    };
  });
}

const writeDurabilities = (page: Page) => page.evaluate(() => (window as unknown as { __hearthWriteDurability: string[] }).__hearthWriteDurability);

/** Opens the wall on 2026-03-10 at 11:10, during the example house's walking group; timers run as usual. */
async function openWall(kiosk: Kiosk, preview: OwnPreview): Promise<Page> {
  const { page } = kiosk;
  await watchDurability(page);
  await page.clock.setFixedTime(new Date('2026-03-10T11:10:00'));
  await page.goto(preview.url);
  // A cold Chromium on a busy machine: starting may take longer than one screen change.
  await expect(page.getByTestId('house-name')).toBeVisible({ timeout: 30_000 });
  return page;
}

async function openWhatHelped(page: Page) {
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: /^What helped/ }).click();
  await expect(page.getByRole('button', { name: 'Write a share' })).toBeVisible();
}

async function writeShare(page: Page, text: string) {
  await page.getByRole('button', { name: 'Write a share' }).click();
  await typeOnScreen(page, text);
  await page.getByRole('button', { name: 'See how it looks' }).click();
  await page.getByRole('button', { name: 'Post', exact: true }).click();
}

// Tracing follows every browser the test connects to; a trace of a browser that is killed on
// purpose can only fail to close, so this test records none.
test.use({ trace: 'off' });
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

let preview: OwnPreview;
let profile: string;

test.beforeAll(async () => {
  // Without the demo's attendance history: the test reads back every attendance record.
  preview = await startOwnPreview({ demo: true, attendanceHistory: false });
  profile = mkdtempSync(join(tmpdir(), 'hearth-profile-'));
});

test.afterAll(async () => {
  for (const kiosk of running) await kiosk.powerCut();
  await preview.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(preview.dataDir, { recursive: true, force: true });
});

test('every write the wall acknowledged is still there after Chromium is killed right after the acknowledgement', async () => {
  const acknowledged = { published: '', held: '', attendance: 0, relates: 0 };

  // 1. A share is published: "Thank you for sharing." — then the power goes.
  let kiosk = await startChromium(profile);
  let page = await openWall(kiosk, preview);
  await openWhatHelped(page);
  acknowledged.published = 'Tea helped me today';
  await writeShare(page, acknowledged.published);
  await expect(page.getByTestId('compose-result')).toContainText('Thank you for sharing.');
  const durabilities = await writeDurabilities(page);
  await kiosk.powerCut();

  kiosk = await startChromium(profile);
  page = await openWall(kiosk, preview);
  expect((await readAll<RawShare>(page, 'shares')).filter((s) => s.text === acknowledged.published)).toMatchObject([{ status: 'published' }]);

  // 2. A share held for staff: the wall says staff will read it first — then the power goes.
  await openWhatHelped(page);
  acknowledged.held = 'Call me on 555 123 4567';
  await writeShare(page, acknowledged.held);
  await expect(page.getByTestId('compose-result')).toContainText('A staff member will read it first');
  durabilities.push(...(await writeDurabilities(page)));
  await kiosk.powerCut();

  kiosk = await startChromium(profile);
  page = await openWall(kiosk, preview);
  const held = (await readAll<RawShare>(page, 'shares')).filter((s) => s.text === acknowledged.held);
  expect(held).toMatchObject([{ status: 'held' }]);
  expect((await readAll<{ shareId?: string }>(page, 'reviewItems')).map((r) => r.shareId)).toContain(held[0]!.id);

  // 3. A tap-in: "You're in — welcome" — then the power goes.
  await tapToJoinWalking(page, { pausedClock: false });
  await page.getByRole('button', { name: 'Fish' }).click();
  await expect(page.getByRole('heading', { name: "You're in — welcome" })).toBeVisible();
  durabilities.push(...(await writeDurabilities(page)));
  await kiosk.powerCut();

  kiosk = await startChromium(profile);
  page = await openWall(kiosk, preview);
  expect(await readAll<RawAttendance>(page, 'attendance')).toMatchObject([{ occurrenceKey: WALKING_SESSION, residentId: 'resident-3', method: 'symbol' }]);

  // 4. "I relate": the count on screen goes up once it is stored — then the power goes.
  await openWhatHelped(page);
  const walk = page.getByTestId('share').filter({ hasText: 'A short walk after lunch cleared my head.' });
  await expect(walk.getByTestId('relate-count')).toHaveText('3 people relate');
  await walk.getByRole('button', { name: 'I relate' }).click();
  await expect(walk.getByTestId('relate-count')).toHaveText('4 people relate');
  durabilities.push(...(await writeDurabilities(page)));
  await kiosk.powerCut();

  // 5. Everything acknowledged is there, together.
  kiosk = await startChromium(profile);
  page = await openWall(kiosk, preview);
  const shares = await readAll<RawShare>(page, 'shares');
  expect(shares.filter((s) => s.text === acknowledged.published)).toHaveLength(1);
  expect(shares.filter((s) => s.text === acknowledged.held)).toHaveLength(1);
  expect(shares.find((s) => s.text.startsWith('A short walk after lunch'))?.relates).toBe(4);
  expect(await readAll<RawAttendance>(page, 'attendance')).toHaveLength(1);
  await openWhatHelped(page);
  await expect(page.getByTestId('share').filter({ hasText: acknowledged.published })).toBeVisible();

  // Every write above went through a transaction that asked Chromium for strict durability.
  expect(durabilities.length).toBeGreaterThanOrEqual(4);
  expect(durabilities.filter((d) => d !== 'strict')).toEqual([]);
  await kiosk.powerCut();
});
