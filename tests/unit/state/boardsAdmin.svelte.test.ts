import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/db';
import { listAuditEntries } from '../../../renderer/src/db/repositories/audit';
import { listActiveBoards } from '../../../renderer/src/db/repositories/boards';
import { Notice } from '../../../renderer/src/lib/staff/notice.svelte';
import { BoardsAdmin } from '../../../renderer/src/screens/staff/areas/boards/boardsAdmin.svelte';
import { boardRow } from '../renderer/fixtures/boards';
import { staffAreaTests } from './staffOnDuty';

/** The sharing boards as staff run them: a new board, its place on the wall, and hiding one. */

vi.setConfig({ testTimeout: 20_000 });

function openBoards() {
  const notice = new Notice();
  const boards = new BoardsAdmin(notice);
  const stop = boards.boards.watch();
  return { boards, notice, stop };
}

const ids = (list: readonly { id: string }[]) => list.map((b) => b.id);
const lastAudit = async () => (await listAuditEntries(0)).entries[0];

staffAreaTests(db.boards, db.auditLog);

describe('the sharing boards', () => {
  it('adds a board with its prompt; one without a prompt is not saved and says why', async () => {
    const { boards, notice, stop } = openBoards();
    boards.startNew();
    const form = boards.editing;
    if (!form) throw new Error('no editor');
    form.title = { en: 'Small wins', es: 'Pequeños logros' };
    await boards.save();
    expect(notice.current).toEqual({ kind: 'error', key: 'admin:boards.problems.some' });
    expect(form.problems).toEqual({ prompt: 'admin:boards.problems.prompt' });
    expect(await db.boards.count()).toBe(0);

    form.prompt = { en: 'What went well today?', es: '¿Qué salió bien hoy?' };
    await boards.save();
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:boards.added', values: { title: 'Small wins' } });
    expect(boards.editing).toBeNull();
    await vi.waitFor(() => expect(boards.boards.items.map((b) => b.title.en)).toEqual(['Small wins']));
    expect((await lastAudit())?.action).toBe('admin.boardAdded');
    stop();
  });

  it("moves a board up the wall's list and hides one from the wall", async () => {
    await db.boards.bulkAdd([boardRow('a', 1), boardRow('b', 2)]);
    const { boards, notice, stop } = openBoards();
    await vi.waitFor(() => expect(ids(boards.boards.items)).toEqual(['a', 'b']));
    const [a, b] = boards.boards.items;
    if (!a || !b) throw new Error('two boards expected');

    await boards.move(b, 'up');
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:boards.movedUp', values: { title: 'Title b' } });
    await vi.waitFor(() => expect(ids(boards.boards.items)).toEqual(['b', 'a']));
    expect((await lastAudit())?.action).toBe('admin.boardMoved');

    await boards.setActive(a, false);
    expect(notice.current).toEqual({ kind: 'done', key: 'admin:boards.hidden', values: { title: 'Title a' } });
    expect(ids(await listActiveBoards())).toEqual(['b']);
    // Staff still see it, to show it again.
    await vi.waitFor(() => expect(boards.boards.items.find((x) => x.id === 'a')?.active).toBe(false));
    expect((await lastAudit())?.action).toBe('admin.boardHidden');
    stop();
  });
});
