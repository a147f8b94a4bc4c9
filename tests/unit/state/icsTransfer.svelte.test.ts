import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { listGroups, saveGroup } from '../../../renderer/src/db/repositories/schedule';
import { openTextFile, saveTextFile } from '../../../renderer/src/lib/files';
import { Notice } from '../../../renderer/src/lib/staff/notice.svelte';
import { IcsTransfer } from '../../../renderer/src/screens/staff/areas/schedule/icsTransfer.svelte';
import { groupDraft } from '../renderer/fixtures/groupDraft';
import { staffAreaTests } from './staffOnDuty';

/**
 * A calendar file in and out of the schedule, as staff use it: a preview before anything changes,
 * then the import; a file too large is refused with a clear message and changes nothing. The file
 * dialogs are stand-ins; the file is read as on the page (under Node there is no Web Worker, so
 * the reader's fallback on the page runs).
 */

vi.mock('../../../renderer/src/lib/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../renderer/src/lib/files')>()),
  openTextFile: vi.fn(),
  saveTextFile: vi.fn(),
}));

vi.setConfig({ testTimeout: 20_000 });

const TODAY = '2026-12-07';

/** A calendar of `count` weekly groups. */
function calendar(count: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN'];
  for (let i = 0; i < count; i++) {
    lines.push('BEGIN:VEVENT', `UID:weekly-${i}`, 'DTSTAMP:20261201T000000Z', 'DTSTART:20261207T100000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY', `SUMMARY:Group ${i}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

function openTransfer() {
  const notice = new Notice();
  return { transfer: new IcsTransfer(notice, () => TODAY), notice };
}

staffAreaTests(db.groups, db.auditLog);

beforeEach(() => {
  vi.mocked(openTextFile).mockReset();
  vi.mocked(saveTextFile).mockReset();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('calendar files', () => {
  it('shows what a file would add before changing anything, then imports it', async () => {
    vi.mocked(openTextFile).mockResolvedValue({ name: 'house.ics', text: calendar(2) });
    const { transfer, notice } = openTransfer();
    await transfer.chooseFile();
    expect(transfer.preview?.fileName).toBe('house.ics');
    expect(transfer.preview?.added.map((g) => g.title.en).sort()).toEqual(['Group 0', 'Group 1']);
    expect(await db.groups.count()).toBe(0);

    await transfer.apply();
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:ics.imported', values: { count: 2 } });
    expect(transfer.preview).toBeNull();
    expect((await listGroups()).map((g) => g.title.en).sort()).toEqual(['Group 0', 'Group 1']);
    expect((await listAuditEntries(0)).entries[0]?.action).toBe('admin.scheduleImported');
  });

  it('refuses a file with more groups than one import may bring, and changes nothing', async () => {
    vi.mocked(openTextFile).mockResolvedValue({ name: 'huge.ics', text: calendar(501) });
    const { transfer, notice } = openTransfer();
    await transfer.chooseFile();
    expect(notice.current).toEqual({ kind: 'error', key: 'admin:ics.errors.too-many-groups', values: { max: 500 } });
    expect(transfer.preview).toBeNull();
    expect(await db.groups.count()).toBe(0);
  });

  it('does nothing when the file dialog is closed without a file', async () => {
    vi.mocked(openTextFile).mockResolvedValue(null);
    const { transfer, notice } = openTransfer();
    await transfer.chooseFile();
    expect(transfer.preview).toBeNull();
    expect(notice.current).toBeNull();
    expect(transfer.busy).toBe(false);
  });

  it('saves the whole schedule as a calendar file named for the day', async () => {
    await saveGroup(groupDraft());
    vi.mocked(saveTextFile).mockResolvedValue('saved');
    const { transfer, notice } = openTransfer();
    await transfer.exportAll();
    const [saved] = vi.mocked(saveTextFile).mock.calls[0] ?? [];
    expect(saved?.suggestedName).toBe(`hearth-schedule-${TODAY}.ics`);
    expect(saved?.text).toContain('BEGIN:VCALENDAR');
    expect(saved?.text).toContain('SUMMARY:Art together');
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:ics.exported', values: { count: 1 } });
    expect((await listAuditEntries(0)).entries[0]?.action).toBe('admin.scheduleExported');
  });
});
