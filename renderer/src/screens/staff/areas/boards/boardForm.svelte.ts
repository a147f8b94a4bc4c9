import type { LocalizedText } from '../../../../../../shared/locale';
import type { Board } from '../../../../../../shared/model';
import { Baseline } from '../../../../lib/staff/leaveGuard.svelte';
import type { MessageKey } from '../../../../lib/messageKey';

/** The board editor's values. */
export class BoardForm {
  readonly id: string | undefined;
  /** The English title when the editor opened, for its heading while the field changes. */
  readonly savedTitle: string;
  title = $state<LocalizedText>({ en: '', es: '' });
  prompt = $state<LocalizedText>({ en: '', es: '' });
  active = $state(true);
  problems = $state<{ title?: MessageKey; prompt?: MessageKey }>({});
  readonly #baseline: Baseline;

  constructor(board?: Board) {
    this.id = board?.id;
    this.savedTitle = board?.title.en ?? '';
    if (board) {
      this.title = { en: board.title.en, es: board.title.es };
      this.prompt = { en: board.prompt.en, es: board.prompt.es };
      this.active = board.active;
    }
    this.#baseline = new Baseline(() => [this.title, this.prompt, this.active]);
  }

  /** Something differs from when the editor opened. */
  get changed(): boolean {
    return this.#baseline.changed;
  }

  get isNew(): boolean {
    return this.id === undefined;
  }

  /** False with `problems` set when the English title or prompt is missing. */
  check(): boolean {
    const problems: { title?: MessageKey; prompt?: MessageKey } = {};
    if (this.title.en.trim() === '') problems.title = 'admin:boards.problems.title';
    if (this.prompt.en.trim() === '') problems.prompt = 'admin:boards.problems.prompt';
    this.problems = problems;
    return Object.keys(problems).length === 0;
  }
}
