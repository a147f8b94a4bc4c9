/** The first purge waits this long after start: the wall shows its screen before any housekeeping. */
export const FIRST_PURGE_AFTER_MS = 2_000;

/**
 * Runs a retention purge shortly after start and then every `everyMs`: a wall may run for months
 * without a restart. A failed purge is logged and tried again next time. Returns the function
 * that stops it.
 */
export function keepPurging(purge: () => Promise<unknown>, everyMs: number, failure: string): () => void {
  const run = () => void purge().catch((error: unknown) => console.error(failure, error));
  const first = setTimeout(run, FIRST_PURGE_AFTER_MS);
  const timer = setInterval(run, everyMs);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
