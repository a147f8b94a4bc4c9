import { describe, expect, it } from 'vitest';
import { signInWindow } from '../../../renderer/src/lib/signInWindow';

const start = new Date('2026-03-10T10:00:00').getTime();
const end = new Date('2026-03-10T11:00:00').getTime();
const at = (time: string) => new Date(`2026-03-10T${time}`).getTime();
const session = { startMs: start, endMs: end, status: 'scheduled' as const };

describe('when a session is open for tap-in', () => {
  it('is not open before the opening minutes, and says when it opens', () => {
    expect(signInWindow(session, at('09:44:59'), 15)).toEqual({ state: 'not-open', opensAtMs: at('09:45:00') });
  });

  it('opens the configured minutes before the start and stays open until the end', () => {
    expect(signInWindow(session, at('09:45:00'), 15)).toEqual({ state: 'open' });
    expect(signInWindow(session, at('10:59:59'), 15)).toEqual({ state: 'open' });
    expect(signInWindow(session, at('09:55:00'), 0)).toEqual({ state: 'not-open', opensAtMs: start });
  });

  it('is over from the end on', () => {
    expect(signInWindow(session, at('11:00:00'), 15)).toEqual({ state: 'over' });
  });

  it('never opens a cancelled session, and opens a moved one around its time', () => {
    expect(signInWindow({ ...session, status: 'cancelled' }, at('10:30:00'), 15)).toEqual({ state: 'cancelled' });
    expect(signInWindow({ ...session, status: 'moved' }, at('10:30:00'), 15)).toEqual({ state: 'open' });
  });
});
