import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConfStore } from '../../../electron/main/services/confStore';
import { StoreUnreadableError } from '../../../electron/main/services/keyValueStore';
import { SettingsService } from '../../../electron/main/services/settingsService';
import { defaultSettings } from '../../../shared/settings';

const freshDir = () => mkdtempSync(join(tmpdir(), 'hearth-settings-'));

describe('house settings', () => {
  it('start from the defaults DESIGN.md names', () => {
    const s = new SettingsService(openConfStore({ cwd: freshDir(), name: 'settings' })).get();
    expect(s).toMatchObject({ idleTimeoutSeconds: 90, shareRetentionDays: 14, staffRelockSeconds: 120, shareMaxLength: 280 });
  });

  it('persist a valid change across a new service instance', () => {
    const cwd = freshDir();
    new SettingsService(openConfStore({ cwd, name: 'settings' })).update({ houseName: 'Maple House', idleTimeoutSeconds: 120 });
    const again = new SettingsService(openConfStore({ cwd, name: 'settings' })).get();
    expect(again.houseName).toBe('Maple House');
    expect(again.idleTimeoutSeconds).toBe(120);
  });

  it('refuse an out-of-range value and keep what was stored', () => {
    const service = new SettingsService(openConfStore({ cwd: freshDir(), name: 'settings' }));
    service.update({ houseName: 'Maple House' });
    expect(() => service.update({ idleTimeoutSeconds: 5 })).toThrow();
    expect(() => service.update({ houseName: '   ' })).toThrow();
    expect(service.get().houseName).toBe('Maple House');
    expect(service.get().idleTimeoutSeconds).toBe(90);
  });

  it('refuse a default language the house does not offer', () => {
    const service = new SettingsService(openConfStore({ cwd: freshDir(), name: 'settings' }));
    expect(() => service.update({ languages: ['es'], defaultLocale: 'en' })).toThrow(RangeError);
    expect(service.get().languages).toEqual(['en', 'es']);
  });

  it('fail closed on an unreadable file and leave the file as it was', () => {
    const cwd = freshDir();
    const store = openConfStore({ cwd, name: 'settings' });
    writeFileSync(store.path, '{"house": {"houseName": "Map');
    const service = new SettingsService(store);
    expect(() => service.get()).toThrow(StoreUnreadableError);
    expect(() => service.update({ houseName: 'New' })).toThrow(StoreUnreadableError);
    expect(readFileSync(store.path, 'utf8')).toBe('{"house": {"houseName": "Map');
  });

  it('keep each still-valid stored field when another no longer fits, without rewriting the file', () => {
    const cwd = freshDir();
    const store = openConfStore({ cwd, name: 'settings' });
    const raw = JSON.stringify({ house: { houseName: 'Maple House', idleTimeoutSeconds: 'forever' } });
    writeFileSync(store.path, raw);
    const s = new SettingsService(store).get();
    expect(s.houseName).toBe('Maple House');
    expect(s.idleTimeoutSeconds).toBe(defaultSettings().idleTimeoutSeconds);
    expect(readFileSync(store.path, 'utf8')).toBe(raw);
  });
});
