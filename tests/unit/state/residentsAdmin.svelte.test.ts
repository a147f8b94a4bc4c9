import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { addAttendance } from '../../../renderer/src/db/repositories/attendance';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { saveResident } from '../../../renderer/src/db/repositories/residents';
import { Notice } from '../../../renderer/src/lib/staff/notice.svelte';
import { ResidentsAdmin } from '../../../renderer/src/screens/staff/areas/residents/residentsAdmin.svelte';
import { staffAreaTests } from './staffOnDuty';

/** Residents as staff keep them: one picture each, and names that never reach the audit log. */

vi.setConfig({ testTimeout: 20_000 });

function openResidents() {
  const notice = new Notice();
  const residents = new ResidentsAdmin(notice);
  const stop = residents.residents.watch();
  return { residents, notice, stop };
}

const auditText = async () =>
  (await listAuditEntries(0)).entries
    .map((e) => `${e.action} ${e.detail}`)
    .join('\n');

staffAreaTests(db.residents, db.attendance, db.auditLog);

describe('the residents', () => {
  it('adds a resident with a picture of their own; a picture someone holds is refused', async () => {
    await saveResident({ name: 'Ruth', symbol: 'sun', colour: 'blue', active: true });
    const { residents, notice, stop } = openResidents();
    await vi.waitFor(() => expect(residents.residents.items).toHaveLength(1));

    residents.startNew();
    const form = residents.editing;
    if (!form) throw new Error('no editor');
    form.name = 'Tom';
    form.symbol = 'sun';
    form.colour = 'blue';
    await residents.save();
    expect(notice.current).toEqual({ kind: 'error', key: 'admin:residents.problems.some' });
    expect(form.problems).toEqual({ colour: 'admin:residents.problems.pictureTaken' });

    form.colour = 'green';
    await residents.save();
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:residents.added', values: { name: 'Tom' } });
    await vi.waitFor(() => expect(residents.residents.items.map((r) => r.name).sort()).toEqual(['Ruth', 'Tom']));
    expect(await auditText()).not.toContain('Tom');
    stop();
  });

  it('deletes a resident and their attendance only once staff confirm, and the log keeps no name', async () => {
    const ruth = await saveResident({ name: 'Ruth', symbol: 'sun', colour: 'blue', active: true });
    await addAttendance('art@2026-12-07', ruth.id);
    await addAttendance('art@2026-12-09', ruth.id);
    const { residents, notice, stop } = openResidents();
    await vi.waitFor(() => expect(residents.residents.items).toHaveLength(1));
    const [stored] = residents.residents.items;
    if (!stored) throw new Error('no resident');

    residents.edit(stored);
    residents.askDelete();
    expect(residents.deleting).toEqual({ id: ruth.id, name: 'Ruth' });
    residents.cancelDelete();
    expect(await db.residents.count()).toBe(1);

    residents.askDelete();
    await residents.confirmDelete();
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:residents.deleted', values: { count: 2 } });
    expect(residents.editing).toBeNull();
    expect(await db.attendance.count()).toBe(0);
    await vi.waitFor(() => expect(residents.residents.items).toEqual([]));
    const log = await auditText();
    expect(log).toContain('admin.residentDeleted');
    expect(log).not.toContain('Ruth');
    stop();
  });
});
