import type { HouseSettings, HouseSettingsPatch } from '../../../../../../shared/settings';
import type { Locale } from '../../../../../../shared/locale';
import { t } from '../../../../lib/i18n.svelte';
import { formatAmount } from './amounts';
import { MODERATION_MODE_TEXT, SETTING_NAMES, SIGN_IN_MODE_TEXT } from './settingsText';

/** Each language named in itself, as on the wall. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

const quoted = (text: string) => t('staff:settings.change.quoted', { text: text.length > 80 ? `${text.slice(0, 77)}…` : text });
const onOff = (on: boolean) => t(on ? 'staff:settings.change.on' : 'staff:settings.change.off');

/** A changed setting's new value, in the words staff use. */
function shownValue(key: keyof HouseSettings, before: HouseSettings, after: HouseSettings): string {
  switch (key) {
    case 'houseName':
      return quoted(after.houseName);
    case 'languages':
      return after.languages.map((l) => LANGUAGE_NAMES[l]).join(', ');
    case 'defaultLocale':
      return LANGUAGE_NAMES[after.defaultLocale];
    case 'idleTimeoutSeconds':
    case 'staffRelockSeconds':
      return formatAmount(after[key], 'second');
    case 'signInOpensMinutesBefore':
      return formatAmount(after[key], 'minute');
    case 'shareRetentionDays':
    case 'attendanceRetentionDays':
      return formatAmount(after[key], 'day');
    case 'shareMaxLength':
      return t('staff:settings.characters', { count: after.shareMaxLength });
    case 'signInMode':
      return t(SIGN_IN_MODE_TEXT[after.signInMode]);
    case 'moderationMode':
      return t(MODERATION_MODE_TEXT[after.moderationMode]);
    case 'showRelateCounts':
    case 'reducedMotion':
    case 'alertChime':
      return onOff(after[key]);
    case 'nightHours':
      return after.nightHours.enabled ? t('staff:settings.change.nightOn', after.nightHours) : onOff(false);
    case 'crisisText':
    case 'staffLocation':
      return (['en', 'es'] as const)
        .filter((l) => after[key][l] !== before[key][l])
        .map((l) => `${LANGUAGE_NAMES[l]} ${quoted(after[key][l])}`)
        .join(', ');
    case 'watchWords': {
      const added = after.watchWords.filter((w) => !before.watchWords.includes(w));
      const removed = before.watchWords.filter((w) => !after.watchWords.includes(w));
      return [
        ...(added.length ? [t('staff:settings.change.added', { words: added.map(quoted).join(', ') })] : []),
        ...(removed.length ? [t('staff:settings.change.removed', { words: removed.map(quoted).join(', ') })] : []),
      ].join('; ');
    }
  }
}

/** What a saved patch changed, for the audit log: "Chime at the wall: on; Words to watch: added “spice”". */
export function describeSettingsChange(before: HouseSettings, after: HouseSettings, patch: HouseSettingsPatch): string {
  return (Object.keys(patch) as (keyof HouseSettings)[])
    .map((key) => `${t(SETTING_NAMES[key])}: ${shownValue(key, before, after)}`)
    .join('; ');
}
