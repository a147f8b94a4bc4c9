import type { AlertSettingsView, DeliveryRecord } from '../../../../../../shared/alerts';
import type { BackupStatus } from '../../../../../../shared/backups';
import type { MainHealth } from '../../../../../../shared/health';
import { rowsPerTable } from '../../../../db/repositories/health';
import { kiosk, unwrap } from '../../../../lib/kiosk';
import { recentErrors } from '../../../../lib/recentErrors.svelte';
import { storageHealth } from '../../../../lib/storageHealth.svelte';
import { alertsCheck, backupCheck, databaseCheck, diskCheck, errorsCheck, persistenceCheck, versionCheck, type HealthCheck, type HealthCheckId } from './healthChecks';

/** What the browser says about this screen's storage. */
export interface StorageFacts {
  usageBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean | null;
}

/**
 * Where the checks' figures come from, each read at most once per look at the page: several
 * checks share main's answer. Tests and other screens may give their own.
 */
export interface HouseFacts {
  now: () => number;
  main: () => Promise<MainHealth>;
  rows: () => Promise<Record<string, number>>;
  storage: () => Promise<StorageFacts>;
  alertSettings: () => Promise<AlertSettingsView>;
  deliveries: () => Promise<DeliveryRecord[]>;
  backups: () => Promise<BackupStatus>;
}

/** One line of the page: how to judge it from the facts. A check that cannot read its facts shows as unreadable, on its own. */
export interface HouseCheck {
  id: HealthCheckId;
  judge: (facts: HouseFacts) => Promise<HealthCheck>;
}

/** The House health page's checks, in the order it lists them. Adding a check is adding one line here. */
export const houseChecks: readonly HouseCheck[] = [
  { id: 'version', judge: async (facts) => versionCheck(await facts.main()) },
  { id: 'disk', judge: async (facts) => diskCheck((await facts.main()).disk) },
  {
    id: 'database',
    judge: async (facts) => {
      const [rows, storage, main] = await Promise.all([facts.rows(), facts.storage(), facts.main()]);
      return databaseCheck({ rows, usageBytes: storage.usageBytes, quotaBytes: storage.quotaBytes, full: storageHealth.full, storeFiles: main.storeFiles });
    },
  },
  { id: 'backup', judge: async (facts) => backupCheck(await facts.backups()) },
  { id: 'persistence', judge: async (facts) => persistenceCheck((await facts.storage()).persisted) },
  {
    id: 'alerts',
    judge: async (facts) => {
      const [settings, deliveries] = await Promise.all([facts.alertSettings(), facts.deliveries()]);
      return alertsCheck({ enabled: { email: settings.email.enabled, webhook: settings.webhook.enabled }, deliveries });
    },
  },
  {
    id: 'errors',
    judge: async (facts) => {
      const main = await facts.main();
      return errorsCheck({
        now: facts.now(),
        pageSince: recentErrors.since,
        pageErrors: recentErrors.list,
        mainProblems: main.problems,
        restoredFiles: main.restoredFiles,
      });
    },
  },
];

/** Answers each read's first promise to every later caller. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= read());
}

/** The real facts, read afresh: main over the bridge, the database, and the browser's storage. */
export function readHouseFacts(): HouseFacts {
  return {
    now: () => Date.now(),
    main: once(() => unwrap(kiosk.app.health())),
    rows: once(() => rowsPerTable()),
    storage: once(readStorage),
    alertSettings: once(() => unwrap(kiosk.alerts.settings())),
    deliveries: once(() => unwrap(kiosk.alerts.deliveries())),
    backups: once(() => unwrap(kiosk.backups.status())),
  };
}

async function readStorage(): Promise<StorageFacts> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return { usageBytes: null, quotaBytes: null, persisted: null };
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted ? storage.persisted() : Promise.resolve(null)]);
  // Chromium says how much of it is the database; elsewhere, all of this screen's storage.
  const details = (estimate as StorageEstimate & { usageDetails?: { indexedDB?: number } }).usageDetails;
  return { usageBytes: details?.indexedDB ?? estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persisted };
}
