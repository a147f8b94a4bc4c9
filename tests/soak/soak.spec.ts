import { test, expect } from '../e2e/fixtures';
import { readAll, WALKING_SESSION, type RawAttendance, type RawShare } from '../e2e/reliability-helpers';
import { soakSteps, type SoakResult } from './driver';

/*
 * The soak: 10,000 resident interactions against the web preview, through the wall's own
 * buttons (screen changes, "I relate", tap-ins with the odd "Not you? Undo", and shares typed
 * on the on-screen keys). Afterwards the database must hold exactly what the wall acknowledged,
 * and the page must have logged no error.
 */

test.use({ previewOptions: { demo: true } });

const INTERACTIONS = Number(process.env.HEARTH_SOAK_INTERACTIONS ?? 10_000);
const BATCH = 500;
const SYMBOL_TO_RESIDENT: Record<string, string> = {
  Sun: 'resident-1',
  Tree: 'resident-2',
  Fish: 'resident-3',
  Cat: 'resident-4',
  Boat: 'resident-5',
  Key: 'resident-6',
  Flower: 'resident-7',
  Guitar: 'resident-8',
};

test(`${INTERACTIONS} resident interactions leave the database holding exactly what the wall acknowledged, with no page error`, async ({ page }) => {
  const problems: string[] = [];
  // Chromium asks every http page for /favicon.ico by itself; the wall declares none (Electron never asks).
  const browserOwn = (url: string) => new URL(url).pathname === '/favicon.ico';
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !browserOwn(message.location().url)) problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !browserOwn(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  // Tuesday 2026-03-10 from 11:10: the walking group (until 12:00) is open for tap-in all through
  // the soak. Time runs on, so each share has its own moment and the newest is on top.
  await page.clock.install({ time: new Date('2026-03-10T11:10:00') });
  await page.goto('/');
  await expect(page.getByTestId('house-name')).toBeVisible();
  // The example house is written in one transaction after the first screen shows: once its
  // walking group is on the home screen, all of it (its shares too) is in the database.
  await expect(page.locator(`[data-testid="session"][data-key="${WALKING_SESSION}"]`)).toBeVisible();
  const before = await readAll<RawShare>(page, 'shares');
  // The example house's eight weeks of past tap-ins, which the soak must leave as they are.
  const history = await readAll<RawAttendance>(page, 'attendance');
  const started = Date.now();

  let state: SoakResult = {
    counts: { screen: 0, relate: 0, share: 0, tapIn: 0, undo: 0 },
    posted: [],
    relates: Object.fromEntries(before.filter((s) => s.status === 'published').map((s) => [s.text, s.relates])),
    tappedIn: [],
  };
  for (let done = 0, batch = 0; done < INTERACTIONS; done += BATCH, batch += 1) {
    const result = await page.evaluate(soakSteps, {
      steps: Math.min(BATCH, INTERACTIONS - done),
      seed: 20260310 + batch,
      sharesSoFar: state.posted.length,
      relates: state.relates,
      tappedIn: state.tappedIn,
      session: WALKING_SESSION,
    });
    state = {
      counts: Object.fromEntries(Object.entries(state.counts).map(([k, v]) => [k, v + result.counts[k as keyof SoakResult['counts']]])) as SoakResult['counts'],
      posted: [...state.posted, ...result.posted],
      relates: result.relates,
      tappedIn: result.tappedIn,
    };
    expect(problems, `after ${done + BATCH} interactions`).toEqual([]);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const { screen, relate, share, tapIn, undo } = state.counts;
  console.log(`[soak] ${INTERACTIONS} interactions in ${seconds} s: ${screen} screen changes, ${relate} relates, ${share} shares, ${tapIn} tap-ins (${undo} taken back with "Not you? Undo")`);
  expect(screen + relate + share + tapIn).toBe(INTERACTIONS);

  // Shares: every posted one exactly once, nothing else new, each count as the wall last showed it.
  const after = await readAll<RawShare>(page, 'shares');
  expect(after).toHaveLength(before.length + state.posted.length);
  for (const { text, held } of state.posted) {
    expect(after.filter((s) => s.text === text).map((s) => s.status), text).toEqual([held ? 'held' : 'published']);
  }
  for (const row of after.filter((s) => s.status === 'published')) {
    expect(row.relates, row.text).toBe(state.relates[row.text] ?? 0);
  }
  // Tap-ins: exactly the residents the wall welcomed and did not take back.
  const attendance = await readAll<RawAttendance>(page, 'attendance');
  const past = new Set(history.map((a) => a.id));
  expect(history.length).toBeGreaterThan(0);
  expect(attendance.filter((a) => past.has(a.id))).toEqual(history);
  const added = attendance.filter((a) => !past.has(a.id));
  expect(added.every((a) => a.occurrenceKey === WALKING_SESSION && a.method === 'symbol')).toBe(true);
  expect(added.map((a) => a.residentId).sort()).toEqual(state.tappedIn.map((symbol) => SYMBOL_TO_RESIDENT[symbol]).sort());
  expect(problems).toEqual([]);
});
