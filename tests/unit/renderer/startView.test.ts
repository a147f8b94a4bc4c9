import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Occurrence } from '../../../shared/schedule/occurrence';
import { localDateOf, zonedEpochMs } from '../../../shared/schedule/localTime';
import { defaultSettings } from '../../../shared/settings';
import { makeGroup } from '../shared/scheduleFixtures';

// The start view reads localStorage and sets the page's language: a small stand-in for each.
const stored = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => stored.get(key) ?? null,
  setItem: (key: string, value: string) => void stored.set(key, value),
});
vi.stubGlobal('document', { documentElement: { lang: 'en' } });
vi.stubGlobal('window', {});

const { readStartView, saveStartView, showSavedStart } = await import('../../../renderer/src/lib/startView.svelte');
const { houseSettings } = await import('../../../renderer/src/lib/settings.svelte');
const { wallSchedule } = await import('../../../renderer/src/lib/wallSchedule.svelte');
const { visit } = await import('../../../renderer/src/lib/visit.svelte');
const { formatsToSave, dayAndDate, timeRange } = await import('../../../renderer/src/lib/scheduleFormat');

const KEY = 'hearth:start-view';
const today = localDateOf(Date.now());

function session(day: string, time: string, title: string): Occurrence {
  const group = makeGroup({ id: title.toLowerCase().replace(/\W/g, '-'), title: { en: title, es: title }, startTime: time });
  const startMs = zonedEpochMs(day, time);
  return { key: `${group.id}@${day}`, groupId: group.id, originalDate: day, startMs, endMs: startMs + 3_600_000, status: 'scheduled', group };
}

const days = (day: string) => ({ today: day, yesterday: [], todays: [session(day, '23:58', 'Late tea')], tomorrows: [] });
const settings = { ...defaultSettings(), houseName: 'Willow House', defaultLocale: 'es' as const };

beforeEach(() => stored.clear());

describe('the saved start view', () => {
  it('gives back a copy of today exactly as it was saved', () => {
    saveStartView({ settings, days: days(today) });
    expect(readStartView(today)).toEqual({ version: 1, settings, days: days(today) });
  });

  it('is never used for another day', () => {
    saveStartView({ settings, days: days('2020-01-01') });
    expect(readStartView(today)).toBeUndefined();
  });

  it('ignores anything unreadable: not JSON, another version, settings or sessions that fail their schemas', () => {
    const valid = { version: 1, settings, days: days(today) };
    const broken = [
      'not json {',
      JSON.stringify({ ...valid, version: 2 }),
      JSON.stringify({ ...valid, settings: { ...settings, idleTimeoutSeconds: 'soon' } }),
      JSON.stringify({ ...valid, days: { ...valid.days, todays: [{ ...valid.days.todays[0], status: 'maybe' }] } }),
      JSON.stringify({ ...valid, days: { ...valid.days, todays: [{ ...valid.days.todays[0], group: { title: 'x' } }] } }),
      'null',
    ];
    for (const text of broken) {
      stored.set(KEY, text);
      expect(readStartView(today)).toBeUndefined();
    }
  });

  it('a refused write costs nothing but the next start’s first frame', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => saveStartView({ settings, days: days(today) }, full)).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps how Intl wrote the day with it, and a copy whose formats fail their schema is not used', () => {
    const formats = formatsToSave('es', today, days(today).todays);
    saveStartView({ settings, days: days(today), formats });
    expect(readStartView(today)).toEqual({ version: 1, settings, days: days(today), formats });
    const text = stored.get(KEY)!;
    const broken = [
      { ...formats, locale: 'fr' },
      { ...formats, clock: { ...formats.clock, parts: [{ type: 'era' }] } },
      { ...formats, date: { day: 'today', text: 'martes' } },
      { ...formats, ranges: [{ startMs: 1, endMs: 2, text: 'x'.repeat(500), offsets: [0, 0] }] },
    ];
    for (const bad of broken) {
      stored.set(KEY, JSON.stringify({ ...JSON.parse(text), formats: bad }));
      expect(readStartView(today)).toBeUndefined();
    }
  });

  it('shows today’s copy at once: the house settings, its language and the day’s sessions, until main answers', () => {
    expect(showSavedStart()).toBe(false);
    expect(houseSettings.loaded).toBe(false);

    const late = days(today).todays[0]!;
    const formats = formatsToSave('es', today, [late]);
    // As the next run saw it: the session's time written a minute earlier than Intl would.
    saveStartView({ settings, days: days(today), formats: { ...formats, date: { ...formats.date, text: 'el día de hoy' }, ranges: [{ ...formats.ranges[0]!, text: '23:57–0:58' }] } });
    expect(showSavedStart()).toBe(true);
    expect(timeRange('es', late.startMs, late.endMs)).toBe('23:57–0:58');
    expect(dayAndDate('es', Date.now())).toBe('el día de hoy');
    expect(houseSettings.loaded).toBe(true);
    expect(houseSettings.fromMain).toBe(false);
    expect(houseSettings.current.houseName).toBe('Willow House');
    expect(visit.houseLocale).toBe('es');
    const view = wallSchedule.view;
    expect([...(view?.now ?? []), ...(view?.upNext ?? []), ...(view?.later ?? [])].map((o) => o.group.title.en)).toEqual(['Late tea']);
  });
});
