import { describe, expect, it } from 'vitest';
import { GroupForm } from '../../../renderer/src/screens/staff/areas/schedule/groupForm.svelte';
import { BoardForm } from '../../../renderer/src/screens/staff/areas/boards/boardForm.svelte';
import { ResidentForm } from '../../../renderer/src/screens/staff/areas/residents/residentForm.svelte';
import { leaveGuard } from '../../../renderer/src/lib/staff/leaveGuard.svelte';
import { makeGroup } from '../shared/scheduleFixtures';

const walking = makeGroup({
  id: 'walking-group', title: { en: 'Walking group', es: 'Grupo de caminata' }, description: { en: 'A gentle walk.', es: '' }, audience: { en: 'Anyone.', es: '' },
  pictogram: 'walk', colour: 'forest', room: 'Front door', facilitator: 'Luis', startTime: '11:00', durationMinutes: 60,
  rrule: 'FREQ=WEEKLY;BYDAY=TU,TH,SA', validFrom: '2025-01-06', createdAt: 1, updatedAt: 1,
});

describe('the group form', () => {
  it('starts a new group weekly on the weekday of today, at 10:00 for an hour', () => {
    const form = new GroupForm('2026-03-10');
    expect(form.isNew).toBe(true);
    expect(form.recurrence).toEqual({ kind: 'weekly', days: ['TU'], everyWeeks: 1 });
    expect(form.startTime).toBe('10:00');
    expect(form.durationMinutes).toBe(60);
    expect(form.validFrom).toBe('2026-03-10');
  });

  it('gives back a stored group unchanged when nothing is edited', () => {
    const form = new GroupForm('2026-03-10', walking);
    const { createdAt: _c, updatedAt: _u, ...stored } = walking;
    expect(form.draft()).toEqual(stored);
  });

  it('refuses a draft without an English title, a facilitator or a day, and says which', () => {
    const form = new GroupForm('2026-03-10');
    form.title.es = 'Solo en español';
    form.setDays([]);
    expect(form.draft()).toBeNull();
    expect(form.problems).toEqual({
      title: 'admin:group.problems.title',
      facilitator: 'admin:group.problems.facilitator',
      days: 'admin:group.problems.days',
    });
    form.title.en = 'Chess';
    form.facilitator = 'Sam';
    form.setDays(['FR', 'MO']);
    expect(form.draft()).toMatchObject({ title: { en: 'Chess', es: 'Solo en español' }, rrule: 'FREQ=WEEKLY;BYDAY=MO,FR' });
    expect(form.problems).toEqual({});
  });

  it('refuses a last day before the first', () => {
    const form = new GroupForm('2026-03-10', walking);
    form.hasEnd = true;
    form.validUntil = '2024-12-31';
    expect(form.draft()).toBeNull();
    expect(form.problems.validUntil).toBe('admin:group.problems.validUntil');
    form.validUntil = '2026-06-30';
    expect(form.draft()).toMatchObject({ validUntil: '2026-06-30' });
  });

  it('leaves the end date out of a one-off, and out of a group whose end was switched off', () => {
    const form = new GroupForm('2026-03-10', { ...walking, validUntil: '2026-06-30' });
    expect(form.hasEnd).toBe(true);
    form.hasEnd = false;
    expect(form.draft()).not.toHaveProperty('validUntil');
    form.hasEnd = true;
    form.setKind('once');
    expect(form.draft()).toMatchObject({ rrule: '' });
    expect(form.draft()).not.toHaveProperty('validUntil');
  });

  it('switches how often from the start date, and never to the imported-rule choice', () => {
    const form = new GroupForm('2026-03-10', { ...walking, validFrom: '2026-03-10' });
    form.setKind('monthly');
    expect(form.draft()?.rrule).toBe('FREQ=MONTHLY;BYDAY=2TU');
    form.setMonthly({ week: -1, day: 'FR' });
    expect(form.draft()?.rrule).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    form.setKind('custom');
    expect(form.kind).toBe('monthly');
  });

  it('keeps an imported rule as it is until staff choose another way', () => {
    const form = new GroupForm('2026-03-10', { ...walking, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6' });
    expect(form.kind).toBe('custom');
    expect(form.draft()?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO;COUNT=6');
    form.setKind('weekly');
    expect(form.draft()?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
  });

  it('trims the text it saves', () => {
    const form = new GroupForm('2026-03-10', walking);
    form.title.en = '  Walk  ';
    form.room = ' Park ';
    expect(form.draft()).toMatchObject({ title: { en: 'Walk' }, room: 'Park' });
    expect(form.savedTitle).toBe('Walking group');
  });
});

describe('copying a group', () => {
  it('fills a new group with everything the other says, meeting from today, unsaved and unchanged', () => {
    const form = new GroupForm('2026-03-10', { ...walking, validUntil: '2026-12-31', active: false }, 'copy');
    expect(form.isNew).toBe(true);
    expect(form.copiedFrom).toBe('Walking group');
    expect(form.changed).toBe(false);
    const { createdAt: _c, updatedAt: _u, id: _id, validUntil: _end, ...rest } = walking;
    // No id: saving adds a group and leaves the other as it is. No end date, and on the wall.
    expect(form.draft()).toEqual({ ...rest, validFrom: '2026-03-10', active: true });
  });

  it('keeps a later first day, and a group repeating without named days keeps its weekday', () => {
    const form = new GroupForm('2026-03-10', { ...walking, rrule: 'FREQ=WEEKLY', validFrom: '2026-04-01' }, 'copy');
    expect(form.validFrom).toBe('2026-04-01');
    // 1 April 2026 is a Wednesday.
    expect(form.recurrence).toEqual({ kind: 'weekly', days: ['WE'], everyWeeks: 1 });
  });

  it('a copy of a one-off meets today until staff choose its date', () => {
    const form = new GroupForm('2026-03-10', { ...walking, rrule: '', validFrom: '2025-06-01' }, 'copy');
    expect(form.draft()).toMatchObject({ rrule: '', validFrom: '2026-03-10' });
    expect(form.draft()).not.toHaveProperty('validUntil');
  });
});

describe('the resident form', () => {
  it('takes a new code only when it is typed the same twice, and never keeps the digits on show', () => {
    const form = new ResidentForm();
    form.name = 'Rosa';
    form.symbol = 'star';
    form.startNewCode();
    for (const digit of '1357') form.typeDigit(digit);
    expect(form.codeStep).toBe('again');
    expect(form.typedCount).toBe(0);
    for (const digit of '1358') form.typeDigit(digit);
    expect(form.codeProblem).toBe('admin:residents.codeMismatch');
    expect(form.codeStep).toBe('first');
    expect(form.newCode).toBeNull();
    for (const digit of '24682468') form.typeDigit(digit);
    expect(form.codeStep).toBe('ready');
    expect(form.newCode).toBe('2468');
    expect(form.checked()).toEqual({ name: 'Rosa', symbol: 'star', colour: 'blue' });
  });

  it('fixes a slip with delete before the fourth digit', () => {
    const form = new ResidentForm();
    form.startNewCode();
    for (const digit of '139') form.typeDigit(digit);
    form.deleteDigit();
    for (const digit of '55') form.typeDigit(digit);
    expect(form.codeStep).toBe('again');
    for (const digit of '1355') form.typeDigit(digit);
    expect(form.newCode).toBe('1355');
  });

  it('refuses to save with a name or symbol missing, or a code half typed', () => {
    const form = new ResidentForm({ id: 'r1', symbol: 'fish', colour: 'blue', name: 'Priya', active: true, hasCode: true, createdAt: 1 });
    form.name = '   ';
    expect(form.checked()).toBeNull();
    expect(form.problems).toEqual({ name: 'admin:residents.problems.name' });
    form.name = 'Priya N.';
    form.startNewCode();
    form.typeDigit('1');
    expect(form.checked()).toBeNull();
    expect(form.codeProblem).toBe('admin:residents.codeUnfinished');
    form.clearCode();
    expect(form.checked()).toEqual({ name: 'Priya N.', symbol: 'fish', colour: 'blue' });
    expect(form.codeAction).toBe('clear');
  });

  it('refuses a symbol and colour another resident has, and takes the same symbol in a free colour', () => {
    const form = new ResidentForm();
    form.name = 'Rosa';
    form.symbol = 'sun';
    const taken = [{ symbol: 'sun', colour: 'blue' }];
    expect(form.checked(taken)).toBeNull();
    expect(form.problems).toEqual({ colour: 'admin:residents.problems.pictureTaken' });
    form.colour = 'orange';
    expect(form.checked(taken)).toEqual({ name: 'Rosa', symbol: 'sun', colour: 'orange' });
    expect(form.problems).toEqual({});
  });
});

describe('the board form', () => {
  it('needs an English title and prompt', () => {
    const form = new BoardForm();
    form.title.es = 'Pequeños logros';
    expect(form.check()).toBe(false);
    expect(form.problems).toEqual({ title: 'admin:boards.problems.title', prompt: 'admin:boards.problems.prompt' });
    form.title.en = 'Small wins';
    form.prompt.en = 'Something small that went well';
    expect(form.check()).toBe(true);
  });
});

describe('leaving a changed form', () => {
  it('a form knows whether anything differs from when it opened, and changing a value back is no change', () => {
    const group = new GroupForm('2026-03-10', walking);
    expect(group.changed).toBe(false);
    group.title.es = 'Paseo';
    expect(group.changed).toBe(true);
    group.title.es = 'Grupo de caminata';
    expect(group.changed).toBe(false);
    group.setDays(['MO']);
    expect(group.changed).toBe(true);
    // Finding problems is not a change.
    const fresh = new GroupForm('2026-03-10');
    expect(fresh.draft()).toBeNull();
    expect(fresh.changed).toBe(false);

    const board = new BoardForm();
    expect(board.changed).toBe(false);
    board.active = false;
    expect(board.changed).toBe(true);

    const resident = new ResidentForm({ id: 'r1', name: 'Ana', symbol: 'sun', colour: 'blue', active: true, hasCode: true, createdAt: 1 });
    expect(resident.changed).toBe(false);
    resident.startNewCode();
    expect(resident.changed).toBe(true);
    resident.keepCode();
    expect(resident.changed).toBe(false);
    resident.name = 'Ana María';
    expect(resident.changed).toBe(true);
  });

  it('the guard runs a step at once when nothing would be lost, and otherwise waits for staff to choose', () => {
    let unsaved = false;
    const stop = leaveGuard.watch(() => unsaved);
    const went: string[] = [];
    leaveGuard.leave(() => went.push('schedule'));
    expect(went).toEqual(['schedule']);
    expect(leaveGuard.pending).toBeNull();

    unsaved = true;
    leaveGuard.leave(() => went.push('lock'));
    expect(went).toEqual(['schedule']);
    leaveGuard.stay();
    expect(leaveGuard.pending).toBeNull();
    expect(went).toEqual(['schedule']);

    leaveGuard.leave(() => went.push('lock'));
    leaveGuard.discard();
    expect(went).toEqual(['schedule', 'lock']);
    expect(leaveGuard.pending).toBeNull();

    // An area that has closed no longer holds anyone back.
    stop();
    leaveGuard.leave(() => went.push('residents'));
    expect(went).toEqual(['schedule', 'lock', 'residents']);
  });
});
