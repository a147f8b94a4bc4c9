import type { Board, Share } from '../../../../../../shared/model';
import { LiveValue } from '../../../../db/live.svelte';
import { listAllBoards } from '../../../../db/repositories/boards';
import { listOpenReviewItems, publishHeldShare, removeShare, ShareNotFoundError, type OpenReviewItem } from '../../../../db/repositories/reviewItems';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { inStaffLanguage, shareDecisionDetail } from '../../../../lib/staff/auditWords';
import type { MessageKey } from '../../../../lib/messageKey';

export type ReviewAction = 'publish' | 'remove';
export type ShareReview = OpenReviewItem & { share: Share };

/** The review queue: held and flagged shares, crisis first, as the repository orders them. */
export class ReviewQueue {
  readonly open = new LiveValue<ShareReview[]>(
    async () => (await listOpenReviewItems()).filter((entry): entry is ShareReview => entry.item.kind === 'share' && entry.share !== undefined),
    [],
  );
  readonly boards = new LiveValue<Board[]>(listAllBoards, []);
  confirming = $state.raw<{ action: ReviewAction; review: ShareReview } | null>(null);
  /** Locale key of what just happened. */
  notice = $state.raw<{ key: MessageKey; kind: 'done' | 'error' } | null>(null);
  busy = $state(false);

  boardTitle(boardId: string): string | null {
    const board = this.boards.current.find((b) => b.id === boardId);
    return board ? inStaffLanguage(board.title) : null;
  }

  ask(action: ReviewAction, review: ShareReview) {
    this.notice = null;
    this.confirming = { action, review };
  }

  cancel() {
    this.confirming = null;
  }

  async confirm() {
    const asked = this.confirming;
    const staffName = staffSession.current?.name;
    this.confirming = null;
    if (!asked || !staffName || this.busy) return;
    const { action, review } = asked;
    this.busy = true;
    try {
      if (action === 'publish') await publishHeldShare(review.share.id, staffName);
      else await removeShare(review.share.id, staffName);
      // The share's text stays out of the log: the log outlives the share, which is purged when it expires.
      const board = this.boardTitle(review.share.boardId) ?? review.share.boardId;
      await staffSession.record(action === 'publish' ? 'records.sharePublished' : 'records.shareRemoved', shareDecisionDetail(board, review.share.holdReasons));
      this.notice = { key: action === 'publish' ? 'records:review.published' : 'records:review.removed', kind: 'done' };
    } catch (error) {
      this.notice = { key: error instanceof ShareNotFoundError ? 'records:review.gone' : 'records:review.failed', kind: 'error' };
    } finally {
      this.busy = false;
    }
  }
}
