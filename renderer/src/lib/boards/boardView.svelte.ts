import type { Board } from '../../../../shared/model';
import { activeBoard } from '../../db/repositories/boards';
import {
  flagShare,
  publishedSharesPage,
  relate,
  unrelate,
  type SharePageCursor,
  type WallShare,
} from '../../db/repositories/shares';
import { afterPaint } from '../afterPaint';
import { storageHealth } from '../storageHealth.svelte';
import { visitShares } from './visitShares.svelte';

/** One board on screen: its prompt and its shares, newest first, a page at a time. */
export class BoardView {
  board = $state.raw<Board | null>(null);
  shares = $state.raw<WallShare[]>([]);
  loaded = $state(false);
  loadingMore = $state(false);
  failed = $state(false);
  hasMore = $state(false);
  /** A share this visitor worried about has left the board: the thanks shows where it was. */
  worryThanks = $state(false);
  worryFailed = $state(false);
  #next: SharePageCursor | null = null;
  readonly #boardId: () => string;

  constructor(boardId: () => string) {
    this.#boardId = boardId;
  }

  /** Loads the board and its newest page; again after a post, so the new share shows at the top. */
  async load(): Promise<void> {
    try {
      const [board, page] = await Promise.all([activeBoard(this.#boardId()), publishedSharesPage(this.#boardId())]);
      this.board = board ?? null;
      this.shares = page.shares;
      this.#next = page.next;
      this.hasMore = page.next !== null;
      this.failed = false;
    } catch (error) {
      console.error('[boards] The board could not be read.', error);
      this.failed = true;
    }
    this.loaded = true;
  }

  async loadMore(): Promise<void> {
    if (!this.#next || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const page = await publishedSharesPage(this.#boardId(), this.#next);
      const known = this.shares.map((s) => s.id);
      this.shares = [...this.shares, ...page.shares.filter((s) => !known.includes(s.id))];
      this.#next = page.next;
      this.hasMore = page.next !== null;
    } finally {
      this.loadingMore = false;
    }
  }

  /**
   * "I relate", or its undo. The mark changes at once; the count changes once the database holds
   * it, so a count on screen is always one that survives a power cut. The mark is painted before
   * the write starts.
   */
  async toggleRelate(shareId: string): Promise<void> {
    const undo = visitShares.related.has(shareId);
    if (undo) visitShares.related.delete(shareId);
    else visitShares.related.add(shareId);
    let stored: number | null;
    try {
      await afterPaint();
      stored = await (undo ? unrelate(shareId) : relate(shareId));
      storageHealth.writeSucceeded();
    } catch (error) {
      // Not stored: the mark goes back to what the database holds.
      if (undo) visitShares.related.add(shareId);
      else visitShares.related.delete(shareId);
      if (!storageHealth.reportWriteFailure(error, 'relate')) throw error;
      return;
    }
    const count = stored;
    if (count !== null) this.#setRelates(shareId, () => count);
  }

  /**
   * "This worries me": the share leaves the board at once and waits for a staff member to read it.
   * If the flag could not be stored, the share stays and the button comes back.
   */
  async worry(shareId: string): Promise<void> {
    if (visitShares.worried.has(shareId)) return;
    visitShares.worried.add(shareId);
    try {
      await flagShare(shareId);
    } catch (error) {
      visitShares.worried.delete(shareId);
      console.error('[boards] The worry could not be stored.', error);
      this.worryFailed = true;
      return;
    }
    this.worryFailed = false;
    this.shares = this.shares.filter((s) => s.id !== shareId);
    this.worryThanks = true;
  }

  #setRelates(shareId: string, change: (relates: number) => number) {
    this.shares = this.shares.map((s) => (s.id === shareId ? { ...s, relates: change(s.relates) } : s));
  }
}
