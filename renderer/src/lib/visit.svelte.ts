import type { Locale } from '../../../shared/locale';
import { language } from './i18n.svelte';
import { nav } from './nav.svelte';
import { staffSession } from './staffSession.svelte';
import { storageHealth } from './storageHealth.svelte';
import { wallTrouble } from './wallTrouble.svelte';

/**
 * One resident's visit to the wall. It ends at the idle reset, and `end` is the one place that
 * says what a visit leaves behind and clears it, so the next person starts fresh. What is open
 * only for a while (a sign-in, a text being read aloud) adds its own reset with `onEnd` and
 * takes it back when it closes.
 */
class Visit {
  /** Large text and high contrast, for this visit only. */
  comfort = $state(false);
  #houseLocale: Locale = 'en';
  #resets = new Set<() => void>();

  /** The house's default language, which every visit starts in. */
  get houseLocale(): Locale {
    return this.#houseLocale;
  }

  setHouseLocale(locale: Locale) {
    this.#houseLocale = locale;
    language.set(locale);
  }

  /** Registers what to clear at the end of this visit, for what is open only for a while; returns the unregister function. */
  onEnd(reset: () => void): () => void {
    this.#resets.add(reset);
    return () => this.#resets.delete(reset);
  }

  /** Ends the visit at once; resolves when the boards' part is cleared too (see `endOnBoards`). */
  end(): Promise<void> {
    // No notice or message meant for the last person.
    storageHealth.dismissNotice();
    wallTrouble.dismiss();
    // Staff mode locks with the visit.
    void staffSession.lock();
    for (const reset of this.#resets) reset();
    this.comfort = false;
    language.set(this.#houseLocale);
    nav.home();
    return endOnBoards();
  }
}

/**
 * Nothing typed, related to or asked for on the boards is left for the next person. The boards'
 * code loads with the boards, not with the wall: it is read here through import(), a moment after
 * the screen has gone home (at once when the boards were opened, or else at the first idle reset).
 */
async function endOnBoards(): Promise<void> {
  const [{ composer }, { visitShares }] = await Promise.all([import('./boards/composer.svelte'), import('./boards/visitShares.svelte')]);
  composer.discard();
  visitShares.reset();
}

export const visit = new Visit();
