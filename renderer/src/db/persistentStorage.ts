/**
 * Asks the browser to keep our storage under pressure; Electron and Chromium usually grant it.
 * Apart from db.ts, so that asking needs none of the database code at start.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}
