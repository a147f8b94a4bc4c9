import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { cancelOccurrence, occurrencesForDay, saveGroup } from '../../../renderer/src/db/repositories/schedule';
import { SessionDetailsState } from '../../../renderer/src/lib/sessionDetails.svelte';
import type { Occurrence } from '../../../shared/schedule/occurrence';
import { groupDraft, sessionNote } from '../renderer/fixtures/groupDraft';

/** The session details screen's state: one session, kept live while the screen is open. */

const group = groupDraft();

/** Opens the state as the screen does, inside a root the test can end. */
function open(key: () => string, find?: (key: string) => Promise<Occurrence | undefined>) {
  let state!: SessionDetailsState;
  const close = $effect.root(() => {
    state = new SessionDetailsState(key, find);
  });
  flushSync();
  return { state, close };
}

describe('the session details state', () => {
  it('finds the session and follows a staff cancellation while open', async () => {
    await saveGroup(group);
    const [monday] = await occurrencesForDay('2026-12-07');
    if (!monday) throw new Error('no session on the Monday');
    const { state, close } = open(() => monday.key);
    await vi.waitFor(() => expect(state.loaded).toBe(true));
    expect(state.occurrence?.group.title.en).toBe('Art together');
    expect(state.occurrence?.status).toBe('scheduled');

    await cancelOccurrence(monday.key, sessionNote);
    await vi.waitFor(() => expect(state.occurrence?.status).toBe('cancelled'));
    expect(state.failed).toBe(false);
    close();
  });

  it('follows the key: another session when the screen is given another', async () => {
    const [wednesday] = await occurrencesForDay('2026-12-09');
    const [monday] = await occurrencesForDay('2026-12-14');
    if (!wednesday || !monday) throw new Error('no sessions');
    let key = $state(wednesday.key);
    const { state, close } = open(() => key);
    await vi.waitFor(() => expect(state.occurrence?.key).toBe(wednesday.key));
    key = monday.key;
    flushSync();
    await vi.waitFor(() => expect(state.occurrence?.key).toBe(monday.key));
    close();
  });

  it('says it is loaded with nothing found for a key that does not exist', async () => {
    const { state, close } = open(() => 'no-such-group@2026-12-07');
    await vi.waitFor(() => expect(state.loaded).toBe(true));
    expect(state.occurrence).toBeUndefined();
    expect(state.failed).toBe(false);
    close();
  });

  it('says it failed when the database cannot be read, rather than waiting for ever', async () => {
    const { state, close } = open(() => 'any', () => Promise.reject(new Error('unreadable')));
    await vi.waitFor(() => expect(state.failed).toBe(true));
    expect(state.loaded).toBe(true);
    close();
  });
});
