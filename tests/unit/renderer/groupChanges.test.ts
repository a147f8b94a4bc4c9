import { describe, expect, it, vi } from 'vitest';
import { groupDraft, sessionNote } from './fixtures/groupDraft';

/*
 * A group's cancelled and moved sessions as the group editor lists them: kept live, only those
 * still ahead, and restoring one brings the session back, notes it in the audit log and says so.
 */
const record = vi.fn(async () => {});
vi.mock('../../../renderer/src/lib/staffSession.svelte', () => ({ staffSession: { record } }));
vi.stubGlobal('document', { documentElement: { lang: 'en' } });

const { saveGroup, cancelOccurrence } = await import('../../../renderer/src/db/repositories/schedule');
const { Notice } = await import('../../../renderer/src/lib/staff/notice.svelte');
const { GroupChanges } = await import('../../../renderer/src/screens/staff/areas/schedule/groupChanges.svelte');

const draft = groupDraft();
const note = sessionNote;

describe("a group's changed sessions", () => {
  it('lists only the changes still ahead, and restoring one brings it back, in the audit log and the notice', async () => {
    const group = await saveGroup(draft);
    await cancelOccurrence(`${group.id}@2026-03-02`, note);
    await cancelOccurrence(`${group.id}@2026-03-11`, note);
    const notice = new Notice();
    const changes = new GroupChanges(
      () => group.id,
      () => 'Art together',
      () => notice,
    );
    const stop = changes.watch();
    try {
      await vi.waitFor(() => expect(changes.upcoming('2026-03-10').map((e) => e.date)).toEqual(['2026-03-11']));

      await changes.restore('2026-03-11');
      expect(record).toHaveBeenCalledWith('admin.sessionRestored', 'Art together · 2026-03-11');
      expect(notice.current).toMatchObject({ kind: 'done', key: 'admin:sessions.restoredDate' });
      await vi.waitFor(() => expect(changes.upcoming('2026-03-10')).toEqual([]));

      // Nothing to restore on a day that was never changed: no audit entry, no notice.
      record.mockClear();
      notice.clear();
      await changes.restore('2026-03-16');
      expect(record).not.toHaveBeenCalled();
      expect(notice.current).toBeNull();
    } finally {
      stop();
    }
  });

  it('a restore that fails shows staff a problem in the notice', async () => {
    const group = await saveGroup({ ...draft, title: { en: 'Walking group', es: 'Grupo de caminata' } });
    await cancelOccurrence(`${group.id}@2026-03-18`, note);
    const notice = new Notice();
    const changes = new GroupChanges(
      () => group.id,
      () => 'Walking group',
      () => notice,
    );
    const stop = changes.watch();
    try {
      await vi.waitFor(() => expect(changes.upcoming('2026-03-10')).toHaveLength(1));
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      record.mockRejectedValueOnce(new Error('the audit log could not be written'));
      await changes.restore('2026-03-18');
      expect(notice.current).toMatchObject({ kind: 'error' });
    } finally {
      stop();
      vi.restoreAllMocks();
    }
  });
});
