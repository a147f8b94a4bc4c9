import type { LocalizedText } from '../../../../../../shared/locale';
import { localDateOf, localTimeOf } from '../../../../../../shared/schedule/localTime';
import type { Occurrence } from '../../../../../../shared/schedule/occurrence';
import { follow } from '../../../../db/live.svelte';
import { cancelOccurrence, moveOccurrence, occurrencesForDay, restoreOccurrence } from '../../../../db/repositories/schedule';
import { staffSession } from '../../../../lib/staffSession.svelte';
import type { Notice } from '../../../../lib/staff/notice.svelte';
import { problemNotice } from '../../../../lib/staff/saveProblems';
import { inStaffLanguage } from '../../../../lib/staff/auditWords';
import type { MessageKey } from '../../../../lib/messageKey';

/** Notes on the wall are short: a sentence, not a letter. */
export const NOTE_MAX_LENGTH = 140;

/** Cancelling or moving one session: the form's values. */
export class SessionChange {
  note = $state<LocalizedText>({ en: '', es: '' });
  newDate = $state('');
  newTime = $state('');
  problem = $state<MessageKey | null>(null);
  readonly kind: 'cancel' | 'move';
  readonly occurrence: Occurrence;

  constructor(kind: 'cancel' | 'move', occurrence: Occurrence) {
    this.kind = kind;
    this.occurrence = occurrence;
    // A move starts from where the session is now, so only what changes needs a tap.
    this.newDate = localDateOf(occurrence.startMs);
    this.newTime = localTimeOf(occurrence.startMs);
    if (occurrence.note) this.note = { en: occurrence.note.en, es: occurrence.note.es };
  }

  get trimmedNote(): LocalizedText {
    return { en: this.note.en.trim(), es: this.note.es.trim() };
  }
}

/** "Walking group · 2026-03-10": what the audit log says about one session. */
function sessionDetail(occurrence: Occurrence, extra = ''): string {
  return [`${inStaffLanguage(occurrence.group.title)} · ${occurrence.originalDate}`, extra].filter(Boolean).join(' · ');
}

/** Undoes a cancel or move of one session and notes it in the audit log; false if it had none. */
export async function restoreSession(key: string, detail: string): Promise<boolean> {
  const restored = await restoreOccurrence(key);
  if (restored) await staffSession.record('admin.sessionRestored', detail);
  return restored;
}

/** One day of the schedule, for cancelling, moving and restoring single sessions. */
export class DaySessions {
  day = $state('');
  sessions = $state.raw<Occurrence[]>([]);
  loaded = $state(false);
  changing = $state.raw<SessionChange | null>(null);
  busy = $state(false);
  readonly #notice: Notice;
  #stop: (() => void) | undefined;

  constructor(notice: Notice, today: string) {
    this.#notice = notice;
    this.day = today;
  }

  /** Starts following the chosen day; returns the function that stops. */
  watch(): () => void {
    this.#follow();
    return () => {
      this.#stop?.();
      this.#stop = undefined;
    };
  }

  showDay(day: string) {
    if (day === this.day) return;
    this.day = day;
    this.changing = null;
    if (this.#stop) this.#follow();
  }

  startCancel(occurrence: Occurrence) {
    this.#notice.clear();
    this.changing = new SessionChange('cancel', occurrence);
  }

  startMove(occurrence: Occurrence) {
    this.#notice.clear();
    this.changing = new SessionChange('move', occurrence);
  }

  closeChange = () => {
    this.changing = null;
  };

  async confirmChange() {
    const change = this.changing;
    if (!change || this.busy) return;
    const { occurrence } = change;
    const note = change.trimmedNote;
    if (change.kind === 'move' && change.newDate === localDateOf(occurrence.startMs) && change.newTime === localTimeOf(occurrence.startMs)) {
      change.problem = 'admin:sessions.problems.sameTime';
      return;
    }
    this.busy = true;
    try {
      if (change.kind === 'cancel') {
        await cancelOccurrence(occurrence.key, note);
        await staffSession.record('admin.sessionCancelled', sessionDetail(occurrence, inStaffLanguage(note)));
        this.#notice.done('admin:sessions.cancelled', { title: inStaffLanguage(occurrence.group.title) });
      } else {
        await moveOccurrence(occurrence.key, change.newDate, change.newTime, note);
        await staffSession.record('admin.sessionMoved', sessionDetail(occurrence, `→ ${change.newDate} ${change.newTime}`));
        this.#notice.done('admin:sessions.moved', { title: inStaffLanguage(occurrence.group.title) });
      }
      this.changing = null;
    } catch (error) {
      this.#notice.current = problemNotice(error);
    } finally {
      this.busy = false;
    }
  }

  async restore(occurrence: Occurrence) {
    this.#notice.clear();
    try {
      if (await restoreSession(occurrence.key, sessionDetail(occurrence))) {
        this.#notice.done('admin:sessions.restored', { title: inStaffLanguage(occurrence.group.title) });
      }
    } catch (error) {
      this.#notice.current = problemNotice(error);
    }
  }

  #follow() {
    this.#stop?.();
    const day = this.day;
    this.loaded = false;
    this.#stop = follow(
      () => occurrencesForDay(day),
      (sessions) => {
        this.sessions = sessions;
        this.loaded = true;
      },
      (error) => {
        console.error('[staff] The day could not be read.', error);
        this.#notice.error('admin:problems.failed');
      },
    );
  }
}
