import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BridgeRefusal } from '../../shared/bridge/channel';
import type { HandlerTable } from '../../shared/bridge/contract';
import { AlertService, type AlertServiceOptions } from './services/alerts/alertService';
import { BackupService } from './services/backups/backupService';
import type { ScryptParams } from './services/backups/backupSeal';
import { FileTransfer, type FileDialogs } from './services/fileDialogs';
import type { StoreFactory } from './services/keyValueStore';
import { SettingsService } from './services/settingsService';
import { HealthService, type HealthServiceOptions } from './services/healthService';
import { SpeechService, type SpeechServiceOptions } from './services/speechService';
import { MAIN_STORE_NAMES, openMainStores } from './services/storeBackup';
import { StaffAuth } from './services/staffAuth';

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
  /** Where main writes what IT may need to know (a restored file); stderr when absent. */
  log?: (message: string) => void;
  /** Save and open dialogs for staff files; absent in the web preview, whose page downloads and uploads instead. */
  fileDialogs?: FileDialogs;
  /** Asks staff for the folder daily backups go to (a USB stick); null when they cancel. */
  chooseBackupFolder?: () => Promise<string | null>;
  /** Clock and scrypt cost for the backups; the real ones when absent. */
  backups?: { now?: () => number; scrypt?: ScryptParams; readBack?: (path: string) => Promise<string> };
  /** Clock, timers, mail transport and fetch for the alerts; the real ones when absent. */
  alerts?: Omit<AlertServiceOptions, 'store' | 'house' | 'log'>;
  /** Clock and file system for the House health page; the real ones when absent. */
  health?: Pick<HealthServiceOptions, 'now' | 'diskStats' | 'fileSize'>;
  /** How "Read to me" runs espeak-ng; the installed program when absent. */
  speech?: Omit<SpeechServiceOptions, 'log'>;
}

/** Every main-process service, built the same way in Electron and in the web preview. */
export function createMainServices(options: MainServicesOptions) {
  const health = new HealthService({
    ...options.health,
    dataDir: options.dataDir,
    version: options.version,
    storeFiles: MAIN_STORE_NAMES.map((name) => `${name}.json`),
    restoredFiles: () => stores.restored().map(({ file, at }) => ({ file, at })),
  });
  // What main logs is what IT may need to know: the House health page shows the latest of it too.
  const logFor = (area: string) => (message: string) => {
    health.noteProblem(message);
    if (options.log) options.log(message);
    else console.error(`[${area}] ${message}`);
  };
  // Opened on first use, each with a last-known-good copy: a damaged file is put back from its
  // copy, or fails only the calls that need it (closed) instead of stopping main.
  const stores = openMainStores({
    dataDir: options.dataDir,
    openStore: options.openStore,
    log: logFor('stores'),
  });
  const settings = new SettingsService(stores.settings);
  const alerts = new AlertService({
    ...options.alerts,
    store: stores.alerts,
    house: () => settings.get(),
    log: logFor('alerts'),
  });
  // Open alerts come back from the store; those overdue while main was not running escalate now.
  alerts.start();
  const staff = new StaffAuth(stores.staff, {
    relockSeconds: () => settings.get().staffRelockSeconds,
    // Someone trying many PINs at the wall: staff are told, whether or not anyone can unlock.
    onFailureBurst: () => void alerts.raise('lockout'),
  });
  const rendererResets = new Set<() => void>();
  // A reloaded or crashed renderer starts locked.
  rendererResets.add(() => staff.lock());
  const files = options.fileDialogs ? new FileTransfer(options.fileDialogs) : null;
  const backups = new BackupService({
    ...options.backups,
    store: stores.backups,
    chooseFolder: options.chooseBackupFolder ?? (() => Promise.resolve(null)),
    log: options.log ?? ((message) => console.error(`[backups] ${message}`)),
  });
  const speech = new SpeechService({ ...options.speech, log: logFor('speech') });
  return {
    options,
    settings,
    staff,
    alerts,
    backups,
    stores,
    files,
    health,
    speech,
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
  const { options, settings, staff, alerts, backups } = services;
  /** Staff only: the verb runs once staff mode is unlocked. */
  const unlocked =
    <T, R>(work: (request: T) => R) =>
    (request: T): R => {
      staff.requireUnlocked();
      return work(request);
    };
  const fileTransfer = () => {
    staff.requireUnlocked();
    if (!services.files) throw new BridgeRefusal('refused', 'There are no file dialogs here; the web preview downloads and uploads in the page.');
    return services.files;
  };
  return {
    app: {
      info: () => ({
        version: options.version,
        preview: options.preview,
        demo: options.demo,
        restoredFiles: services.stores.restored().map(({ file, at }) => ({ file, at })),
      }),
      exampleHouse: () => readExampleHouse(options.exampleHouseDir),
      health: () => {
        staff.requireUnlocked();
        return services.health.report();
      },
      exitKiosk: () => {
        staff.requireUnlocked();
        options.exitKiosk();
      },
    },
    settings: {
      get: () => settings.get(),
      update: ({ patch }) => {
        staff.requireUnlocked();
        return settings.update(patch);
      },
    },
    staff: {
      status: () => staff.status(),
      setup: ({ name, pin }) => staff.setup(name, pin),
      unlock: ({ staffId, pin }) => staff.unlock(staffId, pin),
      lock: () => staff.lock(),
      touch: () => staff.touch(),
      recover: ({ code, staffId, newPin }) => staff.recover(code, staffId, newPin),
      addStaff: ({ name, pin }) => staff.addStaff(name, pin),
      removeStaff: ({ staffId }) => staff.removeStaff(staffId),
      changeOwnPin: ({ currentPin, newPin }) => staff.changeOwnPin(currentPin, newPin),
      regenerateRecoveryCode: async () => ({ recoveryCode: await staff.regenerateRecoveryCode() }),
    },
    alerts: {
      // The wall raises and reads the waiting count without an unlock: telling a person never waits for a PIN.
      raise: ({ kind }) => alerts.raise(kind),
      status: () => alerts.status(),
      open: () => {
        staff.requireUnlocked();
        return alerts.open();
      },
      acknowledge: ({ id }) => {
        staff.requireUnlocked();
        return alerts.acknowledge(id);
      },
      settings: () => {
        staff.requireUnlocked();
        return alerts.settings();
      },
      updateSettings: ({ patch }) => {
        staff.requireUnlocked();
        return alerts.updateSettings(patch);
      },
      test: () => {
        staff.requireUnlocked();
        return alerts.test();
      },
      deliveries: () => {
        staff.requireUnlocked();
        return alerts.deliveries();
      },
    },
    backups: {
      // The wall makes the daily backup without an unlock: main decides whether one is due and where it goes.
      due: () => backups.due(),
      runDaily: ({ text }) => backups.runDaily(text),
      status: unlocked(() => backups.status()),
      setPassphrase: unlocked(({ passphrase, current }) => backups.setPassphrase(passphrase, current)),
      chooseFolder: unlocked(() => backups.chooseFolder()),
      updateSchedule: unlocked(({ patch }) => backups.updateSchedule(patch)),
      writeNow: unlocked(({ text }) => backups.writeToFolder(text, false)),
      seal: unlocked(({ text }) => backups.seal(text)),
      list: unlocked(() => backups.list()),
      open: unlocked(({ name, passphrase }) => backups.open(name, passphrase)),
      unseal: unlocked(({ text, passphrase }) => backups.unseal(text, passphrase)),
    },
    speech: {
      // Open to the wall: a resident tapped "Read to me". The words are spoken here and kept nowhere.
      say: ({ text, lang }) => services.speech.say(text, lang),
    },
    files: {
      save: (request) => fileTransfer().save(request),
      open: (request) => fileTransfer().open(request),
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
