#!/usr/bin/env node
// npm run bench: the performance budgets, measured in Chromium on a house with two years of history.
// Every figure is the median of at least 5 runs, all in one process so that ratios hold on a busy
// machine. Writes bench/results.json and prints a table. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const outDir = join(root, process.env.HEARTH_OUT_DIR ?? 'out-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// The figures that take long to measure (taps, heap) run this many times, never fewer than 5.
const RUNS_AT_LEAST_5 = Math.max(5, Number(process.env.BENCH_LONG_RUNS ?? 5));
const TAPS_PER_KIND = Number(process.env.BENCH_TAPS ?? 20);
const BUDGETS = { homeInteractiveRatio: 2, tapToPaintP95Ms: 50, heapGrowthRatio: 1.05, rendererJsGzipKB: 150, boardPageQueryMs: 10 };
const STAFF = { name: 'Bench staff', pin: '482915' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const startedAt = Date.now();
const log = (message) => console.log(`[bench ${Math.round((Date.now() - startedAt) / 1000)} s] ${message}`);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function chromiumExecutable() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const JS_FLAGS = '--expose-gc';

// Installed before any page script: records when the home screen is ready and times every tap.
const INSTRUMENTATION = `(() => {
  const bench = (window.__bench = { homeReadyAt: null, taps: [], events: [], recording: true });
  const ready = () => document.querySelector('main.home[aria-busy="false"]');
  const observer = new MutationObserver(() => {
    if (bench.homeReadyAt === null && ready()) { bench.homeReadyAt = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  // Next paint after a tap: the frame after the click's work, then a task queued behind its paint.
  addEventListener('pointerdown', (event) => {
    if (!bench.recording) return;
    const startedAt = event.timeStamp;
    addEventListener('click', () => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => bench.taps.push(performance.now() - startedAt);
        channel.port2.postMessage(null);
      });
    }, { once: true, capture: true });
  }, { capture: true });
  new PerformanceObserver((list) => {
    if (bench.recording) for (const entry of list.getEntries()) if (entry.interactionId) bench.events.push({ id: entry.interactionId, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();`;

async function startPreview() {
  const { startWebPreview } = await import(pathToFileURL(join(outDir, 'main', 'web-preview.js')).href);
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-bench-data-'));
  const preview = await startWebPreview({ port: 0, dataDir, demo: false });
  const response = await fetch(`${preview.url}/kiosk/staff/setup`, {
    method: 'POST',
    headers: { Origin: preview.url, 'Content-Type': 'application/json' },
    body: JSON.stringify(STAFF),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`Staff setup failed: ${JSON.stringify(result.error)}`);
  return { preview, dataDir };
}

async function launch(profileDir, { jsFlags = JS_FLAGS, ...options } = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, `--js-flags=${jsFlags}`],
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    locale: 'en-US',
    ...options,
  });
  await context.addInitScript(INSTRUMENTATION);
  return context;
}

/**
 * Opens the wall with the bench's own helper (out-bench/bench/seed.js) loaded beside it, after
 * `restMs` at rest on the home screen, and runs `work` on that page. Loading the helper needs the
 * CSP bypassed, so only the seeding and the board query use such a context; every other figure is
 * measured under the real policy.
 */
async function withBenchHelper(profileDir, url, restMs, work) {
  const context = await launch(profileDir, { bypassCSP: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}/`);
    await page.waitForSelector('main.home[aria-busy="false"]');
    if (restMs) await page.waitForTimeout(restMs);
    await page.addScriptTag({ path: join(outDir, 'bench', 'seed.js') });
    return await work(page);
  } finally {
    await context.close();
  }
}

function seed(profileDir, url) {
  return withBenchHelper(profileDir, url, 0, async (page) => {
    log('seeding the two-year house through the backup restore repository…');
    const started = Date.now();
    const { written } = await page.evaluate(() => window.hearthBench.seed());
    log(`seeded ${written} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // One visit with the live schedule, so the wall's saved copy of its home screen is of this house.
    await page.reload();
    await page.waitForSelector('main.home[aria-busy="false"]');
    await page.waitForTimeout(2000);
    return page.evaluate(async () => {
      const open = indexedDB.open('hearth');
      const db = await new Promise((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const count = (name) =>
        new Promise((done) => {
          const request = db.transaction(name).objectStore(name).count();
          request.onsuccess = () => done(request.result);
        });
      const result = { groups: await count('groups'), attendance: await count('attendance'), shares: await count('shares'), residents: await count('residents') };
      db.close();
      return result;
    });
  });
}

/**
 * The query for one page of the busiest board, on a wall at rest: timed last, long after the
 * seeding (whose 200,000 writes the browser's storage keeps compacting for a while) and after the
 * wall's own start-up work.
 */
async function boardQueries(profileDir, url) {
  const queries = await withBenchHelper(profileDir, url, 4000, (page) =>
    page.evaluate((runs) => window.hearthBench.boardPageQueries(runs), Math.max(RUNS, 5) * 3),
  );
  return median(queries);
}

async function homeInteractive(context, url) {
  // Shown means ready and painted, on both sides.
  const shownAt = async (path) => {
    const page = await context.newPage();
    await page.goto(`${url}${path}`);
    await page.waitForFunction(() => window.__bench.homeReadyAt !== null && performance.getEntriesByName('first-contentful-paint').length > 0);
    const time = await page.evaluate(() => Math.max(window.__bench.homeReadyAt, performance.getEntriesByName('first-contentful-paint')[0].startTime));
    return { page, time };
  };
  // The static snapshot is the home screen as the app drew it; this first load also warms the disk cache.
  const first = await shownAt('/');
  const snapshot = await first.page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('script, link[rel="modulepreload"]').forEach((node) => node.remove());
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await first.page.close();
  writeFileSync(join(outDir, 'renderer', 'bench-static.html'), snapshot);
  await (await shownAt('/bench-static.html')).page.close();

  // App and snapshot loads alternate, so a busy moment on the machine falls on both alike; a
  // page load is quick, so three times as many as the other measures, for steadier medians.
  const appTimes = [];
  const staticTimes = [];
  for (let i = 0; i < 3 * RUNS; i++) {
    for (const [path, times] of [['/', appTimes], ['/bench-static.html', staticTimes]]) {
      const { page, time } = await shownAt(path);
      times.push(time);
      await page.close();
    }
  }
  return { app: median(appTimes), static: median(staticTimes), ratio: median(appTimes) / median(staticTimes) };
}

async function rendererJsOnce(context, url) {
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${url}/`);
  await page.waitForFunction(() => window.__bench.homeReadyAt !== null);
  // Everything the wall loads as it starts counts, not only what the first frame needed: the
  // database code after the first frame, and the screens fetched ahead of use when idle.
  await page.waitForTimeout(5000);
  const all = await Promise.all(bodies);
  await page.close();
  return all.reduce((sum, body) => sum + gzipSync(body).length, 0) / 1024;
}

async function tapTimingsOnce(context, url, run) {
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForFunction(() => window.__bench.homeReadyAt !== null);
  const collect = async (kind, count, setup, tap) => {
    const samples = [];
    for (let i = 0; i < count; i++) {
      if (setup) await setup(i);
      await page.evaluate(() => {
        window.__bench.taps = [];
        window.__bench.events = [];
      });
      await tap(i);
      await page.waitForFunction(() => window.__bench.taps.length > 0);
      await page.waitForTimeout(40);
      const { taps, events } = await page.evaluate(() => window.__bench);
      samples.push(Math.max(taps[0], ...events.map((e) => e.duration)));
    }
    log(`run ${run + 1}, ${kind}: p95 ${round(percentile(samples, 95))} ms over ${samples.length} taps`);
    return samples;
  };
  const home = async () => {
    await page.goto(`${url}/`);
    await page.waitForFunction(() => window.__bench.homeReadyAt !== null);
  };

  const openBoard = await collect(
    'open a board',
    TAPS_PER_KIND,
    async () => {
      await home();
      await page.getByRole('button', { name: 'Sharing boards' }).click();
      await page.getByRole('button', { name: /^Board 1/ }).waitFor();
    },
    () => page.getByRole('button', { name: /^Board 1/ }).click(),
  );

  await page.getByTestId('share').first().waitFor();
  const relate = await collect('I relate', TAPS_PER_KIND, null, (i) =>
    page.getByTestId('share').nth(i % 10).getByRole('button', { name: 'I relate' }).click(),
  );

  const openSignIn = await collect(
    'open sign-in',
    TAPS_PER_KIND,
    async () => {
      await home();
      await page.getByRole('button', { name: 'Tap to join' }).first().waitFor();
    },
    () => page.getByRole('button', { name: 'Tap to join' }).first().click(),
  );

  await home();
  await page.getByRole('button', { name: 'Sharing boards' }).click();
  await page.getByRole('button', { name: /^Board 1/ }).click();
  await page.getByRole('button', { name: 'Write a share' }).first().click();
  const keyButton = (i) => page.locator(`.hg-button[data-skbtn="${'asdfghjkl'[i % 9]}"]`);
  await keyButton(0).waitFor();
  const keyboardKey = await collect('on-screen key', TAPS_PER_KIND, null, (i) => keyButton(i).click());

  await home();
  await page.getByRole('button', { name: 'Staff mode' }).click();
  // The bench house has one staff account: its PIN pad comes first, with no name to choose.
  await page.getByRole('heading', { name: `Hello, ${STAFF.name}` }).waitFor();
  const digit = (i) => page.getByRole('button', { name: String((i % 9) + 1), exact: true });
  await digit(0).waitFor();
  const pinDigit = await collect('PIN pad digit', TAPS_PER_KIND, async (i) => {
    // Erase between digits so the pad never reaches a full PIN and submits.
    if (i > 0 && i % 5 === 0) for (let k = 0; k < 5; k++) await page.getByRole('button', { name: 'Erase the last digit' }).click();
  }, (i) => digit(i).click());
  await page.close();

  return {
    openBoard: percentile(openBoard, 95),
    relate: percentile(relate, 95),
    openSignIn: percentile(openSignIn, 95),
    keyboardKey: percentile(keyboardKey, 95),
    pinDigit: percentile(pinDigit, 95),
  };
}

/** Each interaction's p95 in each of the runs; its figure is the median over the runs, and the worst interaction's figure counts. */
async function tapTimings(context, url) {
  const runs = [];
  for (let run = 0; run < RUNS_AT_LEAST_5; run++) runs.push(await tapTimingsOnce(context, url, run));
  const byKind = Object.fromEntries(Object.keys(runs[0]).map((kind) => [kind, median(runs.map((r) => r[kind]))]));
  return { worst: Math.max(...Object.values(byKind)), byKind };
}

/**
 * One fresh page: the JS heap after 50 screen cycles and after 500, each after forced garbage
 * collections. With `byKind`, a heap snapshot at both points also splits the heap into V8's
 * compiled code and the rest; a snapshot changes what it measures (it computes line tables and
 * the like), so the runs that give the ratio take none.
 */
async function heapRun(context, url, { byKind = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/`);
  await page.waitForFunction(() => window.__bench.homeReadyAt !== null);
  // The tap timing records would grow the heap themselves: off while counting memory.
  await page.evaluate(() => (window.__bench.recording = false));
  // The cycles are driven from inside the page, 50 to a call: every Playwright action compiles
  // its own small script in the page's isolate, which would count in the heap measured here.
  // Each cycle: Sharing boards → a board, its shares shown → All boards → Home, home ready.
  const cycles = (count) =>
    page.evaluate(async (count) => {
      const until = async (find) => {
        for (let waited = 0; waited < 10_000; waited += 5) {
          const found = find();
          if (found) return found;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        throw new Error(`Timed out waiting for ${find}`);
      };
      // Only what shows: the home screen stays built, hidden, while another screen is up.
      const shown = (element) => (element?.checkVisibility() ? element : null);
      const button = (name) => () =>
        [...document.querySelectorAll('button')].find((b) => shown(b) && (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/^\W+/, '').startsWith(name));
      for (let i = 0; i < count; i++) {
        (await until(button('Sharing boards'))).click();
        (await until(button('Board 2'))).click();
        await until(() => document.querySelector('[data-testid="share"]'));
        (await until(button('All boards'))).click();
        (await until(button('Home'))).click();
        await until(() => shown(document.querySelector('main.home[aria-busy="false"]')));
      }
    }, count);
  const heapAfterGc = async () => {
    const sizes = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      sizes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    }
    return Math.min(...sizes);
  };
  // Where the heap is, by kind: V8's compiled code (type "code" in a heap snapshot) and the rest.
  const heapByKind = async () => {
    const chunks = [];
    const onChunk = (event) => chunks.push(event.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const { snapshot, nodes } = JSON.parse(chunks.join(''));
    const fields = snapshot.meta.node_fields;
    const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
    const codeType = snapshot.meta.node_types[0].indexOf('code');
    let code = 0;
    let other = 0;
    for (let i = 0; i < nodes.length; i += fields.length) {
      if (nodes[i + typeAt] === codeType) code += nodes[i + sizeAt];
      else other += nodes[i + sizeAt];
    }
    return { code, other };
  };
  await cycles(50);
  const after50 = await heapAfterGc();
  const kinds50 = byKind ? await heapByKind() : null;
  for (let done = 50; done < 500; done += 50) await cycles(50);
  const after500 = await heapAfterGc();
  const kinds500 = byKind ? await heapByKind() : null;
  await page.close();
  return { after50, after500, ratio: after500 / after50, kinds50, kinds500 };
}

/** The median run's heap figures, and the split by kind from one more run. */
async function heapGrowth(context, url) {
  const runs = [];
  for (let run = 0; run < RUNS_AT_LEAST_5; run++) {
    runs.push(await heapRun(context, url));
    log(`heap run ${run + 1}: ${runs.at(-1).after50} → ${runs.at(-1).after500} bytes (×${round(runs.at(-1).ratio, 4)})`);
  }
  const { kinds50, kinds500 } = await heapRun(context, url, { byKind: true });
  const middle = [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(runs.length / 2)];
  return { ...middle, ratio: median(runs.map((r) => r.ratio)), ratios: runs.map((r) => r.ratio), kinds50, kinds500 };
}

/**
 * Not a figure, a check on what the heap growth is: the same runs with V8's optimising compilers
 * (Maglev, TurboFan) switched off. Whatever still grows then is the app's own.
 */
async function heapGrowthWithoutOptimisers(profileDir, url) {
  const context = await launch(profileDir, { jsFlags: `${JS_FLAGS} --no-maglev --no-turbofan` });
  const ratios = [];
  for (let run = 0; run < 3; run++) ratios.push((await heapRun(context, url)).ratio);
  await context.close();
  return median(ratios);
}

/** Everything the wall loads as it starts, gzipped: the median of the runs. */
async function rendererJs(context, url) {
  const sizes = [];
  for (let run = 0; run < RUNS_AT_LEAST_5; run++) sizes.push(await rendererJsOnce(context, url));
  return median(sizes);
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    log(`building into ${outDir}…`);
    run('npx', ['electron-vite', 'build'], { HEARTH_OUT_DIR: outDir });
  }
  run('npx', ['vite', 'build', '-c', 'tests/bench/vite.seed.config.ts', '--logLevel', 'warn'], { HEARTH_OUT_DIR: outDir });

  const { preview, dataDir } = await startPreview();
  const profileDir = mkdtempSync(join(tmpdir(), 'hearth-bench-profile-'));
  try {
    const dataset = await seed(profileDir, preview.url);
    log(`dataset: ${JSON.stringify(dataset)}`);
    const context = await launch(profileDir);
    const home = await homeInteractive(context, preview.url);
    log(`home interactive ${round(home.app)} ms, static snapshot ${round(home.static)} ms`);
    const jsKB = await rendererJs(context, preview.url);
    const taps = await tapTimings(context, preview.url);
    const heap = await heapGrowth(context, preview.url);
    await context.close();
    const heapWithoutOptimisers = await heapGrowthWithoutOptimisers(profileDir, preview.url);
    const boardPageQueryMs = await boardQueries(profileDir, preview.url);

    const results = {
      homeInteractiveRatio: round(home.ratio),
      tapToPaintP95Ms: round(taps.worst),
      heapGrowthRatio: round(heap.ratio, 3),
      rendererJsGzipKB: round(jsKB, 1),
      boardPageQueryMs: round(boardPageQueryMs),
      dataset,
    };
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

    const rows = Object.entries(BUDGETS).map(([key, budget]) => ({
      measure: key,
      value: results[key],
      budget: `≤ ${budget}`,
      within: results[key] <= budget ? 'yes' : 'NO',
    }));
    console.table(rows);
    console.log('tap-to-paint p95 by interaction (ms):', Object.fromEntries(Object.entries(taps.byKind).map(([k, v]) => [k, round(v)])));
    console.log(`home: app ${round(home.app)} ms vs static ${round(home.static)} ms`);
    console.log(`heap ratio in each run: ${heap.ratios.map((r) => round(r, 3)).join(', ')}; the median run: ${heap.after50} → ${heap.after500} bytes`);
    const kb = (bytes) => `${round(bytes / 1024, 1)} KB`;
    console.log(
      `heap growth by kind (one more run, with heap snapshots; after 50 → after 500 cycles): V8 compiled code ${kb(heap.kinds50.code)} → ${kb(heap.kinds500.code)};` +
        ` everything else ${kb(heap.kinds50.other)} → ${kb(heap.kinds500.other)} (×${round(heap.kinds500.other / heap.kinds50.other, 3)})`,
    );
    console.log(`heap ratio with V8's optimising compilers off (a check, not a figure; median of 3 runs): ×${round(heapWithoutOptimisers, 4)}`);
    const missed = rows.filter((row) => row.within !== 'yes');
    if (missed.length) {
      console.log(`Over budget: ${missed.map((row) => row.measure).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await preview.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
}

await main();
