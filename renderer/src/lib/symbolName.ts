import { isSymbolKey } from '../../../shared/wallKeys';
import { t } from './i18n.svelte';

/** A symbol's spoken name in the current language ("Fish", "Pez"); "Symbol" for one Hearth does not draw. */
export function symbolName(symbol: string): string {
  return isSymbolKey(symbol) ? t(`signin:symbols.${symbol}`) : t('signin:symbols.unknown');
}

/**
 * Who an audit entry is about, by symbol, never by name: the name stays in the residents area,
 * and leaves the house with the resident.
 */
export function residentInAudit(resident: { symbol: string; active?: boolean }): string {
  return t(resident.active === false ? 'admin:residents.auditWhoInactive' : 'admin:residents.auditWho', { symbol: symbolName(resident.symbol) });
}
