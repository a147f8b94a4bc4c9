import type { Locale } from '../../../shared/locale';
import { language } from './i18n.svelte';
import { nav } from './nav.svelte';

/**
 * One resident's visit to the wall. It ends at the idle reset: every area that keeps
 * per-visit state (drafts, relates, comfort mode, staff unlock) registers a reset here.
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

  /** Registers what to clear at the end of a visit; returns the unregister function. */
  onEnd(reset: () => void): () => void {
    this.#resets.add(reset);
    return () => this.#resets.delete(reset);
  }

  end() {
    for (const reset of this.#resets) reset();
    this.comfort = false;
    language.set(this.#houseLocale);
    nav.home();
  }
}

export const visit = new Visit();
