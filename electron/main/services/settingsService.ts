import * as v from 'valibot';
import {
  HouseSettingsPatchSchema,
  HouseSettingsSchema,
  defaultSettings,
  type HouseSettings,
  type HouseSettingsPatch,
} from '../../../shared/settings';
import type { KeyValueStore } from './keyValueStore';

const KEY = 'house';

/**
 * House settings, validated on the way in and out. A stored value that no longer fits the
 * schema is shown as its default but never written back, so a bad file cannot silently reset
 * anything; an unreadable file throws StoreUnreadableError to the caller.
 */
export class SettingsService {
  constructor(private readonly store: KeyValueStore) {}

  get(): HouseSettings {
    const stored = this.store.get(KEY);
    if (stored === undefined) return defaultSettings();
    const parsed = v.safeParse(HouseSettingsSchema, stored);
    if (parsed.success) return parsed.output;
    return this.salvage(stored);
  }

  update(patch: HouseSettingsPatch): HouseSettings {
    const checked = v.parse(HouseSettingsPatchSchema, patch);
    const next = v.parse(HouseSettingsSchema, { ...this.get(), ...stripUndefined(checked) });
    if (!next.languages.includes(next.defaultLocale)) {
      throw new RangeError('The default language must be one of the house languages.');
    }
    this.store.set(KEY, next);
    return next;
  }

  /** Keeps every stored field that is still valid, one field at a time. */
  private salvage(stored: unknown): HouseSettings {
    const result: Record<string, unknown> = { ...defaultSettings() };
    if (stored && typeof stored === 'object') {
      for (const [key, schema] of Object.entries(HouseSettingsSchema.entries)) {
        const field = v.safeParse(schema, (stored as Record<string, unknown>)[key]);
        if (field.success) result[key] = field.output;
      }
    }
    return result as HouseSettings;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
