import { describe, expect, it } from 'vitest';
import { HOURS, MINUTES, TimePick, timeParts, wallTime } from '../../../renderer/src/components/staff/timePick.svelte';

describe('the time picker', () => {
  it('offers every hour of the day, then the minutes in five-minute steps', () => {
    expect(HOURS).toHaveLength(24);
    expect(HOURS[0]).toBe(0);
    expect(HOURS.at(-1)).toBe(23);
    expect(MINUTES).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]);
  });

  it('sets 19:00 in three taps: open, the hour, the minutes', () => {
    const pick = new TimePick();
    pick.open('10:00');
    expect(pick.step).toBe('hour');
    expect(pick.hour).toBe(10);
    pick.chooseHour(19);
    expect(pick.step).toBe('minute');
    expect(pick.chooseMinute(0)).toBe('19:00');
    expect(pick.step).toBe('closed');
  });

  it('changes nothing until the minutes are chosen', () => {
    const pick = new TimePick();
    expect(pick.chooseMinute(30)).toBeNull();
    pick.open('08:45');
    expect(pick.chooseMinute(30)).toBeNull();
    pick.chooseHour(9);
    pick.backToHours();
    expect(pick.step).toBe('hour');
    expect(pick.chooseMinute(30)).toBeNull();
    pick.close();
    expect(pick.step).toBe('closed');
  });

  it('refuses an hour or minute it does not offer', () => {
    const pick = new TimePick();
    pick.open('23:55');
    pick.chooseHour(24);
    expect(pick.step).toBe('hour');
    pick.chooseHour(0);
    expect(pick.chooseMinute(7)).toBeNull();
    expect(pick.chooseMinute(55)).toBe('00:55');
  });

  it('reads and writes HH:MM, an unreadable time as midnight', () => {
    expect(timeParts('07:05')).toEqual({ hour: 7, minute: 5 });
    expect(timeParts('7:05')).toEqual({ hour: 7, minute: 5 });
    expect(timeParts('25:00')).toEqual({ hour: 0, minute: 0 });
    expect(timeParts('noon')).toEqual({ hour: 0, minute: 0 });
    expect(wallTime(7, 5)).toBe('07:05');
    expect(wallTime(19, 0)).toBe('19:00');
  });
});
