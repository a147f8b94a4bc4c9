import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { follow, LiveValue } from '../../../renderer/src/db/live.svelte';
import { cancelOccurrence, occurrencesForDay, saveGroup } from '../../../renderer/src/db/repositories/schedule';
import { Notice } from '../../../renderer/src/lib/staff/notice.svelte';
import { DaySessions } from '../../../renderer/src/screens/staff/areas/schedule/daySessions.svelte';
import { groupDraft, sessionNote } from '../renderer/fixtures/groupDraft';

/**
 * The renderer's one way to follow the database (db/live.svelte) and a staff view built on it:
 * an answer now, another after each change to what the query read, and none once stopped.
 */

/** Lets Dexie's live queries answer whatever change they were going to answer. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

const keysOf = (sessions: readonly { key: string }[]) => sessions.map((s) => s.key);

describe('following the database', () => {
  it('answers now, again after a change to what it read, and not after it is stopped', async () => {
    await saveGroup(groupDraft({ title: { en: 'Walk', es: 'Paseo' }, rrule: 'FREQ=WEEKLY;BYDAY=TU' }));
    const answers: string[][] = [];
    const stop = follow(
      () => occurrencesForDay('2026-12-08'),
      (sessions) => answers.push(sessions.map((s) => s.status)),
      (error) => {
        throw error;
      },
    );
    await vi.waitFor(() => expect(answers).toEqual([['scheduled']]));
    const [tuesday] = await occurrencesForDay('2026-12-08');
    if (!tuesday) throw new Error('no Tuesday session');

    await cancelOccurrence(tuesday.key, sessionNote);
    await vi.waitFor(() => expect(answers).toEqual([['scheduled'], ['cancelled']]));

    stop();
    await saveGroup(groupDraft({ title: { en: 'Chess', es: 'Ajedrez' }, rrule: 'FREQ=WEEKLY;BYDAY=TU' }));
    await settle();
    expect(answers).toHaveLength(2);
  });

  it('tells of a read that fails, rather than waiting for ever', async () => {
    const failed = vi.fn();
    const stop = follow(() => Promise.reject(new Error('unreadable')), () => {}, failed);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledOnce());
    expect((failed.mock.calls[0]?.[0] as Error).message).toBe('unreadable');
    stop();
  });

  it('a live value reads nothing until something on screen reads it, and stops when nothing does', async () => {
    const query = vi.fn(() => occurrencesForDay('2026-12-10'));
    const value = new LiveValue(query, [] as Awaited<ReturnType<typeof occurrencesForDay>>);
    await settle();
    expect(query).not.toHaveBeenCalled();
    expect(value.loaded).toBe(false);

    let seen: string[] = [];
    const close = $effect.root(() => {
      $effect(() => {
        seen = keysOf(value.current);
      });
    });
    flushSync();
    await vi.waitFor(() => expect(value.loaded).toBe(true));
    const before = seen.length;
    await saveGroup(groupDraft({ title: { en: 'Music', es: 'Música' }, rrule: 'FREQ=WEEKLY;BYDAY=TH' }));
    await vi.waitFor(() => expect(seen).toHaveLength(before + 1));

    close();
    await settle();
    const calls = query.mock.calls.length;
    await saveGroup(groupDraft({ title: { en: 'Yoga', es: 'Yoga' }, rrule: 'FREQ=WEEKLY;BYDAY=TH' }));
    await settle();
    expect(query).toHaveBeenCalledTimes(calls);
    // Read outside any effect, it keeps the last answer and starts nothing.
    expect(keysOf(value.current)).toHaveLength(before + 1);
  });
});

describe("staff mode's day of sessions", () => {
  it('follows the chosen day, shows a cancellation at once, changes day, and stops when the area closes', async () => {
    await saveGroup(groupDraft({ title: { en: 'Cards', es: 'Cartas' }, rrule: 'FREQ=WEEKLY;BYDAY=FR' }));
    const days = new DaySessions(new Notice(), '2026-12-11');
    const stop = days.watch();
    await vi.waitFor(() => expect(days.loaded).toBe(true));
    const titles = () => days.sessions.map((s) => `${s.group.title.en} ${s.status}`);
    expect(titles()).toContain('Cards scheduled');

    const cards = days.sessions.find((s) => s.group.title.en === 'Cards');
    if (!cards) throw new Error('no Cards session');
    await cancelOccurrence(cards.key, sessionNote);
    await vi.waitFor(() => expect(titles()).toContain('Cards cancelled'));

    days.showDay('2026-12-18');
    await vi.waitFor(() => expect(days.sessions.every((s) => s.key.endsWith('@2026-12-18'))).toBe(true));
    await vi.waitFor(() => expect(titles()).toContain('Cards scheduled'));

    stop();
    const shown = days.sessions;
    await saveGroup(groupDraft({ title: { en: 'Bingo', es: 'Bingo' }, rrule: 'FREQ=WEEKLY;BYDAY=FR' }));
    await settle();
    expect(days.sessions).toBe(shown);
  });
});
