import type { MessageKey } from '../messageKey';

/** One line telling staff what just happened, in their language: a locale key and its values. */
export interface NoticeMessage {
  kind: 'done' | 'error';
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** The notice line of one staff area: the latest outcome replaces the one before. */
export class Notice {
  current = $state.raw<NoticeMessage | null>(null);

  done(key: MessageKey, values?: Record<string, string | number>) {
    this.current = { kind: 'done', key, ...(values ? { values } : {}) };
  }

  error(key: MessageKey, values?: Record<string, string | number>) {
    this.current = { kind: 'error', key, ...(values ? { values } : {}) };
  }

  clear() {
    this.current = null;
  }
}
