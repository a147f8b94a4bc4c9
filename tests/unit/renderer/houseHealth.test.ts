import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAlertSettings, type AlertSettingsView, type DeliveryRecord } from '../../../shared/alerts';
import type { BackupStatus } from '../../../shared/backups';
import type { MainHealth } from '../../../shared/health';

/*
 * House health: the pure checks (every colour reachable, the edges of each threshold), the
 * page's bounded record of errors, and the list of checks read as the page reads it, with main
 * replaced by `kiosk` and the database on fake-indexeddb.
 */

const kiosk = { app: { health: vi.fn() }, alerts: { settings: vi.fn(), deliveries: vi.fn() }, backups: { status: vi.fn() } };
vi.mock('../../../renderer/src/lib/kiosk', () => ({
  kiosk,
  KioskError: class extends Error {},
  unwrap: async <T>(pending: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
    const result = await pending;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  },
}));
vi.stubGlobal('document', { documentElement: { lang: 'en' } });

const checks = await import('../../../renderer/src/screens/staff/areas/health/healthChecks');
const { alertsCheck, backupCheck, databaseCheck, diskCheck, errorsCheck, persistenceCheck, versionCheck, worstLevel, DISK_CRITICAL_BYTES, DISK_LOW_BYTES, ERRORS_RED_PER_HOUR } = checks;
const { recentErrors, errorDetail, MAX_RECENT_ERRORS } = await import('../../../renderer/src/lib/recentErrors.svelte');
const { storageHealth } = await import('../../../renderer/src/lib/storageHealth.svelte');
const { HouseHealth } = await import('../../../renderer/src/screens/staff/areas/health/houseHealth.svelte');
const { houseChecks } = await import('../../../renderer/src/screens/staff/areas/health/houseChecks');
const { sentenceText, valueText } = await import('../../../renderer/src/screens/staff/areas/health/healthText');
const { language, t } = await import('../../../renderer/src/lib/i18n.svelte');
const { db } = await import('../../../renderer/src/db/db');

const NOW = Date.UTC(2026, 2, 10, 15, 0);
const HOUR = 3_600_000;
const disk = (freeBytes: number) => ({ freeBytes, totalBytes: 100_000_000_000 });
const delivery = (channel: DeliveryRecord['channel'], ok: boolean, at: number, error?: string): DeliveryRecord => ({
  alertId: `a-${at}`,
  kind: 'test',
  channel,
  contact: 'first',
  at,
  attempt: 1,
  ok,
  ...(error ? { error } : {}),
});
const keysOf = (check: { says: { key: string }[] }) => check.says.map((s) => s.key.split('.').slice(-1)[0]);

describe('the free disk check', () => {
  it('is green at 1 GB and above, amber below it, red below 200 MB', () => {
    expect(diskCheck(disk(DISK_LOW_BYTES)).level).toBe('good');
    expect(diskCheck(disk(DISK_LOW_BYTES - 1)).level).toBe('watch');
    expect(diskCheck(disk(DISK_CRITICAL_BYTES)).level).toBe('watch');
    expect(diskCheck(disk(DISK_CRITICAL_BYTES - 1)).level).toBe('act');
    expect(diskCheck(disk(0)).level).toBe('act');
  });

  it('says how much is free of how much, and what to do when it is low', () => {
    expect(diskCheck(disk(50_000_000_000)).says).toEqual([
      { key: 'records:health.checks.disk.free', values: { free: { bytes: 50_000_000_000 }, total: { bytes: 100_000_000_000 } } },
    ]);
    expect(diskCheck(disk(150_000_000)).says[1]).toEqual({ key: 'records:health.checks.disk.act', values: { threshold: { bytes: DISK_CRITICAL_BYTES } } });
  });

  it('is amber, not green, when the disk could not be read', () => {
    expect(diskCheck(null)).toMatchObject({ level: 'watch', says: [{ key: 'records:health.checks.disk.unknown' }] });
  });
});

describe('the records check', () => {
  const facts = { rows: { groups: 12, shares: 0 }, usageBytes: 5_000_000, quotaBytes: 100_000_000, full: false, storeFiles: [{ file: 'staff.json', bytes: 900 }, { file: 'settings.json', bytes: 100 }] };

  it('is green with its size, main’s files and the rows of every table', () => {
    const check = databaseCheck(facts);
    expect(check.level).toBe('good');
    expect(check.says).toContainEqual({ key: 'records:health.checks.database.mainFiles', values: { size: { bytes: 1000 } } });
    expect(check.rows).toEqual([
      { label: { key: 'records:backup.tables.groups' }, value: 12 },
      { label: { key: 'records:backup.tables.shares' }, value: 0 },
    ]);
  });

  it('names a table it has no words for by its own name', () => {
    expect(databaseCheck({ ...facts, rows: { groups: 1, drafts: 3 } }).rows).toEqual([
      { label: { key: 'records:backup.tables.groups' }, value: 1 },
      { label: 'drafts', value: 3 },
    ]);
  });

  it('is amber from 80% of what the browser allows, or when the size cannot be read', () => {
    expect(databaseCheck({ ...facts, usageBytes: 79_999_999 }).level).toBe('good');
    expect(databaseCheck({ ...facts, usageBytes: 80_000_000 }).level).toBe('watch');
    expect(databaseCheck({ ...facts, usageBytes: null }).level).toBe('watch');
  });

  it('is red when the last save failed for lack of space', () => {
    expect(databaseCheck({ ...facts, full: true })).toMatchObject({ level: 'act' });
    expect(keysOf(databaseCheck({ ...facts, full: true }))).toContain('full');
  });
});

describe('the kept storage check', () => {
  it('is green when granted and amber when not, or when the browser cannot say', () => {
    expect(persistenceCheck(true).level).toBe('good');
    expect(persistenceCheck(false)).toMatchObject({ level: 'watch', says: [{ key: 'records:health.checks.persistence.notGranted' }] });
    expect(persistenceCheck(null)).toMatchObject({ level: 'watch', says: [{ key: 'records:health.checks.persistence.unknown' }] });
  });
});

describe('the alerts check', () => {
  const on = (email: boolean, webhook: boolean) => ({ email, webhook });

  it('is amber when no channel is on: nobody is told outside this screen', () => {
    const check = alertsCheck({ enabled: on(false, false), deliveries: [delivery('webhook', false, NOW)] });
    expect(check.level).toBe('watch');
    expect(keysOf(check)).toEqual(['none']);
  });

  it('is red when the last delivery of a channel turned on was not accepted, with its reason', () => {
    const check = alertsCheck({ enabled: on(true, true), deliveries: [delivery('webhook', false, NOW, 'connection refused'), delivery('email', true, NOW - HOUR)] });
    expect(check.level).toBe('act');
    expect(check.says).toEqual([{ key: 'records:health.checks.alerts.failing', values: { channel: { key: 'records:health.checks.alerts.by.webhook' } } }]);
    expect(check.rows?.[1]).toEqual({
      label: { key: 'staff:alerts.log.channel.webhook' },
      value: { key: 'records:health.checks.alerts.onNotAccepted', values: { at: { at: NOW } } },
      detail: 'connection refused',
    });
  });

  it('judges each channel by its newest delivery: a failure then a success is green', () => {
    const deliveries = [delivery('webhook', true, NOW), delivery('webhook', false, NOW - HOUR)];
    expect(alertsCheck({ enabled: on(false, true), deliveries }).level).toBe('good');
  });

  it('ignores a failure on a channel now turned off', () => {
    expect(alertsCheck({ enabled: on(true, false), deliveries: [delivery('webhook', false, NOW), delivery('email', true, NOW - 1)] }).level).toBe('good');
  });

  it('is amber for a channel on that has sent nothing yet', () => {
    const check = alertsCheck({ enabled: on(true, false), deliveries: [] });
    expect(check.level).toBe('watch');
    expect(keysOf(check)).toEqual(['untried']);
  });
});

describe('the recent errors check', () => {
  const quiet = { now: NOW, pageSince: NOW - 5 * HOUR, pageErrors: [], mainProblems: [], restoredFiles: [] };
  const pageError = (at: number) => ({ at, kind: 'page' as const, detail: 'TypeError: x is undefined' });

  it('is green with no errors, saying since when', () => {
    expect(errorsCheck(quiet)).toEqual({ id: 'errors', level: 'good', says: [{ key: 'records:health.checks.errors.none', values: { since: { at: NOW - 5 * HOUR } } }] });
  });

  it('is amber with a few, listing the page’s, main’s and restored files together, newest first', () => {
    const check = errorsCheck({
      ...quiet,
      pageErrors: [pageError(NOW - 10)],
      mainProblems: [{ at: NOW - 5, message: 'Could not write the alerts file' }],
      restoredFiles: [{ file: 'staff.json', at: NOW - 20 }],
    });
    expect(check.level).toBe('watch');
    expect(check.says).toEqual([{ key: 'records:health.checks.errors.some', values: { count: 3, at: { at: NOW - 5 } } }]);
    expect(check.rows?.map((row) => (row.value as { key: string }).key.split('.').pop())).toEqual(['main', 'page', 'restored']);
  });

  it('is red at five errors within the last hour, and amber when they are older', () => {
    const recent = Array.from({ length: ERRORS_RED_PER_HOUR }, (_, i) => pageError(NOW - i * 60_000));
    expect(errorsCheck({ ...quiet, pageErrors: recent }).level).toBe('act');
    expect(errorsCheck({ ...quiet, pageErrors: recent.slice(1) }).level).toBe('watch');
    const older = recent.map((error) => ({ ...error, at: error.at - HOUR }));
    expect(errorsCheck({ ...quiet, pageErrors: older }).level).toBe('watch');
  });

  it('names only what kind of thing was not saved when the storage was full', () => {
    const check = errorsCheck({ ...quiet, pageErrors: [{ at: NOW, kind: 'storage-full', detail: 'share' }] });
    expect(check.rows).toEqual([
      { label: { at: NOW }, value: { key: 'records:health.checks.errors.kinds.storage-full', values: { what: { key: 'records:health.checks.errors.writes.share' } } } },
    ]);
  });
});

describe('the version check and the summary', () => {
  it('is green, with the version and how long main has been running', () => {
    expect(versionCheck({ version: '1.2.3', startedAt: NOW - 2 * HOUR, now: NOW })).toEqual({
      id: 'version',
      level: 'good',
      says: [{ key: 'records:health.checks.version.says', values: { version: '1.2.3', since: { at: NOW - 2 * HOUR }, duration: { duration: 2 * HOUR } } }],
    });
  });

  it('takes the most serious level as the page’s', () => {
    expect(worstLevel([])).toBe('good');
    expect(worstLevel(['good', 'watch', 'good'])).toBe('watch');
    expect(worstLevel(['watch', 'act', 'good'])).toBe('act');
  });
});

describe('the page’s record of errors', () => {
  it('keeps an error’s type and message without the quoted words in it, cut short', () => {
    expect(errorDetail(new TypeError('Cannot read "Maria said hello" of undefined'))).toBe('TypeError: Cannot read … of undefined');
    expect(errorDetail(new Error(`Key 'Ana' exists and \`x\``))).toBe('Error: Key … exists and …');
    expect(errorDetail(Object.assign(new Error('x'.repeat(500)), { name: 'DataError' })).length).toBe(160);
    expect(errorDetail({ name: 'QuotaExceededError' })).toBe('QuotaExceededError');
    expect(errorDetail(undefined)).toBe('undefined');
  });

  it('keeps the latest twenty, newest first, and listens for uncaught errors and promises', () => {
    const listeners = new Map<string, (event: unknown) => void>();
    const page = {
      addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
      removeEventListener: (type: string) => listeners.delete(type),
    } as unknown as Window;
    const stop = recentErrors.watch(page);
    for (let i = 0; i < MAX_RECENT_ERRORS + 3; i++) listeners.get('error')!({ error: new RangeError(`number ${i}`) });
    listeners.get('unhandledrejection')!({ reason: new Error('went wrong') });
    expect(recentErrors.list).toHaveLength(MAX_RECENT_ERRORS);
    expect(recentErrors.list[0]).toMatchObject({ kind: 'promise', detail: 'Error: went wrong' });
    expect(recentErrors.list[1]).toMatchObject({ kind: 'page', detail: `RangeError: number ${MAX_RECENT_ERRORS + 2}` });
    stop();
    expect(listeners.size).toBe(0);
  });

  it('notes a write refused for lack of space, as the storage health reports it', () => {
    storageHealth.reportWriteFailure({ name: 'QuotaExceededError' }, 'tapIn');
    expect(recentErrors.list[0]).toMatchObject({ kind: 'storage-full', detail: 'tapIn' });
    storageHealth.writeSucceeded();
    storageHealth.dismissNotice();
  });
});

function mainHealth(fields: Partial<MainHealth> = {}): MainHealth {
  return { version: '1.2.3', startedAt: NOW - HOUR, now: NOW, disk: disk(40_000_000_000), storeFiles: [], restoredFiles: [], problems: [], ...fields };
}
const settingsView = (webhook: boolean): AlertSettingsView => ({
  ...defaultAlertSettings(),
  webhook: { ...defaultAlertSettings().webhook, enabled: webhook, url: webhook ? 'http://127.0.0.1:9/x' : '' },
  emailPasswordSet: false,
});

describe('the House health page’s list of checks', () => {
  afterAll(() => {
    vi.useRealTimers();
  });

  beforeAll(async () => {
    language.set('en');
    await language.loadStaffText();
  });

  beforeEach(async () => {
    vi.clearAllMocks();
    // The errors recorded above are older than an hour by now: amber, not red.
    vi.setSystemTime(Date.now() + 2 * HOUR);
    kiosk.app.health.mockResolvedValue({ ok: true, value: mainHealth() });
    kiosk.alerts.settings.mockResolvedValue({ ok: true, value: settingsView(false) });
    kiosk.alerts.deliveries.mockResolvedValue({ ok: true, value: [] });
    kiosk.backups.status.mockResolvedValue({ ok: true, value: backupStatus({ attention: 'not-set-up', passphraseSet: false }) });
    await db.groups.clear();
  });

  it('reads every check once, counting the rows the database holds, and asks main only once', async () => {
    await db.groups.bulkPut([{ id: 'g1' }, { id: 'g2' }] as never[]);
    const health = new HouseHealth();
    await health.refresh();
    expect(health.checks.map((check) => check.id)).toEqual(houseChecks.map((entry) => entry.id));
    const database = health.checks.find((check) => check.id === 'database')!;
    expect(database.rows).toContainEqual({ label: { key: 'records:backup.tables.groups' }, value: 2 });
    expect(database.rows).toHaveLength(db.tables.length);
    expect(kiosk.app.health).toHaveBeenCalledTimes(1);
    // No alert channel is on, and the page saw errors: amber at a glance.
    expect(health.checks.find((check) => check.id === 'alerts')?.level).toBe('watch');
    expect(health.overall).toBe('watch');
    expect(health.checkedAt).not.toBeNull();
  });

  it('shows a check whose figures could not be read as amber on its own line, and the others as usual', async () => {
    kiosk.alerts.deliveries.mockResolvedValue({ ok: false, error: { code: 'forbidden', message: 'locked' } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const health = new HouseHealth();
    await health.refresh();
    expect(health.checks.find((check) => check.id === 'alerts')).toEqual({ id: 'alerts', level: 'watch', says: [{ key: 'records:health.unreadable' }] });
    expect(health.checks.find((check) => check.id === 'version')?.level).toBe('good');
  });

  it('turns red when main says the disk is almost full', async () => {
    kiosk.app.health.mockResolvedValue({ ok: true, value: mainHealth({ disk: disk(DISK_CRITICAL_BYTES - 1) }) });
    const health = new HouseHealth();
    await health.refresh();
    expect(health.checks.find((check) => check.id === 'disk')?.level).toBe('act');
    expect(health.overall).toBe('act');
  });

  it('says every sentence and row in words, in English and in Spanish, with no key left showing', async () => {
    kiosk.app.health.mockResolvedValue({
      ok: true,
      value: mainHealth({ disk: disk(150_000_000), problems: [{ at: NOW, message: 'Could not write' }], restoredFiles: [{ file: 'staff.json', at: NOW }] }),
    });
    kiosk.alerts.settings.mockResolvedValue({ ok: true, value: settingsView(true) });
    kiosk.alerts.deliveries.mockResolvedValue({ ok: true, value: [delivery('webhook', false, NOW, 'connection refused')] });
    const health = new HouseHealth();
    await health.refresh();
    for (const lang of ['en', 'es'] as const) {
      language.set(lang);
      await language.loadStaffText();
      for (const check of health.checks) {
        const words = [
          t(`records:health.checks.${check.id}.name`),
          ...check.says.map(sentenceText),
          ...(check.rows ?? []).flatMap((row) => [valueText(row.label), valueText(row.value)]),
        ];
        for (const text of words) expect(text, `${lang} ${check.id}`).not.toMatch(/records:|staff:|\{\{|health\.checks/);
      }
    }
    expect(sentenceText(health.checks.find((c) => c.id === 'alerts')!.says[0]!)).toBe('El último aviso a la dirección web no fue aceptado. Revisa los ajustes de avisos y envía un aviso de prueba.');
    language.set('en');
    expect(sentenceText(health.checks.find((c) => c.id === 'disk')!.says[0]!)).toBe('150 MB free of 100 GB.');
  });
});

function backupStatus(over: Partial<BackupStatus> = {}): BackupStatus {
  return { passphraseSet: true, folder: '/media/usb', daily: true, keep: 14, last: null, lastGoodAt: null, attention: null, ...over };
}

describe('the backups check', () => {
  const at = Date.UTC(2026, 11, 3, 2, 0);
  it('is green after a backup that was read back, and says when', () => {
    const check = backupCheck(backupStatus({ lastGoodAt: at, last: { at, automatic: true, ok: true, file: 'hearth-backup-2026-12-03-020000.hearth', problem: null, removed: 0 } }));
    expect(check.level).toBe('good');
    expect(check.says).toEqual([{ key: 'records:health.checks.backup.good', values: { when: { at } } }]);
    expect(check.rows).toContainEqual({ label: { key: 'records:health.checks.backup.folder' }, value: '/media/usb' });
  });

  it('is red when the last one failed, saying why, or when none has worked for a day and a half', () => {
    const failed = backupCheck(backupStatus({ lastGoodAt: at, attention: 'failed', last: { at: at + 1, automatic: true, ok: false, file: null, problem: 'folder-missing', removed: 0 } }));
    expect(failed.level).toBe('act');
    expect(failed.says[0]?.values?.why).toEqual({ key: 'records:backup.failures.folder-missing' });
    expect(backupCheck(backupStatus({ lastGoodAt: at, attention: 'missed' })).says).toEqual([{ key: 'records:health.checks.backup.missed', values: { when: { at } } }]);
    expect(backupCheck(backupStatus({ attention: 'missed' })).level).toBe('act');
  });

  it('is amber when daily backups are not set up, naming what is missing', () => {
    expect(backupCheck(backupStatus({ attention: 'not-set-up', passphraseSet: false })).says[0]?.key).toBe('records:health.checks.backup.noPassphrase');
    expect(backupCheck(backupStatus({ attention: 'not-set-up', folder: null })).says[0]?.key).toBe('records:health.checks.backup.noFolderChosen');
    const off = backupCheck(backupStatus({ attention: 'not-set-up', daily: false }));
    expect(off.level).toBe('watch');
    expect(off.says[0]?.key).toBe('records:health.checks.backup.dailyOff');
  });
});

describe('the figures in words', () => {
  it('says sizes in decimal units and running time in the largest unit that reads naturally', async () => {
    const { formatBytes, formatDuration } = await import('../../../renderer/src/screens/staff/areas/health/healthText');
    language.set('en');
    await language.loadStaffText();
    expect(formatBytes(200)).toBe('0.2 kB');
    expect(formatBytes(1_500)).toBe('1.5 kB');
    expect(formatBytes(84_000_000_000)).toBe('84 GB');
    expect(formatDuration(59_999)).toBe('less than a minute');
    expect(formatDuration(119 * 60_000)).toBe('119 minutes');
    expect(formatDuration(3 * HOUR)).toBe('3 hours');
    expect(formatDuration(50 * HOUR)).toBe('2 days');
  });
});
