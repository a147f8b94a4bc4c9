import type { Occurrence } from '../../../../shared/schedule/occurrence';
import { minutesLeft, minutesUntil } from '../../../../shared/schedule/wall';
import { language, t } from '../../lib/i18n.svelte';

/** Which part of the wall a card is in; it decides what the card says about time. */
export type CardKind = 'now' | 'next' | 'later' | 'tomorrow';

const HOUR_MINUTES = 60;

/** "25 minutes left", "Until 3:30 PM", "Starts in 10 minutes"; nothing for later sessions or cancelled ones. */
export function timingText(kind: CardKind, occurrence: Occurrence, nowMs: number): string | undefined {
  if (occurrence.status === 'cancelled') return undefined;
  if (kind === 'now') {
    const left = minutesLeft(occurrence, nowMs);
    return left < HOUR_MINUTES ? t('home:minutesLeft', { count: left }) : t('home:until', { time: language.time(new Date(occurrence.endMs)) });
  }
  if (kind === 'next') {
    const until = minutesUntil(occurrence, nowMs);
    return until === 0 ? t('home:startingNow') : t('home:startsIn', { count: until });
  }
  return undefined;
}
