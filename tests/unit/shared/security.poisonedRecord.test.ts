import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { backupText, makeBackup, parseBackup } from '../../../shared/backup';
import { GroupSchema, ResidentSchema } from '../../../shared/model';
import { icsToGroups } from '../../../shared/schedule/ics';
import {
  GROUP_COLOURS,
  PICTOGRAM_KEYS,
  SYMBOL_KEYS,
  groupNeedsALook,
  isGroupColour,
  isPictogramKey,
  isSymbolKey,
} from '../../../shared/wallKeys';
import { sampleTables } from './backupFixtures';
import { makeGroup } from './scheduleFixtures';

/*
 * A record whose pictogram was `constructor` (from an .ics file's X-HEARTH-PICTOGRAM, or a restored
 * backup) made the wall's pictogram lookup (`key in table`) find an inherited name and throw: the
 * home screen went blank, Lock left staff screens on show, and only wiping the database got the
 * wall back. Keys that index a table are now closed lists, checked as members, never with `in`.
 */

/** Names every plain object answers to: each was a way in through `key in table`. */
const INHERITED_NAMES = ['constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf', 'isPrototypeOf'];

const ZONE = 'America/Chicago';
const NOW = Date.UTC(2026, 2, 10, 12);

/** An .ics file as another Hearth, or someone with a text editor, could write it. */
function icsWith(pictogram: string, colour: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    'BEGIN:VEVENT',
    'UID:poisoned-walk',
    'DTSTART:20260310T100000',
    'DURATION:PT1H',
    'RRULE:FREQ=WEEKLY;BYDAY=TU',
    'SUMMARY:Morning walk',
    `X-HEARTH-PICTOGRAM:${pictogram}`,
    `X-HEARTH-COLOUR:${colour}`,
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:plain-art',
    'DTSTART:20260310T140000',
    'DURATION:PT1H',
    'SUMMARY:Art',
    'X-HEARTH-PICTOGRAM:art',
    'X-HEARTH-COLOUR:plum',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

describe('the keys that pick a drawing or a colour', () => {
  it('are never an inherited name, whatever the lookup', () => {
    for (const name of INHERITED_NAMES) {
      expect(isPictogramKey(name)).toBe(false);
      expect(isGroupColour(name)).toBe(false);
      expect(isSymbolKey(name)).toBe(false);
    }
    expect(isPictogramKey('walk') && isGroupColour('teal') && isSymbolKey('sun')).toBe(true);
  });

  it('mark a group for staff when its pictogram or colour is not one Hearth has', () => {
    expect(groupNeedsALook({ pictogram: 'constructor', colour: 'teal' })).toBe(true);
    expect(groupNeedsALook({ pictogram: 'walk', colour: 'hasOwnProperty' })).toBe(true);
    expect(groupNeedsALook({ pictogram: 'walk', colour: 'teal' })).toBe(false);
  });
});

describe('the schemas of stored rows', () => {
  it('refuse a group whose pictogram or colour is an inherited name or any text Hearth does not have', () => {
    for (const name of [...INHERITED_NAMES, 'sun', 'x'.repeat(200)]) {
      expect(v.is(GroupSchema, { ...makeGroup(), pictogram: name }), `pictogram ${name}`).toBe(false);
      expect(v.is(GroupSchema, { ...makeGroup(), colour: name }), `colour ${name}`).toBe(false);
    }
  });

  it('refuse a resident whose symbol is an inherited name', () => {
    const resident = { id: 'r-1', symbol: 'sun', name: 'Ada', active: true, createdAt: NOW };
    expect(v.is(ResidentSchema, resident)).toBe(true);
    for (const name of INHERITED_NAMES) expect(v.is(ResidentSchema, { ...resident, symbol: name }), name).toBe(false);
  });

  it('accept every pictogram, colour and symbol the staff screens offer', () => {
    for (const pictogram of PICTOGRAM_KEYS) expect(v.is(GroupSchema, makeGroup({ pictogram }))).toBe(true);
    for (const colour of GROUP_COLOURS) expect(v.is(GroupSchema, makeGroup({ colour }))).toBe(true);
    for (const symbol of SYMBOL_KEYS) expect(v.is(ResidentSchema, { id: 'r', symbol, name: 'A', active: true, createdAt: NOW })).toBe(true);
  });
});

describe('an .ics import naming a pictogram or colour Hearth does not have', () => {
  it('imports the group with the default pictogram and colour, and lists it as fixed for the preview', () => {
    // Reproduction: X-HEARTH-PICTOGRAM:constructor and X-HEARTH-COLOUR:hasOwnProperty in the file.
    const read = icsToGroups(icsWith('constructor', 'hasOwnProperty'), { timeZone: ZONE, now: NOW });
    const walk = read.groups.find((group) => group.id === 'poisoned-walk');
    expect(walk).toMatchObject({ pictogram: 'talk', colour: 'teal', title: { en: 'Morning walk' } });
    expect(read.fixed).toEqual([
      { groupId: 'poisoned-walk', summary: 'Morning walk', field: 'pictogram', value: 'constructor' },
      { groupId: 'poisoned-walk', summary: 'Morning walk', field: 'colour', value: 'hasOwnProperty' },
    ]);
    expect(read.skipped).toEqual([]);
    for (const group of read.groups) expect(v.is(GroupSchema, group)).toBe(true);
  });

  it('keeps the other groups of the file exactly as written', () => {
    const read = icsToGroups(icsWith('__proto__', 'toString'), { timeZone: ZONE, now: NOW });
    expect(read.groups.find((group) => group.id === 'plain-art')).toMatchObject({ pictogram: 'art', colour: 'plum' });
    expect(read.fixed.every((fix) => fix.groupId === 'poisoned-walk')).toBe(true);
  });

  it('reports nothing when every key is one Hearth has', () => {
    expect(icsToGroups(icsWith('walk', 'forest'), { timeZone: ZONE, now: NOW }).fixed).toEqual([]);
  });
});

describe('restoring a backup with a pictogram, colour or symbol Hearth does not have', () => {
  const backupWith = (change: (tables: ReturnType<typeof sampleTables>) => void) => {
    const tables = sampleTables();
    change(tables);
    return backupText(makeBackup(tables, NOW));
  };

  it('refuses the file, naming the record and the field, before anything is written', () => {
    // Reproduction: a backup whose first group has the pictogram `constructor`.
    const text = backupWith((tables) => Object.assign(tables.groups[0] ?? {}, { pictogram: 'constructor' }));
    expect(parseBackup(text)).toEqual({ ok: false, problem: { kind: 'invalid-row', table: 'groups', row: 1, field: 'pictogram' } });
  });

  it('refuses a colour or a symbol that is an inherited name the same way', () => {
    expect(parseBackup(backupWith((tables) => Object.assign(tables.groups[1] ?? {}, { colour: 'hasOwnProperty' })))).toEqual({
      ok: false,
      problem: { kind: 'invalid-row', table: 'groups', row: 2, field: 'colour' },
    });
    expect(parseBackup(backupWith((tables) => Object.assign(tables.residents[0] ?? {}, { symbol: '__proto__' })))).toEqual({
      ok: false,
      problem: { kind: 'invalid-row', table: 'residents', row: 1, field: 'symbol' },
    });
  });
});
