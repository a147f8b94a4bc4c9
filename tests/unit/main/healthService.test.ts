import { statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HealthService } from '../../../electron/main/services/healthService';
import type { SetupResult, UnlockResult } from '../../../shared/staff';
import { MAX_MAIN_PROBLEMS, type MainHealth } from '../../../shared/health';
import { testMain, valueOf } from './mainHarness';
import { FakeClock, GOOD_PIN, freshStaffDir } from './staffAuthHarness';

function health(dataDir: string, clock: FakeClock, extra: Partial<ConstructorParameters<typeof HealthService>[0]> = {}) {
  return new HealthService({
    dataDir,
    version: '2.3.4',
    storeFiles: ['settings.json', 'staff.json', 'alerts.json'],
    restoredFiles: () => [],
    now: clock.now,
    ...extra,
  });
}

describe('main’s health service', () => {
  it('answers the version, when main started and the clock now, as the fake clock says', async () => {
    const clock = new FakeClock();
    const started = clock.ms;
    const service = health(freshStaffDir(), clock);
    clock.advanceSeconds(3 * 3600);
    const report = await service.report();
    expect(report.version).toBe('2.3.4');
    expect(report.startedAt).toBe(started);
    expect(report.now).toBe(started + 3 * 3600 * 1000);
  });

  it('measures the free and total space of the disk that holds the data folder', async () => {
    const dataDir = freshStaffDir();
    const { disk } = await health(dataDir, new FakeClock()).report();
    const real = statfsSync(dataDir);
    expect(disk).not.toBeNull();
    expect(disk!.totalBytes).toBe(real.blocks * real.bsize);
    // Other programs write meanwhile: the free space is close to, not exactly, what was read here.
    expect(Math.abs(disk!.freeBytes - real.bavail * real.bsize)).toBeLessThan(512 * 1024 * 1024);
    expect(disk!.freeBytes).toBeLessThanOrEqual(disk!.totalBytes);
  });

  it('counts only blocks free to Hearth’s user, in bytes', async () => {
    const diskStats = async () => ({ bavail: 250, blocks: 1000, bsize: 4096 });
    const { disk } = await health(freshStaffDir(), new FakeClock(), { diskStats }).report();
    expect(disk).toEqual({ freeBytes: 250 * 4096, totalBytes: 1000 * 4096 });
  });

  it('answers no disk figures, rather than failing, when the disk cannot be read', async () => {
    const diskStats = async () => {
      throw new Error('EIO');
    };
    const report = await health(freshStaffDir(), new FakeClock(), { diskStats }).report();
    expect(report.disk).toBeNull();
    expect(report.version).toBe('2.3.4');
  });

  it('gives the size of each store file that exists, and leaves out one not written yet', async () => {
    const dataDir = freshStaffDir();
    writeFileSync(join(dataDir, 'settings.json'), 'x'.repeat(1234));
    writeFileSync(join(dataDir, 'staff.json'), '{}');
    const { storeFiles } = await health(dataDir, new FakeClock()).report();
    expect(storeFiles).toEqual([
      { file: 'settings.json', bytes: 1234 },
      { file: 'staff.json', bytes: 2 },
    ]);
  });

  it('keeps the latest problems newest first, at most twenty, each with when it was noted', async () => {
    const clock = new FakeClock();
    const service = health(freshStaffDir(), clock);
    for (let i = 1; i <= MAX_MAIN_PROBLEMS + 5; i++) {
      clock.advanceSeconds(60);
      service.noteProblem(`problem ${i}`);
    }
    const { problems } = await service.report();
    expect(problems).toHaveLength(MAX_MAIN_PROBLEMS);
    expect(problems[0]).toEqual({ at: clock.ms, message: `problem ${MAX_MAIN_PROBLEMS + 5}` });
    expect(problems.at(-1)!.message).toBe('problem 6');
  });
});

describe('the app.health channel', { timeout: 30_000 }, () => {
  it('is refused while staff mode is locked, and answers once staff have unlocked', async () => {
    const { call } = testMain();
    expect(await call('app', 'health')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const { staff } = valueOf(await call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN }));
    expect(valueOf(await call<UnlockResult>('staff', 'unlock', { staffId: staff.id, pin: GOOD_PIN })).outcome).toBe('ok');
    const report = valueOf(await call<MainHealth>('app', 'health'));
    expect(report.version).toBe('0.0.0-test');
    // Setting up wrote the staff file; its size is on disk now.
    expect(report.storeFiles.map((f) => f.file)).toContain('staff.json');
    expect(report.disk?.totalBytes).toBeGreaterThan(0);
  });

  it('shows what main logged, such as a damaged file put back from its copy', async () => {
    const dataDir = freshStaffDir();
    const first = testMain({ dataDir });
    valueOf(await first.call<SetupResult>('staff', 'setup', { name: 'Sam', pin: GOOD_PIN }));
    writeFileSync(join(dataDir, 'staff.json'), '{ not json');
    const { call, services } = testMain({ dataDir });
    const status = valueOf(await call<{ staff: { id: string }[] }>('staff', 'status'));
    services.staff.lock();
    expect(valueOf(await call<UnlockResult>('staff', 'unlock', { staffId: status.staff[0]!.id, pin: GOOD_PIN })).outcome).toBe('ok');
    const report = valueOf(await call<MainHealth>('app', 'health'));
    expect(report.restoredFiles.map((f) => f.file)).toEqual(['staff.json']);
    expect(report.problems.some((p) => p.message.includes('staff.json') && p.message.includes('restored'))).toBe(true);
  });
});
