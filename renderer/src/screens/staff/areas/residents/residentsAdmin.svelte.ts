import type { ResidentPicture } from '../../../../../../shared/residentPictures';
import { deleteResident, listResidents, saveResident, setResidentCode, type StaffResidentView } from '../../../../db/repositories/residents';
import { t } from '../../../../lib/i18n.svelte';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { residentInAudit } from '../../../../lib/symbolName';
import { LiveList } from '../../../../db/live.svelte';
import type { Notice } from '../../../../lib/staff/notice.svelte';
import { problemNotice } from '../../../../lib/staff/saveProblems';
import { ResidentForm } from './residentForm.svelte';

/**
 * The residents area: who has which symbol, their name (seen only here), their code, and whether
 * they are active. The audit log names a resident by symbol only, so names stay in this one place.
 */
export class ResidentsAdmin {
  readonly residents = new LiveList(listResidents);
  editing = $state.raw<ResidentForm | null>(null);
  /** The resident whose deletion waits for a staff member to confirm it. */
  deleting = $state.raw<{ id: string; name: string } | null>(null);
  busy = $state(false);
  readonly #notice: Notice;

  constructor(notice: Notice) {
    this.#notice = notice;
  }

  /** Pictures other residents hold, active or not: each picture is one resident's. */
  takenPictures(exceptId: string | undefined): ResidentPicture[] {
    return this.residents.items.filter((r) => r.id !== exceptId).map(({ symbol, colour }) => ({ symbol, colour }));
  }

  startNew() {
    this.#notice.clear();
    this.editing = new ResidentForm();
  }

  edit(resident: StaffResidentView) {
    this.#notice.clear();
    this.editing = new ResidentForm(resident);
  }

  close = () => {
    this.editing = null;
  };

  /** Asks first: deleting a resident cannot be undone. */
  askDelete() {
    const form = this.editing;
    if (form?.id) this.deleting = { id: form.id, name: form.name };
  }

  cancelDelete = () => {
    this.deleting = null;
  };

  /**
   * Deletes the resident and their attendance. The audit log says that it happened and how many
   * records went, never whose: the name and the symbol leave the house with them.
   */
  async confirmDelete() {
    const target = this.deleting;
    if (!target || this.busy) return;
    this.busy = true;
    try {
      const { attendanceRemoved } = await deleteResident(target.id);
      await staffSession.record('admin.residentDeleted', t('admin:residents.deletedRecords', { count: attendanceRemoved }));
      this.deleting = null;
      this.editing = null;
      this.#notice.done('admin:residents.deleted', { count: attendanceRemoved });
    } catch (error) {
      this.deleting = null;
      this.#notice.current = problemNotice(error);
    } finally {
      this.busy = false;
    }
  }

  async save() {
    const form = this.editing;
    if (!form || this.busy) return;
    const checked = form.checked(this.takenPictures(form.id));
    if (!checked) {
      this.#notice.error('admin:residents.problems.some');
      return;
    }
    this.busy = true;
    try {
      const saved = await saveResident({ ...(form.id ? { id: form.id } : {}), ...checked, active: form.active });
      await staffSession.record(form.isNew ? 'admin.residentAdded' : 'admin.residentEdited', residentInAudit(saved));
      if (form.newCode) {
        await setResidentCode(saved.id, form.newCode);
        await staffSession.record('admin.residentCodeSet', residentInAudit({ symbol: saved.symbol, colour: saved.colour }));
      } else if (form.codeAction === 'clear' && form.hadCode) {
        await setResidentCode(saved.id, null);
        await staffSession.record('admin.residentCodeCleared', residentInAudit({ symbol: saved.symbol, colour: saved.colour }));
      }
      this.editing = null;
      this.#notice.done(form.isNew ? 'admin:residents.added' : 'admin:residents.saved', { name: saved.name });
    } catch (error) {
      this.#notice.current = problemNotice(error);
    } finally {
      this.busy = false;
    }
  }
}
