import type { DeliveryChannel, DeliveryRecord } from '../../../../../../shared/alerts';
import type { BackupStatus } from '../../../../../../shared/backups';
import type { MainHealth } from '../../../../../../shared/health';
import type { MessageKey } from '../../../../lib/messageKey';
import type { RecentError, RecentErrorKind, ResidentWrite } from '../../../../lib/recentErrors.svelte';
import { BACKUP_FAILURE_TEXT, tableTextOf } from '../../../../lib/staff/backupText';
import { DELIVERY_CHANNEL_TEXT } from '../settings/settingsText';

/*
 * The House health checks, as pure functions: each takes the figures it needs and answers one
 * line of the page (a level and plain sentences as locale keys with their values). The area's
 * list of checks (houseChecks.ts) says where each check's figures come from.
 */

/** Green, amber, red: fine; look at it soon; something needs doing now. */
export type HealthLevel = 'good' | 'watch' | 'act';

/** Each level in a word beside a check, and as the page's summary. */
export const HEALTH_LEVEL_TEXT: Record<HealthLevel, { word: MessageKey; summary: MessageKey }> = {
  good: { word: 'records:health.levels.good', summary: 'records:health.overall.good' },
  watch: { word: 'records:health.levels.watch', summary: 'records:health.overall.watch' },
  act: { word: 'records:health.levels.act', summary: 'records:health.overall.act' },
};

/** A value in a sentence, formatted by the page in its language. */
export type HealthValue =
  | string
  | number
  | { bytes: number }
  | { at: number }
  | { duration: number }
  | { key: MessageKey; values?: Record<string, HealthValue> };

/** A sentence: a locale key and its values. */
export interface HealthSentence {
  key: MessageKey;
  values?: Record<string, HealthValue>;
}

/** A row of a check's small table (rows per table, channels, errors). */
export interface HealthRow {
  label: HealthValue;
  value: HealthValue;
  /** Technical words for the IT person (an error's own message), shown smaller. */
  detail?: string;
}

export type HealthCheckId = 'version' | 'disk' | 'database' | 'persistence' | 'alerts' | 'errors' | 'backup';

/** Each check's name, as the page heads it. */
export const HEALTH_CHECK_NAMES: Record<HealthCheckId, MessageKey> = {
  version: 'records:health.checks.version.name',
  disk: 'records:health.checks.disk.name',
  database: 'records:health.checks.database.name',
  persistence: 'records:health.checks.persistence.name',
  alerts: 'records:health.checks.alerts.name',
  errors: 'records:health.checks.errors.name',
  backup: 'records:health.checks.backup.name',
};

export interface HealthCheck {
  id: HealthCheckId;
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

export function versionCheck(main: Pick<MainHealth, 'version' | 'startedAt' | 'now'>): HealthCheck {
  return {
    id: 'version',
    level: 'good',
    says: [{ key: 'records:health.checks.version.says', values: { version: main.version, since: { at: main.startedAt }, duration: { duration: Math.max(0, main.now - main.startedAt) } } }],
  };
}

/** Below this much free space, amber: time to make room. */
export const DISK_LOW_BYTES = 1_000_000_000;
/** Below this much, red: new records may soon fail to save. */
export const DISK_CRITICAL_BYTES = 200_000_000;

export function diskCheck(disk: MainHealth['disk']): HealthCheck {
  if (!disk) return { id: 'disk', level: 'watch', says: [{ key: 'records:health.checks.disk.unknown' }] };
  const level: HealthLevel = disk.freeBytes < DISK_CRITICAL_BYTES ? 'act' : disk.freeBytes < DISK_LOW_BYTES ? 'watch' : 'good';
  const free: HealthSentence = { key: 'records:health.checks.disk.free', values: { free: { bytes: disk.freeBytes }, total: { bytes: disk.totalBytes } } };
  if (level === 'good') return { id: 'disk', level, says: [free] };
  const threshold = level === 'act' ? DISK_CRITICAL_BYTES : DISK_LOW_BYTES;
  return { id: 'disk', level, says: [free, { key: level === 'act' ? 'records:health.checks.disk.act' : 'records:health.checks.disk.watch', values: { threshold: { bytes: threshold } } }] };
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
    says.push({ key: 'records:health.checks.database.sizeUnknown' });
    level = 'watch';
  } else {
    says.push({ key: 'records:health.checks.database.size', values: { size: { bytes: facts.usageBytes } } });
    if (facts.quotaBytes && facts.usageBytes >= facts.quotaBytes * QUOTA_WATCH_SHARE) {
      says.push({ key: 'records:health.checks.database.nearlyFull', values: { quota: { bytes: facts.quotaBytes } } });
      level = 'watch';
    }
  }
  if (facts.full) {
    says.push({ key: 'records:health.checks.database.full' });
    level = 'act';
  }
  const mainBytes = facts.storeFiles.reduce((sum, file) => sum + file.bytes, 0);
  says.push({ key: 'records:health.checks.database.mainFiles', values: { size: { bytes: mainBytes } } });
  // A table the words do not cover (one added since) still shows, by its own name.
  const rows = Object.entries(facts.rows).map(([table, count]) => {
    const text = tableTextOf(table);
    return { label: text ? { key: text } : table, value: count };
  });
  return { id: 'database', level, says, rows };
}

/** Whether the browser keeps the records when the disk is short of space; null when it cannot say. */
export function persistenceCheck(persisted: boolean | null): HealthCheck {
  if (persisted === true) return { id: 'persistence', level: 'good', says: [{ key: 'records:health.checks.persistence.granted' }] };
  return { id: 'persistence', level: 'watch', says: [{ key: persisted === false ? 'records:health.checks.persistence.notGranted' : 'records:health.checks.persistence.unknown' }] };
}

export interface AlertFacts {
  enabled: Record<DeliveryChannel, boolean>;
  /** Delivery attempts, newest first (alerts.deliveries). */
  deliveries: readonly DeliveryRecord[];
}

const CHANNELS: readonly DeliveryChannel[] = ['email', 'webhook'];
/** "by e-mail", "to the web address": the channel inside a sentence. */
const BY_CHANNEL: Record<DeliveryChannel, MessageKey> = { email: 'records:health.checks.alerts.by.email', webhook: 'records:health.checks.alerts.by.webhook' };
const channelName = (channel: DeliveryChannel) => ({ key: DELIVERY_CHANNEL_TEXT[channel] });
const byChannel = (channel: DeliveryChannel) => ({ key: BY_CHANNEL[channel] });

export function alertsCheck(facts: AlertFacts): HealthCheck {
  const on = CHANNELS.filter((channel) => facts.enabled[channel]);
  const lastOf = (channel: DeliveryChannel) => facts.deliveries.find((record) => record.channel === channel);
  const rows: HealthRow[] = CHANNELS.map((channel) => {
    const last = lastOf(channel);
    if (!facts.enabled[channel]) return { label: channelName(channel), value: { key: 'records:health.checks.alerts.off' } };
    if (!last) return { label: channelName(channel), value: { key: 'records:health.checks.alerts.onNothingSent' } };
    return {
      label: channelName(channel),
      value: { key: last.ok ? 'records:health.checks.alerts.onAccepted' : 'records:health.checks.alerts.onNotAccepted', values: { at: { at: last.at } } },
      ...(last.ok || !last.error ? {} : { detail: last.error }),
    };
  });
  if (on.length === 0) return { id: 'alerts', level: 'watch', says: [{ key: 'records:health.checks.alerts.none' }], rows };
  const failing = on.filter((channel) => lastOf(channel)?.ok === false);
  if (failing.length > 0) {
    return { id: 'alerts', level: 'act', says: failing.map((channel) => ({ key: 'records:health.checks.alerts.failing', values: { channel: byChannel(channel) } })), rows };
  }
  const untried = on.filter((channel) => !lastOf(channel));
  if (untried.length > 0) {
    return { id: 'alerts', level: 'watch', says: untried.map((channel) => ({ key: 'records:health.checks.alerts.untried', values: { channel: byChannel(channel) } })), rows };
  }
  return { id: 'alerts', level: 'good', says: [{ key: 'records:health.checks.alerts.working' }], rows };
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

const ERROR_KIND_TEXT: Record<RecentErrorKind, MessageKey> = {
  page: 'records:health.checks.errors.kinds.page',
  promise: 'records:health.checks.errors.kinds.promise',
  screen: 'records:health.checks.errors.kinds.screen',
  'storage-full': 'records:health.checks.errors.kinds.storage-full',
};
/** What a write refused for lack of space would have saved. */
const NOT_SAVED: Record<ResidentWrite, MessageKey> = {
  share: 'records:health.checks.errors.writes.share',
  tapIn: 'records:health.checks.errors.writes.tapIn',
  relate: 'records:health.checks.errors.writes.relate',
};

type DatedRow = HealthRow & { at: number };

export function errorsCheck(facts: ErrorFacts): HealthCheck {
  const all: DatedRow[] = [
    ...facts.pageErrors.map((error): DatedRow =>
      error.kind === 'storage-full'
        ? // Its detail is only what was not saved (a share, a tap-in, a relate): said in words instead.
          { at: error.at, label: { at: error.at }, value: { key: ERROR_KIND_TEXT[error.kind], values: { what: { key: NOT_SAVED[error.detail] } } } }
        : { at: error.at, label: { at: error.at }, value: { key: ERROR_KIND_TEXT[error.kind] }, detail: error.detail },
    ),
    ...facts.mainProblems.map((problem): DatedRow => ({ at: problem.at, label: { at: problem.at }, value: { key: 'records:health.checks.errors.kinds.main' }, detail: problem.message })),
    ...facts.restoredFiles.map((restore): DatedRow => ({
      at: restore.at,
      label: { at: restore.at },
      value: { key: 'records:health.checks.errors.kinds.restored', values: { file: restore.file } },
    })),
  ].sort((a, b) => b.at - a.at);
  if (all.length === 0) return { id: 'errors', level: 'good', says: [{ key: 'records:health.checks.errors.none', values: { since: { at: facts.pageSince } } }] };
  const lastHour = all.filter((row) => facts.now - row.at < HOUR_MS).length;
  const rows = all.slice(0, ERROR_ROWS_SHOWN).map(({ at: _at, ...row }) => row);
  if (lastHour >= ERRORS_RED_PER_HOUR) {
    return { id: 'errors', level: 'act', says: [{ key: 'records:health.checks.errors.many', values: { count: lastHour } }], rows };
  }
  return { id: 'errors', level: 'watch', says: [{ key: 'records:health.checks.errors.some', values: { count: all.length, at: { at: all[0]!.at } } }], rows };
}

/** The backups: the last one written and checked, or why there is none to count on. */
export function backupCheck(status: BackupStatus): HealthCheck {
  const rows: HealthRow[] = [
    { label: { key: 'records:health.checks.backup.folder' }, value: status.folder ?? { key: 'records:health.checks.backup.noFolder' } },
    { label: { key: 'records:health.checks.backup.lastGood' }, value: status.lastGoodAt === null ? { key: 'records:health.checks.backup.never' } : { at: status.lastGoodAt } },
  ];
  if (status.attention === 'failed' && status.last) {
    const why = { key: BACKUP_FAILURE_TEXT[status.last.problem ?? 'write-failed'] };
    return { id: 'backup', level: 'act', says: [{ key: 'records:health.checks.backup.failed', values: { when: { at: status.last.at }, why } }], rows };
  }
  if (status.attention === 'missed') {
    return {
      id: 'backup',
      level: 'act',
      says: [status.lastGoodAt === null ? { key: 'records:health.checks.backup.missedNever' } : { key: 'records:health.checks.backup.missed', values: { when: { at: status.lastGoodAt } } }],
      rows,
    };
  }
  if (status.attention === 'not-set-up') {
    const missing: MessageKey = !status.passphraseSet
      ? 'records:health.checks.backup.noPassphrase'
      : status.folder === null
        ? 'records:health.checks.backup.noFolderChosen'
        : 'records:health.checks.backup.dailyOff';
    return { id: 'backup', level: 'watch', says: [{ key: missing }], rows };
  }
  return { id: 'backup', level: 'good', says: [{ key: 'records:health.checks.backup.good', values: { when: { at: status.lastGoodAt ?? 0 } } }], rows };
}
