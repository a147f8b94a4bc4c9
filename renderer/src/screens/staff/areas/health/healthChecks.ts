import type { DeliveryChannel, DeliveryRecord } from '../../../../../../shared/alerts';
import type { BackupStatus } from '../../../../../../shared/backups';
import type { MainHealth } from '../../../../../../shared/health';
import type { RecentError } from '../../../../lib/recentErrors.svelte';

/*
 * The House health checks, as pure functions: each takes the figures it needs and answers one
 * line of the page (a level and plain sentences as locale keys with their values). The area's
 * list of checks (houseChecks.ts) says where each check's figures come from.
 */

/** Green, amber, red: fine; look at it soon; something needs doing now. */
export type HealthLevel = 'good' | 'watch' | 'act';

/** A value in a sentence, formatted by the page in its language. */
export type HealthValue =
  | string
  | number
  | { bytes: number }
  | { at: number }
  | { duration: number }
  | { key: string; values?: Record<string, HealthValue> };

/** A sentence: a locale key and its values. */
export interface HealthSentence {
  key: string;
  values?: Record<string, HealthValue>;
}

/** A row of a check's small table (rows per table, channels, errors). */
export interface HealthRow {
  label: HealthValue;
  value: HealthValue;
  /** Technical words for the IT person (an error's own message), shown smaller. */
  detail?: string;
}

export interface HealthCheck {
  /** Also names the check: records:health.checks.<id>.name. */
  id: string;
  level: HealthLevel;
  /** What is true now, in one or two plain sentences. */
  says: HealthSentence[];
  rows?: HealthRow[];
}

const LEVEL_ORDER: Record<HealthLevel, number> = { good: 0, watch: 1, act: 2 };

/** The most serious level among the checks: the page's summary at a glance. */
export function worstLevel(levels: readonly HealthLevel[]): HealthLevel {
  return levels.reduce<HealthLevel>((worst, level) => (LEVEL_ORDER[level] > LEVEL_ORDER[worst] ? level : worst), 'good');
}

const key = (id: string, rest: string) => `records:health.checks.${id}.${rest}`;

export function versionCheck(main: Pick<MainHealth, 'version' | 'startedAt' | 'now'>): HealthCheck {
  return {
    id: 'version',
    level: 'good',
    says: [{ key: key('version', 'says'), values: { version: main.version, since: { at: main.startedAt }, duration: { duration: Math.max(0, main.now - main.startedAt) } } }],
  };
}

/** Below this much free space, amber: time to make room. */
export const DISK_LOW_BYTES = 1_000_000_000;
/** Below this much, red: new records may soon fail to save. */
export const DISK_CRITICAL_BYTES = 200_000_000;

export function diskCheck(disk: MainHealth['disk']): HealthCheck {
  if (!disk) return { id: 'disk', level: 'watch', says: [{ key: key('disk', 'unknown') }] };
  const level: HealthLevel = disk.freeBytes < DISK_CRITICAL_BYTES ? 'act' : disk.freeBytes < DISK_LOW_BYTES ? 'watch' : 'good';
  const free = { key: key('disk', 'free'), values: { free: { bytes: disk.freeBytes }, total: { bytes: disk.totalBytes } } };
  if (level === 'good') return { id: 'disk', level, says: [free] };
  const threshold = level === 'act' ? DISK_CRITICAL_BYTES : DISK_LOW_BYTES;
  return { id: 'disk', level, says: [free, { key: key('disk', level), values: { threshold: { bytes: threshold } } }] };
}

export interface DatabaseFacts {
  /** Rows in each table of the database, by table name. */
  rows: Record<string, number>;
  /** What the browser says this screen's storage takes, and may take; null when it cannot say. */
  usageBytes: number | null;
  quotaBytes: number | null;
  /** The last resident write failed because the storage was full. */
  full: boolean;
  /** Main's own files (settings, staff, alerts). */
  storeFiles: MainHealth['storeFiles'];
}

/** Storage this full of what the browser allows is amber. */
export const QUOTA_WATCH_SHARE = 0.8;

export function databaseCheck(facts: DatabaseFacts): HealthCheck {
  const says: HealthSentence[] = [];
  let level: HealthLevel = 'good';
  if (facts.usageBytes === null) {
    says.push({ key: key('database', 'sizeUnknown') });
    level = 'watch';
  } else {
    says.push({ key: key('database', 'size'), values: { size: { bytes: facts.usageBytes } } });
    if (facts.quotaBytes && facts.usageBytes >= facts.quotaBytes * QUOTA_WATCH_SHARE) {
      says.push({ key: key('database', 'nearlyFull'), values: { quota: { bytes: facts.quotaBytes } } });
      level = 'watch';
    }
  }
  if (facts.full) {
    says.push({ key: key('database', 'full') });
    level = 'act';
  }
  const mainBytes = facts.storeFiles.reduce((sum, file) => sum + file.bytes, 0);
  says.push({ key: key('database', 'mainFiles'), values: { size: { bytes: mainBytes } } });
  const rows = Object.entries(facts.rows).map(([table, count]) => ({ label: { key: `records:backup.tables.${table}` }, value: count }));
  return { id: 'database', level, says, rows };
}

/** Whether the browser keeps the records when the disk is short of space; null when it cannot say. */
export function persistenceCheck(persisted: boolean | null): HealthCheck {
  if (persisted === true) return { id: 'persistence', level: 'good', says: [{ key: key('persistence', 'granted') }] };
  return { id: 'persistence', level: 'watch', says: [{ key: key('persistence', persisted === false ? 'notGranted' : 'unknown') }] };
}

export interface AlertFacts {
  enabled: Record<DeliveryChannel, boolean>;
  /** Delivery attempts, newest first (alerts.deliveries). */
  deliveries: readonly DeliveryRecord[];
}

const CHANNELS: readonly DeliveryChannel[] = ['email', 'webhook'];
const channelName = (channel: DeliveryChannel) => ({ key: `staff:alerts.log.channel.${channel}` });
/** "by e-mail", "to the web address": the channel inside a sentence. */
const byChannel = (channel: DeliveryChannel) => ({ key: key('alerts', `by.${channel}`) });

export function alertsCheck(facts: AlertFacts): HealthCheck {
  const on = CHANNELS.filter((channel) => facts.enabled[channel]);
  const lastOf = (channel: DeliveryChannel) => facts.deliveries.find((record) => record.channel === channel);
  const rows: HealthRow[] = CHANNELS.map((channel) => {
    const last = lastOf(channel);
    if (!facts.enabled[channel]) return { label: channelName(channel), value: { key: key('alerts', 'off') } };
    if (!last) return { label: channelName(channel), value: { key: key('alerts', 'onNothingSent') } };
    return {
      label: channelName(channel),
      value: { key: key('alerts', last.ok ? 'onAccepted' : 'onNotAccepted'), values: { at: { at: last.at } } },
      ...(last.ok || !last.error ? {} : { detail: last.error }),
    };
  });
  if (on.length === 0) return { id: 'alerts', level: 'watch', says: [{ key: key('alerts', 'none') }], rows };
  const failing = on.filter((channel) => lastOf(channel)?.ok === false);
  if (failing.length > 0) {
    return { id: 'alerts', level: 'act', says: failing.map((channel) => ({ key: key('alerts', 'failing'), values: { channel: byChannel(channel) } })), rows };
  }
  const untried = on.filter((channel) => !lastOf(channel));
  if (untried.length > 0) {
    return { id: 'alerts', level: 'watch', says: untried.map((channel) => ({ key: key('alerts', 'untried'), values: { channel: byChannel(channel) } })), rows };
  }
  return { id: 'alerts', level: 'good', says: [{ key: key('alerts', 'working') }], rows };
}


export interface ErrorFacts {
  now: number;
  /** When this screen (the page) started keeping errors. */
  pageSince: number;
  /** Newest first. */
  pageErrors: readonly RecentError[];
  mainProblems: MainHealth['problems'];
  restoredFiles: MainHealth['restoredFiles'];
}

/** This many errors within the last hour is red: something keeps going wrong. */
export const ERRORS_RED_PER_HOUR = 5;
/** The error rows shown; the newest first. */
export const ERROR_ROWS_SHOWN = 10;
const HOUR_MS = 60 * 60 * 1000;

export function errorsCheck(facts: ErrorFacts): HealthCheck {
  const all: (HealthRow & { at: number })[] = [
    ...facts.pageErrors.map((error) =>
      error.kind === 'storage-full'
        ? // Its detail is only what was not saved (a share, a tap-in, a relate): said in words instead.
          { at: error.at, label: { at: error.at }, value: { key: key('errors', 'kinds.storage-full'), values: { what: { key: key('errors', `writes.${error.detail}`) } } } }
        : { at: error.at, label: { at: error.at }, value: { key: key('errors', `kinds.${error.kind}`) }, detail: error.detail },
    ),
    ...facts.mainProblems.map((problem) => ({ at: problem.at, label: { at: problem.at }, value: { key: key('errors', 'kinds.main') }, detail: problem.message })),
    ...facts.restoredFiles.map((restore) => ({
      at: restore.at,
      label: { at: restore.at },
      value: { key: key('errors', 'kinds.restored'), values: { file: restore.file } },
    })),
  ].sort((a, b) => b.at - a.at);
  if (all.length === 0) return { id: 'errors', level: 'good', says: [{ key: key('errors', 'none'), values: { since: { at: facts.pageSince } } }] };
  const lastHour = all.filter((row) => facts.now - row.at < HOUR_MS).length;
  const rows = all.slice(0, ERROR_ROWS_SHOWN).map(({ at: _at, ...row }) => row);
  if (lastHour >= ERRORS_RED_PER_HOUR) {
    return { id: 'errors', level: 'act', says: [{ key: key('errors', 'many'), values: { count: lastHour } }], rows };
  }
  return { id: 'errors', level: 'watch', says: [{ key: key('errors', 'some'), values: { count: all.length, at: { at: all[0]!.at } } }], rows };
}

/** The backups: the last one written and checked, or why there is none to count on. */
export function backupCheck(status: BackupStatus): HealthCheck {
  const rows: HealthRow[] = [
    { label: { key: key('backup', 'folder') }, value: status.folder ?? { key: key('backup', 'noFolder') } },
    { label: { key: key('backup', 'lastGood') }, value: status.lastGoodAt === null ? { key: key('backup', 'never') } : { at: status.lastGoodAt } },
  ];
  if (status.attention === 'failed' && status.last) {
    const why = { key: `records:backup.failures.${status.last.problem ?? 'write-failed'}` };
    return { id: 'backup', level: 'act', says: [{ key: key('backup', 'failed'), values: { when: { at: status.last.at }, why } }], rows };
  }
  if (status.attention === 'missed') {
    return {
      id: 'backup',
      level: 'act',
      says: [status.lastGoodAt === null ? { key: key('backup', 'missedNever') } : { key: key('backup', 'missed'), values: { when: { at: status.lastGoodAt } } }],
      rows,
    };
  }
  if (status.attention === 'not-set-up') {
    const missing = !status.passphraseSet ? 'noPassphrase' : status.folder === null ? 'noFolderChosen' : 'dailyOff';
    return { id: 'backup', level: 'watch', says: [{ key: key('backup', missing) }], rows };
  }
  return { id: 'backup', level: 'good', says: [{ key: key('backup', 'good'), values: { when: { at: status.lastGoodAt ?? 0 } } }], rows };
}
