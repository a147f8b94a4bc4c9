import { existsSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_VALUES, exceedsPayloadLimits } from '../../../electron/main/bridge/dispatcher';
import { openConfStore } from '../../../electron/main/services/confStore';
import { SettingsService } from '../../../electron/main/services/settingsService';
import { MAX_BODY_BYTES, startWebPreview } from '../../../electron/main/webPreview';
import { LOCALES } from '../../../shared/locale';
import { HouseSettingsSchema } from '../../../shared/settings';
import type { SetupResult } from '../../../shared/staff';
import { testMain } from './mainHarness';
import { GOOD_PIN } from './staffAuthHarness';

/*
 * Reproduction (outside review): with staff mode open, `settings:update` with a house languages
 * list of 3,000,000 entries was accepted, wrote a 27 MB settings.json and held main for 8 s.
 */
const HUGE_LANGUAGES = () => Array.from({ length: 3_000_000 }, (_, i) => (i % 2 === 0 ? 'en' : 'es'));

const freshDir = () => mkdtempSync(join(tmpdir(), 'hearth-bounds-'));

async function unlockedBridge() {
  const dataDir = freshDir();
  const { call } = testMain({ dataDir });
  const setup = await call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN });
  if (!setup.ok) throw new Error('setup failed');
  await call('staff', 'unlock', { staffId: setup.value.staff.id, pin: GOOD_PIN });
  return { call, settingsPath: join(dataDir, 'settings.json') };
}

// Setting up staff hashes PINs at full cost (about a tenth of a second each, more on a busy machine).
describe('house settings stay small', { timeout: 30_000 }, () => {
  it('refuse a languages list of three million entries quickly, and write nothing', async () => {
    const { call, settingsPath } = await unlockedBridge();
    const languages = HUGE_LANGUAGES();
    const started = performance.now();
    const result = await call('settings', 'update', { patch: { languages } });
    const tookMs = performance.now() - started;
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(existsSync(settingsPath)).toBe(false);
    // Was 8 s and a 27 MB file; the count stops at the limit, so this is milliseconds.
    expect(tookMs).toBeLessThan(1_000);
  });

  it('keep each language at most once, and no more languages than Hearth has', () => {
    const service = new SettingsService(openConfStore({ cwd: freshDir(), name: 'settings' }));
    expect(() => service.update({ languages: ['en', 'en'] })).toThrow();
    expect(() => service.update({ languages: [...LOCALES, 'en'] })).toThrow();
    expect(service.update({ languages: ['es', 'en'], defaultLocale: 'es' }).languages).toEqual(['es', 'en']);
  });

  it('refuse, in every field, a value far larger than any real one', () => {
    const longText = 'x'.repeat(100_000);
    const oversized: unknown[] = [
      longText,
      Array.from({ length: 10_000 }, () => 'en'),
      Array.from({ length: 10_000 }, () => 'a word'),
      Array.from({ length: 10 }, () => longText),
      { en: longText, es: longText },
      { enabled: true, start: longText, end: longText },
      1e12,
    ];
    for (const [field, schema] of Object.entries(HouseSettingsSchema.entries)) {
      for (const value of oversized) {
        expect(v.safeParse(schema, value).success, `${field} took ${JSON.stringify(value).slice(0, 40)}…`).toBe(false);
      }
    }
  });

  it('keep the largest settings that pass every bound well under 100 KB', () => {
    const longest = (length: number) => 'x'.repeat(length);
    const largest = v.parse(HouseSettingsSchema, {
      houseName: longest(60),
      languages: [...LOCALES],
      crisisText: { en: longest(2000), es: longest(2000) },
      staffLocation: { en: longest(2000), es: longest(2000) },
      watchWords: Array.from({ length: 200 }, () => longest(60)),
    });
    expect(JSON.stringify(largest).length).toBeLessThan(100_000);
  });
});

describe('every bridge request is bounded before its schema runs', () => {
  it('counts no further than the limit, however large the request', () => {
    expect(exceedsPayloadLimits({ patch: { languages: HUGE_LANGUAGES() } })).toBe(true);
    expect(exceedsPayloadLimits({ list: Array.from({ length: MAX_PAYLOAD_VALUES - 10 }, () => 1) })).toBe(false);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(exceedsPayloadLimits(cycle)).toBe(true);
    expect(exceedsPayloadLimits({ text: 'x'.repeat(60 * 1024 * 1024) })).toBe(true);
  });
});

describe('the web preview reads no request larger than its limit', { timeout: 30_000 }, () => {
  let preview: Awaited<ReturnType<typeof startWebPreview>>;
  beforeAll(async () => {
    preview = await startWebPreview({ port: 0, dataDir: freshDir(), demo: false });
  });
  afterAll(async () => {
    preview.server.closeAllConnections();
    await preview.close();
  });

  it('answers 413 to a body over the limit, whether or not it says its length', async () => {
    const body = JSON.stringify({ patch: { languages: HUGE_LANGUAGES() } });
    expect(body.length).toBeGreaterThan(MAX_BODY_BYTES);
    for (const chunked of [false, true]) {
      const status = await new Promise<number>((resolve) => {
        const req = request(`${preview.url}/kiosk/settings/update`, {
          method: 'POST',
          headers: { Origin: preview.url, 'Content-Type': 'application/json', ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': Buffer.byteLength(body) }) },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        // The preview may close the connection before the whole body is sent: only its answer counts.
        req.on('error', () => resolve(-1));
        req.end(body);
      });
      expect(status).toBe(413);
    }
  });
});
