// The normaliser alone, not the package's index: the share check itself loads when the composer opens.
import { normaliseShareText, shareLength } from '../../../../shared/moderation/normalise';
import type { ShareRules } from '../../db/repositories/shares';
import { afterPaint } from '../afterPaint';
import type { MessageKey } from '../messageKey';
import { loadShareCheck, postShare } from './postShare';
import { storageHealth } from '../storageHealth.svelte';
import { visitShares } from './visitShares.svelte';

export type ComposeStep = 'write' | 'preview' | 'posting' | 'published' | 'held' | 'crisis';
export type ComposeProblem = 'empty' | 'too-long' | 'failed';

export const COMPOSE_PROBLEM_TEXT: Record<ComposeProblem, MessageKey> = {
  empty: 'boards:problem.empty',
  'too-long': 'boards:problem.too-long',
  failed: 'boards:problem.failed',
};

/**
 * Writing a share: the draft, the preview and what became of it. There is one draft on the wall
 * at a time; Cancel and the end of a visit throw it away, so nothing typed is left for the next
 * person.
 */
class Composer {
  /** The board being written to; null when nobody is writing. */
  boardId = $state<string | null>(null);
  text = $state('');
  step = $state<ComposeStep>('write');
  problem = $state<ComposeProblem | null>(null);

  /** What the share will look like on the board. */
  get previewText(): string {
    return normaliseShareText(this.text);
  }

  get length(): number {
    return shareLength(this.text);
  }

  get canPreview(): boolean {
    return this.previewText !== '';
  }

  start(boardId: string) {
    this.discard();
    this.boardId = boardId;
    // Read in while the person types, so Post does not wait for it; a failure shows at Post.
    loadShareCheck()
      .then(({ warmShareCheck }) => warmShareCheck())
      .catch(() => undefined);
  }

  type(text: string) {
    this.text = text;
    this.problem = null;
  }

  preview() {
    if (!this.canPreview) {
      this.problem = 'empty';
      return;
    }
    this.step = 'preview';
  }

  edit() {
    this.step = 'write';
  }

  async post(rules: ShareRules): Promise<void> {
    const boardId = this.boardId;
    if (!boardId || this.step === 'posting') return;
    this.step = 'posting';
    try {
      // "Posting…" is painted before the check and the write start; a draft thrown away meanwhile is not posted.
      await afterPaint();
      if (this.boardId !== boardId || this.step !== 'posting') return;
      const result = await postShare(boardId, this.text, rules);
      if (result.kind === 'refused') {
        this.problem = result.reason;
        this.step = 'write';
        return;
      }
      storageHealth.writeSucceeded();
      // The words are stored (or held for staff): the draft itself is no longer needed.
      this.text = '';
      if (result.kind === 'published') this.step = 'published';
      else if (result.crisis) {
        // Urgent words tell staff now; words of concern ask them quietly (the request is stored).
        if (result.requestId) visitShares.noteRequest(result.requestId);
        this.step = 'crisis';
        if (result.crisis === 'urgent') void visitShares.callStaffNow('crisis-share');
      } else this.step = 'held';
    } catch (error) {
      this.step = 'preview';
      // A full disk has its own calm notice; the draft stays until Cancel or the idle reset.
      if (storageHealth.reportWriteFailure(error, 'share')) return;
      console.error('[boards] The share could not be posted.', error);
      this.problem = 'failed';
    }
  }

  /** Cancel, Done, or the end of the visit: nothing of the draft survives. */
  discard() {
    this.boardId = null;
    this.text = '';
    this.step = 'write';
    this.problem = null;
  }
}

export const composer = new Composer();
