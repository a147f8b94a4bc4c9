import { purgeExpiredShares } from '../../db/repositories/shares';
import { keepPurging } from '../keepPurging';

/**
 * Deletes shares past their expiry soon after start and once a day after. The board never shows
 * an expired share either way. Returns the function that stops it.
 */
export function keepShareRetention(): () => void {
  return keepPurging(purgeExpiredShares, 24 * 3_600_000, '[boards] Expired shares could not be deleted; it will be tried again.');
}
