import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { attendanceForOccurrence } from '../../../renderer/src/db/repositories/attendance';
import { saveResident, setResidentCode } from '../../../renderer/src/db/repositories/residents';
import { cancelOccurrence, occurrencesForDay, saveGroup } from '../../../renderer/src/db/repositories/schedule';
import { clock } from '../../../renderer/src/lib/clock.svelte';
import { houseSettings } from '../../../renderer/src/lib/settings.svelte';
import { SignInFlow } from '../../../renderer/src/lib/signIn.svelte';
import { staffOnDuty } from './staffOnDuty';
import { groupDraft } from '../renderer/fixtures/groupDraft';

/**
 * A resident tapping in to a session at the wall, over Dexie and main's house settings: the
 * symbols, a shared symbol's colours, a personal code, "Not you? Undo", and the headcount.
 */

/** 13:55 local on a Thursday: the 14:00 group's sign-in is open (it opens 15 minutes before). */
const NOW = new Date(2026, 11, 3, 13, 55).getTime();
let sessionKey = '';
let laterKey = '';

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  clock.nowMs = NOW;
  const daily = { rrule: 'FREQ=DAILY', durationMinutes: 60 };
  await saveGroup(groupDraft({ ...daily, startTime: '14:00' }));
  await saveGroup(groupDraft({ ...daily, title: { en: 'Evening walk', es: 'Paseo' }, startTime: '19:00' }));
  const today = await occurrencesForDay('2026-12-03');
  sessionKey = today.find((o) => o.group.startTime === '14:00')?.key ?? '';
  laterKey = today.find((o) => o.group.startTime === '19:00')?.key ?? '';
  await saveResident({ symbol: 'sun', name: 'Ada' });
  await saveResident({ symbol: 'moon', colour: 'blue', name: 'Grace' });
  await saveResident({ symbol: 'moon', colour: 'green', name: 'Alan' });
  await houseSettings.load();
});

const flows: SignInFlow[] = [];
async function open(key = sessionKey) {
  let flow!: SignInFlow;
  const close = $effect.root(() => {
    flow = new SignInFlow(() => key);
  });
  flows.push(flow);
  await flow.start();
  flushSync();
  return Object.assign(flow, { close });
}
afterEach(() => {
  for (const flow of flows.splice(0)) flow.dispose();
});

const choice = (flow: SignInFlow, symbol: string) => {
  const found = flow.choices.find((c) => c.symbol === symbol);
  if (!found) throw new Error(`no ${symbol} on the grid`);
  return found;
};

describe('tapping in at the wall', () => {
  it('shows one button per symbol in use, and a symbol of its own taps in at once, without a count', async () => {
    const flow = await open();
    expect(flow.step).toEqual({ name: 'choose', undone: false });
    expect(flow.status).toEqual({ state: 'open' });
    expect(flow.choices.map((c) => c.symbol).sort()).toEqual(['moon', 'sun']);
    await flow.chooseSymbol(choice(flow, 'sun'));
    expect(flow.step).toMatchObject({ name: 'done', count: null, already: false, picture: { symbol: 'sun' } });
    expect(await attendanceForOccurrence(sessionKey)).toHaveLength(1);
    expect(flow.canUndo).toBe(true);
  });

  it('takes the tap back with "Not you? Undo": only what this tap wrote', async () => {
    // Ada tapped in above: someone else tapping her symbol again and undoing leaves her in.
    const before = await attendanceForOccurrence(sessionKey);
    expect(before).toHaveLength(1);
    const flow = await open();
    await flow.chooseSymbol(choice(flow, 'sun'));
    expect(flow.step).toMatchObject({ name: 'done', count: null, already: false });
    await flow.undo();
    expect(flow.step).toEqual({ name: 'choose', undone: true });
    expect(await attendanceForOccurrence(sessionKey)).toEqual(before);
  });

  it('asks which colour when two residents share a symbol, and taps in the one chosen', async () => {
    const flow = await open();
    await flow.chooseSymbol(choice(flow, 'moon'));
    expect(flow.step.name).toBe('colour');
    if (flow.step.name !== 'colour') return;
    const green = flow.step.choice.residents.find((r) => r.colour === 'green');
    if (!green) throw new Error('no green moon');
    await flow.chooseColour(green);
    expect(flow.step).toMatchObject({ name: 'done', picture: { symbol: 'moon', colour: 'green' } });
    expect((await attendanceForOccurrence(sessionKey)).some((a) => a.residentId === green.id)).toBe(true);
  });

  it('does not tap in before a session opens, nor to a cancelled one', async () => {
    const later = await open(laterKey);
    expect(later.status?.state).toBe('not-open');
    await later.chooseSymbol(choice(later, 'sun'));
    expect(later.step.name).not.toBe('done');
    expect(await attendanceForOccurrence(laterKey)).toHaveLength(0);

    await cancelOccurrence(laterKey, { en: 'Rain.', es: 'Lluvia.' });
    const cancelled = await open(laterKey);
    expect(cancelled.status?.state).toBe('cancelled');
  });

  it('says the session is missing for a key that names none', async () => {
    const flow = await open('no-such-group@2026-12-03');
    expect(flow.step).toEqual({ name: 'missing' });
  });
});

describe('with personal codes', () => {
  beforeAll(async () => {
    await staffOnDuty();
    await houseSettings.update({ signInMode: 'symbol+code' });
  });

  it('asks for the code, refuses a wrong one, and with the right one says how many are here', async () => {
    const residents = await open();
    const sun = choice(residents, 'sun').residents[0];
    if (!sun) throw new Error('no sun');
    await setResidentCode(sun.id, '2468');
    const flow = await open();
    await flow.chooseSymbol(choice(flow, 'sun'));
    expect(flow.step).toMatchObject({ name: 'code', entered: '' });
    for (const digit of '1357') await flow.pressDigit(digit);
    expect(flow.step).toMatchObject({ name: 'code', entered: '', wrong: true });
    for (const digit of '2468') await flow.pressDigit(digit);
    expect(flow.step).toMatchObject({ name: 'done', picture: { symbol: 'sun' } });
    if (flow.step.name !== 'done') return;
    expect(flow.step.count).toBe((await attendanceForOccurrence(sessionKey)).length);
  });

  it('lets a resident go back from the pad to the symbols, and erase a digit', async () => {
    const flow = await open();
    await flow.chooseSymbol(choice(flow, 'sun'));
    await flow.pressDigit('9');
    await flow.pressDigit('8');
    flow.deleteDigit();
    expect(flow.step).toMatchObject({ name: 'code', entered: '9' });
    flow.notMine();
    expect(flow.step).toEqual({ name: 'choose', undone: false });
  });
});

describe('in headcount mode', () => {
  beforeAll(async () => {
    await staffOnDuty();
    await houseSettings.update({ signInMode: 'headcount' });
  });

  it('counts an "I\'m here" with no one named', async () => {
    const before = (await attendanceForOccurrence(sessionKey)).length;
    const flow = await open();
    await flow.imHere();
    expect(flow.step).toMatchObject({ name: 'done', count: before + 1, picture: null });
    const rows = await attendanceForOccurrence(sessionKey);
    expect(rows).toHaveLength(before + 1);
    expect(rows.filter((r) => !r.residentId)).toHaveLength(1);
  });
});
