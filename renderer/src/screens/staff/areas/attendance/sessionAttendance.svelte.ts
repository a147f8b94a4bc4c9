import type { Attendance } from '../../../../../../shared/model';
import { addAttendance, attendanceForOccurrence, removeAttendance } from '../../../../db/repositories/attendance';
import { listResidents, type StaffResidentView } from '../../../../db/repositories/residents';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { residentInAudit } from '../../../../lib/symbolName';
import { addableResidents, attendeesOf, sessionsOfDay, type Attendee, type DaySession } from './sessionDay';
import type { MessageKey } from '../../../../lib/messageKey';

/**
 * Attendance by session: a day's sessions, who came to the chosen one, and staff corrections
 * (adding a resident who forgot to tap in, removing a mistaken tap-in), each in the audit log.
 */
export class SessionAttendance {
  date = $state('');
  sessions = $state.raw<DaySession[]>([]);
  selectedKey = $state<string | null>(null);
  rows = $state.raw<Attendance[]>([]);
  residents = $state.raw<StaffResidentView[]>([]);
  adding = $state(false);
  removing = $state.raw<Attendee | null>(null);
  notice = $state.raw<{ key: MessageKey; name?: string; kind: 'done' | 'error' } | null>(null);
  loaded = $state(false);
  #loadingDate = '';

  constructor(today: string) {
    this.date = today;
  }

  get selected(): DaySession | undefined {
    return this.sessions.find((s) => s.key === this.selectedKey);
  }

  get attendees(): Attendee[] {
    return attendeesOf(this.rows, this.residents);
  }

  get headcount(): number {
    return this.rows.filter((row) => row.residentId === undefined).length;
  }

  get addable(): StaffResidentView[] {
    return addableResidents(this.rows, this.residents);
  }

  async loadDay(date: string) {
    this.#loadingDate = date;
    const [sessions, residents] = await Promise.all([sessionsOfDay(date), listResidents()]);
    // A slower answer for a day staff have already stepped away from is dropped.
    if (this.#loadingDate !== date) return;
    this.sessions = sessions;
    this.residents = residents;
    if (!sessions.some((s) => s.key === this.selectedKey)) this.selectedKey = null;
    if (this.selectedKey) await this.#loadRows(this.selectedKey);
    this.loaded = true;
  }

  async select(key: string) {
    this.selectedKey = key;
    this.adding = false;
    this.notice = null;
    await this.#loadRows(key);
  }

  async add(resident: StaffResidentView) {
    const session = this.selected;
    if (!session) return;
    try {
      await addAttendance(session.key, resident.id);
      await staffSession.record('records.attendanceAdded', `${residentInAudit({ symbol: resident.symbol, colour: resident.colour })} · ${session.title} · ${this.date}`);
      // The list stays open: staff often add several people who forgot to tap in.
      this.notice = { key: 'records:attendance.added', name: resident.name, kind: 'done' };
    } catch (error) {
      console.error('[attendance]', error);
      this.notice = { key: 'records:attendance.failed', kind: 'error' };
    }
    await this.loadDay(this.date);
  }

  async confirmRemove() {
    const attendee = this.removing;
    const session = this.selected;
    this.removing = null;
    if (!attendee || !session) return;
    try {
      if (await removeAttendance(attendee.row.id)) {
        await staffSession.record('records.attendanceRemoved', `${residentInAudit({ symbol: attendee.symbol, colour: attendee.colour })} · ${session.title} · ${this.date}`);
      }
      this.notice = { key: 'records:attendance.removed', name: attendee.name, kind: 'done' };
    } catch (error) {
      console.error('[attendance]', error);
      this.notice = { key: 'records:attendance.failed', kind: 'error' };
    }
    await this.loadDay(this.date);
  }

  async #loadRows(key: string) {
    const rows = await attendanceForOccurrence(key);
    if (this.selectedKey === key) this.rows = rows;
  }
}
