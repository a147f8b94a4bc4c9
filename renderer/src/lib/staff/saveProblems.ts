import { ValiError } from 'valibot';
import { IcsImportError } from '../../../../shared/schedule/ics';
import { RecurrenceRuleError } from '../../../../shared/schedule/recurrence';
import { BoardNotFoundError } from '../../db/repositories/boards';
import { ResidentNotFoundError, SymbolTakenError } from '../../db/repositories/residents';
import { NoSuchOccurrenceError } from '../../db/repositories/schedule';
import type { NoticeMessage } from './notice.svelte';

/** Fields whose refusal has its own message; others get the general one. */
const CHECKED_FIELDS = new Set(['title', 'description', 'audience', 'prompt', 'room', 'facilitator', 'durationMinutes', 'startTime', 'name', 'symbol']);

/**
 * Why a save was refused, as a notice staff can act on. The repositories check everything before
 * they write, so each of these means nothing was saved.
 */
export function problemNotice(error: unknown): NoticeMessage {
  const problem = (key: string, values?: Record<string, string | number>): NoticeMessage => ({
    kind: 'error',
    key,
    ...(values ? { values } : {}),
  });
  if (error instanceof RecurrenceRuleError) return problem('admin:problems.rule');
  if (error instanceof ValiError) {
    const field = error.issues[0]?.path?.[0]?.key;
    return typeof field === 'string' && CHECKED_FIELDS.has(field) ? problem(`admin:problems.fields.${field}`) : problem('admin:problems.invalid');
  }
  if (error instanceof SymbolTakenError) return problem('admin:problems.symbolTaken');
  if (error instanceof NoSuchOccurrenceError) return problem('admin:problems.noSession');
  if (error instanceof ResidentNotFoundError || error instanceof BoardNotFoundError) return problem('admin:problems.gone');
  if (error instanceof IcsImportError) return problem(`admin:ics.errors.${error.code}`);
  // Dates out of range (ends before it starts, no such date) and text the repositories refuse.
  if (error instanceof RangeError) return problem('admin:problems.range');
  console.error('[staff] A change could not be saved.', error);
  return problem('admin:problems.failed');
}
