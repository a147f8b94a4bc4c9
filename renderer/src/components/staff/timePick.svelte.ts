/** The minutes a time picker offers after the hour: five-minute steps, as staff say times. */
export const MINUTE_STEP = 5;
export const HOURS: readonly number[] = Array.from({ length: 24 }, (_, hour) => hour);
export const MINUTES: readonly number[] = Array.from({ length: 60 / MINUTE_STEP }, (_, i) => i * MINUTE_STEP);

export type TimePickStep = 'closed' | 'hour' | 'minute';

/** A wall-clock time, HH:MM, as its hour and minute; anything unreadable reads as midnight. */
export function timeParts(value: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  const hour = match ? Number(match[1]) : 0;
  const minute = match ? Number(match[2]) : 0;
  return hour < 24 && minute < 60 ? { hour, minute } : { hour: 0, minute: 0 };
}

export function wallTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Choosing a time in three taps: open, the hour, the minutes. Only the last tap changes the
 * value, so a picker closed half way leaves the time as it was.
 */
export class TimePick {
  step = $state<TimePickStep>('closed');
  /** The hour chosen in the first step (or the current one while it is being chosen). */
  hour = $state(0);

  open(value: string) {
    this.hour = timeParts(value).hour;
    this.step = 'hour';
  }

  close() {
    this.step = 'closed';
  }

  chooseHour(hour: number) {
    if (!HOURS.includes(hour)) return;
    this.hour = hour;
    this.step = 'minute';
  }

  backToHours() {
    this.step = 'hour';
  }

  /** The new value, HH:MM, once the minutes are chosen; null if the picker is not at that step. */
  chooseMinute(minute: number): string | null {
    if (this.step !== 'minute' || !MINUTES.includes(minute)) return null;
    this.step = 'closed';
    return wallTime(this.hour, minute);
  }
}
