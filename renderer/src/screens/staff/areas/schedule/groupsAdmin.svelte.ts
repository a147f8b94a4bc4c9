import type { Group } from '../../../../../../shared/model';
import { inStaffLanguage } from '../../../../lib/staff/auditWords';
import { listGroups, retireGroup, saveGroup } from '../../../../db/repositories/schedule';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { groupAuditDetail } from '../../../../lib/staff/groupWhen';
import { GroupForm } from './groupForm.svelte';
import { LiveList } from '../../../../db/live.svelte';
import type { Notice } from '../../../../lib/staff/notice.svelte';
import { problemNotice } from '../../../../lib/staff/saveProblems';

/** The schedule's groups: the list (active, then retired), the editor, and retiring one. */
export class GroupsAdmin {
  readonly groups = new LiveList(listGroups);
  editing = $state.raw<GroupForm | null>(null);
  /** The group waiting for "Retire?" to be confirmed. */
  retiring = $state.raw<Group | null>(null);
  busy = $state(false);
  readonly #notice: Notice;

  constructor(notice: Notice) {
    this.#notice = notice;
  }

  get active(): Group[] {
    return this.groups.items.filter((group) => group.active);
  }

  get retired(): Group[] {
    return this.groups.items.filter((group) => !group.active);
  }

  startNew(today: string) {
    this.#notice.clear();
    this.editing = new GroupForm(today);
  }

  edit(group: Group, today: string) {
    this.#notice.clear();
    this.editing = new GroupForm(today, group);
  }

  /** A new group filled in from `group`, for the same group at another time or place. */
  copy(group: Group, today: string) {
    this.#notice.clear();
    this.editing = new GroupForm(today, group, 'copy');
  }

  /** "Copy this group" in the editor: a copy of the group as it is stored, not of changes not yet saved. */
  copyEdited(today: string) {
    const group = this.groups.items.find((item) => item.id === this.editing?.id);
    if (group) this.copy(group, today);
  }

  closeEditor = () => {
    this.editing = null;
  };

  async save() {
    const form = this.editing;
    if (!form || this.busy) return;
    const draft = form.draft();
    if (!draft) {
      this.#notice.error('admin:group.problems.some');
      return;
    }
    this.busy = true;
    try {
      const saved = await saveGroup(draft);
      await staffSession.record(form.isNew ? 'admin.groupAdded' : 'admin.groupEdited', groupAuditDetail(saved));
      this.editing = null;
      this.#notice.done(form.isNew ? 'admin:group.added' : 'admin:group.saved', { title: saved.title.en });
    } catch (error) {
      this.#notice.current = problemNotice(error);
    } finally {
      this.busy = false;
    }
  }

  askRetire(group: Group) {
    this.#notice.clear();
    this.retiring = group;
  }

  async confirmRetire() {
    const group = this.retiring;
    this.retiring = null;
    if (!group) return;
    try {
      if (!(await retireGroup(group.id))) {
        this.#notice.error('admin:problems.gone');
        return;
      }
      await staffSession.record('admin.groupRetired', groupAuditDetail(group));
      if (this.editing?.id === group.id) this.editing = null;
      this.#notice.done('admin:group.retired', { title: inStaffLanguage(group.title) });
    } catch (error) {
      this.#notice.current = problemNotice(error);
    }
  }
}
