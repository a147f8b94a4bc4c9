import { describe, expect, it, vi } from 'vitest';

/**
 * The wall's route table (screens/routes.svelte): each screen other than home loads on first
 * use, is given what the wall's place says, and is drawn afresh when its key changes. The screen
 * components are stand-ins here: what is tested is the table, not the screens.
 */

const stub = (name: string) => Object.assign(() => {}, { screenName: name });
const screenModule = (name: string) => ({ default: stub(name) });
vi.mock('../../../renderer/src/screens/SignIn.svelte', () => screenModule('signIn'));
vi.mock('../../../renderer/src/screens/SessionDetails.svelte', () => screenModule('session'));
vi.mock('../../../renderer/src/screens/Day.svelte', () => screenModule('day'));
vi.mock('../../../renderer/src/screens/Boards.svelte', () => screenModule('boards'));
vi.mock('../../../renderer/src/screens/Board.svelte', () => screenModule('board'));
vi.mock('../../../renderer/src/screens/Privacy.svelte', () => screenModule('privacy'));

const { screens } = await import('../../../renderer/src/screens/routes.svelte');

const nameOf = (component: unknown) => (component as { screenName?: string } | undefined)?.screenName;

describe("the wall's route table", () => {
  it('draws nothing while a screen loads, then the screen with what the wall is at', async () => {
    const place = { name: 'session', occurrenceKey: 'walk@2026-03-10', back: { name: 'day', date: '2026-03-10' } } as const;
    expect(screens.at(place)).toBeUndefined();
    await vi.waitFor(() => expect(screens.at(place)).toBeDefined());
    const shown = screens.at(place);
    expect(nameOf(shown?.Screen)).toBe('session');
    expect(shown?.props).toEqual({ occurrenceKey: 'walk@2026-03-10', back: { name: 'day', date: '2026-03-10' } });
    expect(shown?.key).toBe('session:walk@2026-03-10');
  });

  it('keys each screen by what makes it another: another session, another day, another board', async () => {
    await screens.prefetchWall();
    await screens.load('board');
    expect(screens.at({ name: 'day', date: '2026-03-12' })?.key).toBe('day:2026-03-12');
    expect(screens.at({ name: 'day', date: '2026-03-12' })?.props).toEqual({ date: '2026-03-12' });
    expect(screens.at({ name: 'signIn', occurrenceKey: 'art@2026-03-10' })?.props).toEqual({ occurrenceKey: 'art@2026-03-10' });
    expect(screens.at({ name: 'board', boardId: 'b1' })?.key).toBe('board:b1');
    expect(screens.at({ name: 'board', boardId: 'b1' })?.props).toEqual({ boardId: 'b1' });
    // Screens with nothing to tell apart keep one key, and no props.
    expect(screens.at({ name: 'boards' })).toMatchObject({ key: 'boards', props: {} });
    expect(screens.at({ name: 'privacy' })).toMatchObject({ key: 'privacy', props: {} });
    // Two places on one screen are never the same key as another screen's.
    expect(screens.at({ name: 'session', occurrenceKey: 'x' })?.key).not.toBe(screens.at({ name: 'signIn', occurrenceKey: 'x' })?.key);
  });


});
