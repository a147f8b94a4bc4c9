import { describe, expect, it, vi } from 'vitest';
import { composer } from '../../../renderer/src/lib/boards/composer.svelte';
import { visitShares } from '../../../renderer/src/lib/boards/visitShares.svelte';
import { language } from '../../../renderer/src/lib/i18n.svelte';
import { nav } from '../../../renderer/src/lib/nav.svelte';
import { staffSession } from '../../../renderer/src/lib/staffSession.svelte';
import { storageHealth } from '../../../renderer/src/lib/storageHealth.svelte';
import { visit } from '../../../renderer/src/lib/visit.svelte';
import { wallTrouble } from '../../../renderer/src/lib/wallTrouble.svelte';
import { staffOnDuty } from './staffOnDuty';

/*
 * The end of a visit (the idle reset) is one place: everything a resident left on the wall is
 * cleared there, so the next person starts fresh.
 */
describe('the end of a visit', () => {
  it('clears the draft, the relates, the asks, the notices, comfort mode and the language, locks staff mode and goes home', async () => {
    visit.setHouseLocale('en');
    await staffOnDuty();
    expect(staffSession.unlocked).toBe(true);
    composer.start('board-1');
    composer.text = 'a draft nobody else should see';
    visitShares.related.add('share-1');
    visitShares.worried.add('share-2');
    visitShares.askedStaff = true;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    storageHealth.reportWriteFailure(new DOMException('The disk is full.', 'QuotaExceededError'), 'share');
    expect(storageHealth.residentNotice).not.toBeNull();
    wallTrouble.showing = true;
    visit.comfort = true;
    language.set('es');
    nav.go({ name: 'boards' });

    await visit.end();
    await vi.waitFor(() => expect(staffSession.unlocked).toBe(false));

    expect({ boardId: composer.boardId, text: composer.text, step: composer.step }).toEqual({ boardId: null, text: '', step: 'write' });
    expect([...visitShares.related, ...visitShares.worried]).toEqual([]);
    expect(visitShares.askedStaff).toBe(false);
    expect(storageHealth.residentNotice).toBeNull();
    expect(wallTrouble.showing).toBe(false);
    expect(visit.comfort).toBe(false);
    expect(language.current).toBe('en');
    expect(nav.screen.name).toBe('home');
    vi.restoreAllMocks();
  });

  it('also runs what something open for a while added, until that takes it back', async () => {
    const reset = vi.fn();
    const takeBack = visit.onEnd(reset);
    await visit.end();
    expect(reset).toHaveBeenCalledTimes(1);
    takeBack();
    await visit.end();
    expect(reset).toHaveBeenCalledTimes(1);
  });
});
