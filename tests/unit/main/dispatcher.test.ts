import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../../electron/main/bridge/dispatcher';
import { createHandlers, createMainServices } from '../../../electron/main/mainServices';
import { openConfStore } from '../../../electron/main/services/confStore';
import { channels } from '../../../shared/bridge/contract';

function services() {
  return createMainServices({
    dataDir: mkdtempSync(join(tmpdir(), 'hearth-unit-')),
    openStore: openConfStore,
    version: '1.0.0',
    preview: true,
    demo: false,
    exampleHouseDir: join(process.cwd(), 'resources', 'example-house'),
    exitKiosk: vi.fn(),
  });
}

describe('the bridge dispatcher', () => {
  it('answers a valid request with the handler result', async () => {
    const dispatch = createDispatcher(createHandlers(services()));
    const result = await dispatch('kiosk:settings:get', undefined);
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as { houseName: string }).houseName).toBe('Our House');
  });

  it('refuses a bad payload with a typed error and never runs the handler', async () => {
    const handlers = createHandlers(services());
    const update = vi.spyOn(handlers.settings, 'update');
    const dispatch = createDispatcher(handlers);
    const result = await dispatch('kiosk:settings:update', { patch: { idleTimeoutSeconds: 'soon' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!result.ok && result.error.issues?.[0]).toContain('patch.idleTimeoutSeconds');
    expect(update).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel', async () => {
    const dispatch = createDispatcher(createHandlers(services()));
    expect(await dispatch('kiosk:shell:openExternal', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('turns an unexpected handler failure into a generic error without its details', async () => {
    const handlers = createHandlers(services());
    handlers.settings.get = () => {
      throw new Error('disk on fire at /secret/path');
    };
    const log = vi.fn();
    const result = await createDispatcher(handlers, log)('kiosk:settings:get', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'Something went wrong on our side.' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('has a handler for every channel of the contract', () => {
    expect(() => createDispatcher(createHandlers(services()))).not.toThrow();
    expect(channels().map((c) => c.name)).toContain('kiosk:settings:update');
    for (const c of channels()) expect(c.name).toMatch(/^kiosk:[a-z]+:[a-zA-Z]+$/);
  });
});
