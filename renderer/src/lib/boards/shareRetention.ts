import { purgeExpiredShares } from '../../db/repositories/shares';

const PURGE_EVERY_MS = 24 * 3_600_000;

/**
 * Deletes shares past their expiry now and once a day after: a wall may run for months without a
 * restart. The board never shows an expired share either way. Returns the function that stops it.
 */
export function keepShareRetention(): () => void {
  const purge = () =>
    purgeExpiredShares().catch((error: unknown) =>
      console.error('[boards] Expired shares could not be deleted; it will be tried again.', error),
    );
  void purge();
  const timer = setInterval(() => void purge(), PURGE_EVERY_MS);
  return () => clearInterval(timer);
}
