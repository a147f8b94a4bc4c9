import { HouseSettingsSchema, type HouseSettings, type HouseSettingsPatch } from '../../../../../../shared/settings';
import type { Locale } from '../../../../../../shared/locale';
import { idle } from '../../../../lib/idle.svelte';
import { language, t } from '../../../../lib/i18n.svelte';
import { KioskError } from '../../../../lib/kiosk';
import { houseSettings } from '../../../../lib/settings.svelte';
import { staffSession } from '../../../../lib/staffSession.svelte';
import { visit } from '../../../../lib/visit.svelte';
import { describeSettingsChange } from './settingsAudit';
import type { MessageKey } from '../../../../lib/messageKey';

type SettingKey = keyof HouseSettings;
type NumericKey = {
  [K in SettingKey]: HouseSettings[K] extends number ? K : never;
}[SettingKey];

/** Fields refused with words of their own; any other refused field reads as the general words. */
const INVALID_TEXT: Partial<Record<SettingKey, MessageKey>> = { houseName: 'staff:settings.invalid.houseName' };

/** Main's reason for refusing a field, in the staff member's language; null when it was not refused. */
export function fieldError(key: MessageKey | undefined): string | null {
  return key ? t(key) : null;
}

/** The allowed range of a number setting, read from the settings schema so the form never drifts from main. */
export function limitsOf(key: NumericKey): { min: number; max: number } {
  let min = 0;
  let max = Number.MAX_SAFE_INTEGER;
  for (const item of HouseSettingsSchema.entries[key].wrapped.pipe) {
    if (item.type === 'min_value') min = item.requirement;
    if (item.type === 'max_value') max = item.requirement;
  }
  return { min, max };
}

type PipeStep = { type: string; requirement?: unknown };
const requirement = (pipe: readonly PipeStep[], type: string): number => {
  const found = pipe.find((step) => step.type === type)?.requirement;
  return typeof found === 'number' ? found : Number.MAX_SAFE_INTEGER;
};

/** The limits on words to watch (length of a word, how many), read from the settings schema too. */
export const WATCH_WORD_LIMITS = (() => {
  const list = HouseSettingsSchema.entries.watchWords.wrapped;
  const word = list.pipe[0].item.pipe;
  return { min: requirement(word, 'min_length'), max: requirement(word, 'max_length'), count: requirement(list.pipe, 'max_length') };
})();

const clone = (settings: HouseSettings): HouseSettings => structuredClone(settings);

/**
 * The settings form: a draft of every house setting, saved as one patch of what changed. Main
 * validates; its refusals come back as messages beside the fields they concern.
 */
export class SettingsForm {
  draft = $state<HouseSettings>(clone(houseSettings.current));
  /** Locale keys of main's refusals, by setting. */
  errors = $state.raw<Partial<Record<SettingKey, MessageKey>>>({});
  /** Locale key of a refusal that concerns no single field, or of a saved confirmation. */
  notice = $state.raw<{ key: MessageKey; kind: 'error' | 'saved' } | null>(null);
  saving = $state(false);

  get changed(): SettingKey[] {
    const saved = houseSettings.current;
    return (Object.keys(this.draft) as SettingKey[]).filter((key) => JSON.stringify(this.draft[key]) !== JSON.stringify(saved[key]));
  }

  /** Languages are switched on and off; at least one stays on, and the default is always one of them. */
  toggleLanguage(locale: Locale) {
    const on = this.draft.languages.includes(locale);
    if (on && this.draft.languages.length === 1) return;
    this.draft.languages = on ? this.draft.languages.filter((l) => l !== locale) : [...this.draft.languages, locale];
    if (!this.draft.languages.includes(this.draft.defaultLocale)) this.draft.defaultLocale = this.draft.languages[0] ?? 'en';
  }

  /**
   * Adds one of the house's own words to watch; answers the locale key of why not, or null. A
   * refused word changes nothing.
   */
  addWatchWord(typed: string): MessageKey | null {
    const word = typed.normalize('NFKC').replace(/\s+/g, ' ').trim();
    const { min, max, count } = WATCH_WORD_LIMITS;
    if (word.length < min || word.length > max) return 'staff:watchWords.invalid.length';
    const known = this.draft.watchWords.some((w) => w.toLocaleLowerCase() === word.toLocaleLowerCase());
    if (known) return 'staff:watchWords.invalid.known';
    if (this.draft.watchWords.length >= count) return 'staff:watchWords.invalid.tooMany';
    this.draft.watchWords = [...this.draft.watchWords, word];
    return null;
  }

  removeWatchWord(word: string) {
    this.draft.watchWords = this.draft.watchWords.filter((w) => w !== word);
  }

  undo() {
    this.draft = clone(houseSettings.current);
    this.errors = {};
    this.notice = null;
  }

  async save() {
    const changed = this.changed;
    if (changed.length === 0 || this.saving) return;
    const patch = Object.fromEntries(changed.map((key) => [key, $state.snapshot(this.draft[key])])) as HouseSettingsPatch;
    this.saving = true;
    this.errors = {};
    this.notice = null;
    try {
      const before = houseSettings.current;
      await houseSettings.update(patch);
      this.#apply(changed);
      await staffSession.record('staff.settingsChanged', describeSettingsChange(before, houseSettings.current, patch));
      this.draft = clone(houseSettings.current);
      this.notice = { key: 'staff:settings.saved', kind: 'saved' };
    } catch (error) {
      this.#refused(error);
    } finally {
      this.saving = false;
    }
  }

  /** Settings the running wall holds on to take effect now, not at the next start. */
  #apply(changed: SettingKey[]) {
    const settings = houseSettings.current;
    if (changed.includes('idleTimeoutSeconds')) idle.configure(settings.idleTimeoutSeconds);
    if (changed.includes('staffRelockSeconds')) staffSession.configure(settings.staffRelockSeconds);
    if (changed.includes('defaultLocale') || changed.includes('languages')) {
      // The idle reset returns to the new default; staff keep reading in their language meanwhile.
      const reading = language.current;
      visit.setHouseLocale(settings.defaultLocale);
      if (settings.languages.includes(reading)) language.set(reading);
    }
  }

  #refused(error: unknown) {
    if (!(error instanceof KioskError)) {
      this.notice = { key: 'staff:settings.failed', kind: 'error' };
      return;
    }
    if (error.error.code === 'forbidden') {
      staffSession.handleRefusal(error.error);
      return;
    }
    const errors: Partial<Record<SettingKey, MessageKey>> = {};
    for (const issue of error.error.issues ?? []) {
      const field = /^patch\.(\w+)/.exec(issue)?.[1] as SettingKey | undefined;
      if (field && field in this.draft) errors[field] = INVALID_TEXT[field] ?? 'staff:settings.invalid.generic';
    }
    this.errors = errors;
    this.notice = { key: error.error.code === 'refused' ? 'staff:settings.refused' : 'staff:settings.notSaved', kind: 'error' };
  }
}
