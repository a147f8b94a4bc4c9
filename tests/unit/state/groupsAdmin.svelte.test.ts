import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { saveGroup } from '../../../renderer/src/db/repositories/schedule';
import { Notice } from '../../../renderer/src/lib/staff/notice.svelte';
import { GroupsAdmin } from '../../../renderer/src/screens/staff/areas/schedule/groupsAdmin.svelte';
import { groupDraft } from '../renderer/fixtures/groupDraft';
import { staffAreaTests } from './staffOnDuty';

/** The schedule's groups as staff run them: a new group, an edit, a copy, and retiring one. */

vi.setConfig({ testTimeout: 20_000 });

const TODAY = '2026-12-07';

function openGroups() {
  const notice = new Notice();
  const groups = new GroupsAdmin(notice);
  const stop = groups.groups.watch();
  return { groups, notice, stop };
}

const titles = (list: readonly { title: { en: string } }[]) => list.map((g) => g.title.en).sort();

staffAreaTests(db.groups, db.auditLog);

describe('the groups of the schedule', () => {
  it('adds a new group from the editor, lists it, and notes it in the audit log', async () => {
    const { groups, notice, stop } = openGroups();
    groups.startNew(TODAY);
    const form = groups.editing;
    if (!form) throw new Error('no editor');
    form.title = { en: 'Garden club', es: 'Club de jardín' };
    form.facilitator = 'Ana';
    await groups.save();
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:group.added', values: { title: 'Garden club' } });
    expect(groups.editing).toBeNull();
    await vi.waitFor(() => expect(titles(groups.active)).toEqual(['Garden club']));
    const [logged] = (await listAuditEntries(0)).entries;
    expect(logged?.action).toBe('admin.groupAdded');
    stop();
  });

  it('keeps the editor open and saves nothing when the form is not complete', async () => {
    const { groups, notice, stop } = openGroups();
    groups.startNew(TODAY);
    await groups.save();
    expect(notice.current).toEqual({ kind: 'error', key: 'admin:group.problems.some' });
    expect(groups.editing?.problems).toMatchObject({ title: 'admin:group.problems.title', facilitator: 'admin:group.problems.facilitator' });
    expect(await db.groups.count()).toBe(0);
    stop();
  });

  it('copies a group as it is stored, and retires one after "Retire?" is confirmed', async () => {
    const art = await saveGroup(groupDraft());
    const { groups, notice, stop } = openGroups();
    await vi.waitFor(() => expect(titles(groups.active)).toEqual(['Art together']));
    const [stored] = groups.active;
    if (!stored) throw new Error('no group');

    groups.edit(stored, TODAY);
    if (!groups.editing) throw new Error('no editor');
    groups.editing.title = { en: 'Not saved', es: 'No guardado' };
    groups.copyEdited(TODAY);
    expect(groups.editing?.isNew).toBe(true);
    expect(groups.editing?.title.en).toBe('Art together');

    groups.askRetire(stored);
    expect(groups.retiring?.id).toBe(art.id);
    await groups.confirmRetire();
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:group.retired', values: { title: 'Art together' } });
    await vi.waitFor(() => expect(titles(groups.retired)).toEqual(['Art together']));
    expect(groups.active).toEqual([]);
    expect((await listAuditEntries(0)).entries[0]?.action).toBe('admin.groupRetired');
    stop();
  });
});
