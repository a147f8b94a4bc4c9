import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/main/bridge/dispatcher';
import { registerBridge } from '../../../electron/main/ipcBridge';
import { startWebPreview } from '../../../electron/main/webPreview';
import type { BridgeErrorCode, BridgeResult } from '../../../shared/bridge/channel';
import { channels, type HandlerTable } from '../../../shared/bridge/contract';
import { FakeFrame, FakeIpcMain } from './fakeElectron';
import { testMain } from './mainHarness';
import { freshStaffDir } from './staffAuthHarness';

/*
 * Hostile input at the bridge: whatever a compromised or buggy page sends, every channel answers
 * with a typed result and never throws. A payload the channel's schema refuses never reaches the
 * handler; one it accepts reaches the handler once, as the schema parsed it.
 */

const CHANNELS = channels();

/** A valid request for each channel that takes one: the starting point for mutations. */
const VALID: Record<string, unknown> = {
  'kiosk:settings:update': { patch: { houseName: 'Maple House', idleTimeoutSeconds: 120, languages: ['en', 'es'] } },
  'kiosk:staff:setup': { name: 'Sam Rivera', pin: '482915' },
  'kiosk:staff:unlock': { staffId: '0b6a3c9e-4d1f-4c55-9d0e-0d4c3b2a1f00', pin: '482915' },
  'kiosk:staff:recover': { code: 'ABCD-EFGH-JKLM', staffId: 'staff-1', newPin: '730264' },
  'kiosk:staff:addStaff': { name: 'Ana', pin: '730264' },
  'kiosk:staff:removeStaff': { staffId: 'staff-2' },
  'kiosk:staff:changeOwnPin': { currentPin: '482915', newPin: '730264' },
  'kiosk:files:save': { suggestedName: 'attendance.csv', mimeType: 'text/csv; charset=utf-8', text: 'a,b\n1,2' },
  'kiosk:files:open': { extensions: ['json'] },
  'kiosk:speech:say': { text: 'Today’s groups. 11:00, Walking group.', lang: 'en' },
};

const HOSTILE = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Strings that have broken parsers before: huge, control characters, lookalike digits, prototype keys. */
const NASTY_STRING = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '__proto__', 'constructor', '١٢٣٤٥٦', '４８２９１５', '482915\n', ' 482915', '-1', 'NaN', '1e309'),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
);

/** A valid request with one thing changed: a key dropped, a value replaced, an extra key, or the whole wrapped. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const base = (valid ?? {}) as Record<string, unknown>;
  const keys = Object.keys(base);
  const anyKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('x');
  return fc.oneof(
    anyKey.map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))),
    fc.tuple(anyKey, fc.oneof(HOSTILE, NASTY_STRING)).map(([key, value]) => ({ ...base, [key]: value })),
    fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string()), HOSTILE).map(([key, value]) => {
      const copy: Record<string, unknown> = { ...base };
      Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
      return copy;
    }),
    fc.constantFrom([base], JSON.stringify(base), { payload: base }, null),
  );
}

function spyHandlers() {
  const calls: { channel: string; request: unknown }[] = [];
  const table: Record<string, Record<string, (request: unknown) => unknown>> = {};
  for (const { area, verb, name } of CHANNELS) {
    (table[area] ??= {})[verb] = (request) => {
      calls.push({ channel: name, request });
      return 'handled';
    };
  }
  return { handlers: table as unknown as HandlerTable, calls };
}

const channelAndPayload = fc.constantFrom(...CHANNELS).chain((ch) =>
  fc.tuple(fc.constant(ch), fc.oneof(HOSTILE, NASTY_STRING, mutated(VALID[ch.name]))),
);

describe('every bridge channel, fed hostile payloads', () => {
  it('has a valid example for every mutation base, so the mutations start from something real', () => {
    for (const [name, payload] of Object.entries(VALID)) {
      const channel = CHANNELS.find((c) => c.name === name);
      expect(channel, name).toBeDefined();
      expect(v.safeParse(channel!.request, payload).success, name).toBe(true);
    }
  });

  it('answers a typed error and never calls the handler, unless the schema accepts the payload; then calls it once with the parsed value', async () => {
    const { handlers, calls } = spyHandlers();
    const dispatch = createDispatcher(handlers);
    await fc.assert(
      fc.asyncProperty(channelAndPayload, async ([ch, payload]) => {
        calls.length = 0;
        const expected = v.safeParse(ch.request, payload);
        const result = await dispatch(ch.name, payload);
        if (expected.success) {
          expect(result).toEqual({ ok: true, value: 'handled' });
          expect(calls).toEqual([{ channel: ch.name, request: expected.output }]);
        } else {
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
          expect(calls).toEqual([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses any channel name that is not in the contract, whatever the payload', async () => {
    const { handlers, calls } = spyHandlers();
    const dispatch = createDispatcher(handlers);
    const known = new Set(CHANNELS.map((c) => c.name));
    const name = fc.oneof(
      fc.string(),
      fc.constantFrom('kiosk:app:__proto__', 'kiosk:__proto__:info', 'kiosk:staff:constructor', 'kiosk:settings:toString', 'kiosk:app:info '),
    );
    await fc.assert(
      fc.asyncProperty(name.filter((n) => !known.has(n)), HOSTILE, async (channelName, payload) => {
        expect(await dispatch(channelName, payload)).toMatchObject({ ok: false, error: { code: 'not-found' } });
        expect(calls).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('main’s real handlers, fed hostile payloads', () => {
  it('answer every call with a typed result, never an unexpected failure', async () => {
    const log = vi.fn<(message: string) => void>();
    const { dispatch } = testMain({ exitKiosk: vi.fn(), log: vi.fn() }, log);
    // Setting up and unlocking hashes PINs, which is slow on purpose: fewer runs here.
    const expectedCodes: BridgeErrorCode[] = ['invalid-payload', 'forbidden', 'not-found', 'refused'];
    await fc.assert(
      fc.asyncProperty(channelAndPayload, async ([ch, payload]) => {
        const result = (await dispatch(ch.name, payload)) as BridgeResult<unknown>;
        if (!result.ok) expect(expectedCodes, `${ch.name} ${result.error.message}`).toContain(result.error.code);
      }),
      { numRuns: 300 },
    );
    expect(log).not.toHaveBeenCalled();
  }, 60_000);
});

describe('the web preview’s bridge endpoint, fed hostile request bodies', () => {
  it('answers every body with JSON or a refusal, never a server error', async () => {
    const preview = await startWebPreview({ port: 0, dataDir: freshStaffDir(), demo: false });
    try {
      const body = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.json(),
        HOSTILE.map((value) => {
          try {
            return JSON.stringify(value) ?? '';
          } catch {
            return String(typeof value);
          }
        }),
        fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
        fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '[]', 'null', '{'),
      );
      const verb = fc.oneof(
        fc.constantFrom(...CHANNELS.map((c) => `${c.area}/${c.verb}`)),
        fc.constantFrom('app/%2e%2e', 'staff/__proto__', '__proto__/x', '..%2f..%2fsettings/get', 'a/b/c/d'),
      );
      await fc.assert(
        fc.asyncProperty(verb, body, async (path, text) => {
          const response = await fetch(`${preview.url}/kiosk/${path}`, {
            method: 'POST',
            headers: { Origin: preview.url, 'Content-Type': 'application/json' },
            body: text,
          });
          expect([200, 403, 413]).toContain(response.status);
          const answer = (await response.json()) as BridgeResult<unknown>;
          expect(typeof answer.ok).toBe('boolean');
          if (!answer.ok) expect(answer.error.code).not.toBe('failed');
        }),
        { numRuns: 400 },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    } finally {
      await preview.close();
    }
  }, 60_000);
});

describe('the IPC sender check, fed random frames', () => {
  const frameUrl = fc.oneof(
    fc.webUrl({ withFragments: true, withQueryParameters: true }),
    fc.string(),
    fc.constantFrom('app://hearth/index.html', 'app://hearth/', 'app://hearth/../index.html', 'APP://HEARTH/index.html', 'app://hearth%2f/x', 'app:hearth/index.html', 'app:///hearth/index.html', 'app://hearth./index.html', 'app://hearth#@evil/', 'blob:app://hearth/1234', 'about:srcdoc', 'data:text/html,hi', 'null'),
    fc.tuple(fc.constantFrom('app://', 'app://hearth', 'app://evil', 'https://hearth'), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  );

  it('dispatches only for the top frame on app://hearth, never for any subframe, whatever its address', async () => {
    const ipcMain = new FakeIpcMain();
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'dispatched' }));
    registerBridge(ipcMain, dispatch);
    const names = CHANNELS.map((c) => c.name);
    let dispatched = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), frameUrl, frameUrl, fc.boolean(), async (name, url, topUrl, isSubframe) => {
        dispatch.mockClear();
        const top = new FakeFrame(isSubframe ? topUrl : url);
        const sender = isSubframe ? new FakeFrame(url, top) : top;
        const answer = await ipcMain.invoke(name, { senderFrame: sender, sender: { mainFrame: top } }, {});
        if (isSubframe) {
          expect(dispatch).not.toHaveBeenCalled();
          expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        } else if (dispatch.mock.calls.length > 0) {
          dispatched += 1;
          const parsed = new URL(url);
          expect([parsed.protocol, parsed.host, parsed.username, parsed.password]).toEqual(['app:', 'hearth', '', '']);
        } else {
          expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        }
      }),
      { numRuns: 2000 },
    );
    expect(dispatched).toBeGreaterThan(0);
  });
});
