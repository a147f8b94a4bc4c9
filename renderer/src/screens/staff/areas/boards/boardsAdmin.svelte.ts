import type { Board } from '../../../../../../shared/model';
import { listAllBoards, moveBoard, saveBoard, setBoardActive } from '../../../../db/repositories/boards';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { LiveList } from '../../../../db/live.svelte';
import type { Notice } from '../../../../lib/staff/notice.svelte';
import { problemNotice } from '../../../../lib/staff/saveProblems';
import { BoardForm } from './boardForm.svelte';
import { inStaffLanguage } from '../../../../lib/staff/auditWords';
import { t } from '../../../../lib/i18n.svelte';

/** The sharing boards: their prompts, their order on the wall, and whether they show. */
export class BoardsAdmin {
  readonly boards = new LiveList(listAllBoards);
  editing = $state.raw<BoardForm | null>(null);
  busy = $state(false);
  readonly #notice: Notice;

  constructor(notice: Notice) {
    this.#notice = notice;
  }

  startNew() {
    this.#notice.clear();
    this.editing = new BoardForm();
  }

  edit(board: Board) {
    this.#notice.clear();
    this.editing = new BoardForm(board);
  }

  close = () => {
    this.editing = null;
  };

  async save() {
    const form = this.editing;
    if (!form || this.busy) return;
    if (!form.check()) {
      this.#notice.error('admin:boards.problems.some');
      return;
    }
    this.busy = true;
    try {
      const saved = await saveBoard({ ...(form.id ? { id: form.id } : {}), title: form.title, prompt: form.prompt, active: form.active });
      await staffSession.record(form.isNew ? 'admin.boardAdded' : 'admin.boardEdited', saved.active ? inStaffLanguage(saved.title) : t('admin:auditDetail.boardOff', { title: inStaffLanguage(saved.title) }));
      this.editing = null;
      this.#notice.done(form.isNew ? 'admin:boards.added' : 'admin:boards.saved', { title: saved.title.en });
    } catch (error) {
      this.#notice.current = problemNotice(error);
    } finally {
      this.busy = false;
    }
  }

  async move(board: Board, direction: 'up' | 'down') {
    this.#notice.clear();
    try {
      if (!(await moveBoard(board.id, direction))) return;
      await staffSession.record('admin.boardMoved', `${inStaffLanguage(board.title)} ${direction === 'up' ? '↑' : '↓'}`);
      this.#notice.done(direction === 'up' ? 'admin:boards.movedUp' : 'admin:boards.movedDown', { title: inStaffLanguage(board.title) });
    } catch (error) {
      this.#notice.current = problemNotice(error);
    }
  }

  async setActive(board: Board, active: boolean) {
    this.#notice.clear();
    try {
      await setBoardActive(board.id, active);
      await staffSession.record(active ? 'admin.boardShown' : 'admin.boardHidden', inStaffLanguage(board.title));
      this.#notice.done(active ? 'admin:boards.shown' : 'admin:boards.hidden', { title: inStaffLanguage(board.title) });
    } catch (error) {
      this.#notice.current = problemNotice(error);
    }
  }
}
