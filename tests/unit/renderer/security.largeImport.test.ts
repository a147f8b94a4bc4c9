import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../renderer/src/db/AppDB';
import { ScheduleRepository } from '../../../renderer/src/db/repositories/schedule';
import { makeBackup, parseBackup } from '../../../shared/backup';
import { IcsImportError, icsToGroups } from '../../../shared/schedule/ics';
import { MAX_GROUPS_PER_IMPORT } from '../../../shared/schedule/limits';
import { sampleTables } from '../shared/backupFixtures';

const ZONE = 'America/Chicago';
let dbCount = 0;

/** A calendar of `count` daily groups; `cancelled` of them have one date cancelled (an EXDATE). */
function dailyCalendar(count: number, cancelledDate?: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN'];
  for (let i = 0; i < count; i++) {
    lines.push('BEGIN:VEVENT', `UID:daily-${i}`, 'DTSTAMP:20260301T000000Z', 'DTSTART:20260301T100000', 'DURATION:PT45M', 'RRULE:FREQ=DAILY', `SUMMARY:Group ${i}`);
    if (cancelledDate) lines.push(`EXDATE:${cancelledDate.replaceAll('-', '')}T100000`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

describe('an import or a restore brings at most 500 groups', () => {
  it('refuses a calendar of 501 groups, saying why, and reads one of 500', () => {
    // Reproduction: a calendar of thousands of daily events froze the wall for minutes.
    let refusal: unknown;
    try {
      icsToGroups(dailyCalendar(MAX_GROUPS_PER_IMPORT + 1), { timeZone: ZONE });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(IcsImportError);
    expect((refusal as IcsImportError).code).toBe('too-many-groups');
    expect(icsToGroups(dailyCalendar(MAX_GROUPS_PER_IMPORT), { timeZone: ZONE }).groups).toHaveLength(MAX_GROUPS_PER_IMPORT);
  });

  it('refuses a backup of 501 groups before reading its rows', () => {
    const tables = sampleTables();
    const [group] = tables.groups;
    tables.groups = Array.from({ length: MAX_GROUPS_PER_IMPORT + 1 }, (_, i) => ({ ...group!, id: `g-${i}` }));
    expect(parseBackup(JSON.stringify(makeBackup(tables, Date.UTC(2026, 2, 10))))).toEqual({
      ok: false,
      problem: { kind: 'too-many-groups', count: MAX_GROUPS_PER_IMPORT + 1, max: MAX_GROUPS_PER_IMPORT },
    });
  });

  it('writing a calendar again replaces its own cancellations and keeps the ones staff made', async () => {
    const db = new AppDB(`security-import-${++dbCount}`);
    const repo = new ScheduleRepository(db, { timeZone: ZONE, now: () => Date.UTC(2026, 2, 1) });
    await repo.writeIcsImport(icsToGroups(dailyCalendar(3, '2026-03-12'), { timeZone: ZONE }));
    await repo.cancelOccurrence('daily-0@2026-03-13', { en: 'Away', es: 'Fuera' });

    // The same file again: its cancellations replace themselves, the staff's own one stays.
    await repo.writeIcsImport(icsToGroups(dailyCalendar(3, '2026-03-12'), { timeZone: ZONE }));

    const exceptions = await db.exceptions.orderBy('[groupId+date]').toArray();
    expect(exceptions.map((e) => `${e.groupId}@${e.date}`)).toEqual([
      'daily-0@2026-03-12',
      'daily-0@2026-03-13',
      'daily-1@2026-03-12',
      'daily-2@2026-03-12',
    ]);
    expect(await db.groups.count()).toBe(3);
  });
});
