import { ValiError } from 'valibot';
import { IcsImportError } from '../../../../shared/schedule/ics';
import { RecurrenceRuleError } from '../../../../shared/schedule/recurrence';
import { BoardNotFoundError } from '../../db/repositories/boards';
import { ResidentNotFoundError, SymbolTakenError } from '../../db/repositories/residents';
import { NoSuchOccurrenceError } from '../../db/repositories/schedule';
import type { MessageKey } from '../messageKey';
import { ICS_ERROR_TEXT } from './icsText';
import type { NoticeMessage } from './notice.svelte';

/** Fields whose refusal has its own message, by the field's name in the schema; others get the general one. */
const FIELD_PROBLEMS = new Map<string, MessageKey>([
  ['title', 'admin:problems.fields.title'],
  ['description', 'admin:problems.fields.description'],
  ['audience', 'admin:problems.fields.audience'],
  ['prompt', 'admin:problems.fields.prompt'],
  ['room', 'admin:problems.fields.room'],
  ['facilitator', 'admin:problems.fields.facilitator'],
  ['durationMinutes', 'admin:problems.fields.durationMinutes'],
  ['startTime', 'admin:problems.fields.startTime'],
  ['name', 'admin:problems.fields.name'],
  ['symbol', 'admin:problems.fields.symbol'],
]);

/**
 * Why a save was refused, as a notice staff can act on. The repositories check everything before
 * they write, so each of these means nothing was saved.
 */
export function problemNotice(error: unknown): NoticeMessage {
  const problem = (key: MessageKey, values?: Record<string, string | number>): NoticeMessage => ({
    kind: 'error',
    key,
    ...(values ? { values } : {}),
  });
  if (error instanceof RecurrenceRuleError) return problem('admin:problems.rule');
  if (error instanceof ValiError) {
    const field = error.issues[0]?.path?.[0]?.key;
    return problem((typeof field === 'string' && FIELD_PROBLEMS.get(field)) || 'admin:problems.invalid');
  }
  if (error instanceof SymbolTakenError) return problem('admin:problems.symbolTaken');
  if (error instanceof NoSuchOccurrenceError) return problem('admin:problems.noSession');
  if (error instanceof ResidentNotFoundError || error instanceof BoardNotFoundError) return problem('admin:problems.gone');
  if (error instanceof IcsImportError) return problem(ICS_ERROR_TEXT[error.code]);
  // Dates out of range (ends before it starts, no such date) and text the repositories refuse.
  if (error instanceof RangeError) return problem('admin:problems.range');
  console.error('[staff] A change could not be saved.', error);
  return problem('admin:problems.failed');
}
