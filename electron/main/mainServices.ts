import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerTable } from '../../shared/bridge/contract';
import type { StoreFactory } from './services/keyValueStore';
import { SettingsService } from './services/settingsService';

export interface MainServicesOptions {
  dataDir: string;
  openStore: StoreFactory;
  version: string;
  preview: boolean;
  demo: boolean;
  /** Folder resources/example-house: one JSON file per area, each an object of table name → rows. */
  exampleHouseDir: string;
  /** Leaves kiosk mode for maintenance; Electron quits, the preview only logs. */
  exitKiosk: () => void;
}

/** Every main-process service, built the same way in Electron and in the web preview. */
export function createMainServices(options: MainServicesOptions) {
  const settings = new SettingsService(options.openStore({ cwd: options.dataDir, name: 'settings' }));
  const rendererResets = new Set<() => void>();
  return {
    options,
    settings,
    /** Registers what must happen whenever the renderer starts afresh (load, reload, crash): e.g. relock staff mode. */
    onRendererReset(reset: () => void) {
      rendererResets.add(reset);
    },
    /** Called by the Electron window (and the preview) whenever the renderer starts afresh. */
    rendererReset() {
      for (const reset of rendererResets) reset();
    },
  };
}

export type MainServices = ReturnType<typeof createMainServices>;

/** The handler table: one function per contract channel, shared by IPC and the web preview. */
export function createHandlers(services: MainServices): HandlerTable {
  const { options, settings } = services;
  return {
    app: {
      info: () => ({ version: options.version, preview: options.preview, demo: options.demo }),
      exampleHouse: () => readExampleHouse(options.exampleHouseDir),
      exitKiosk: () => options.exitKiosk(),
    },
    settings: {
      get: () => settings.get(),
      update: ({ patch }) => settings.update(patch),
    },
  };
}

/** Merges the example house's per-area files into one object of table name → rows. */
export function readExampleHouse(dir: string): Record<string, unknown[]> {
  const house: Record<string, unknown[]> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const tables = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown[]>;
    for (const [table, rows] of Object.entries(tables)) (house[table] ??= []).push(...rows);
  }
  return house;
}
