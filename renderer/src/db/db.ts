import { AppDB } from './AppDB';

/** The one database instance. Only repositories (renderer/src/db/repositories) use it. */
export const db = new AppDB();

/** Asks the browser to keep our storage under pressure; Electron and Chromium usually grant it. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return (await navigator.storage.persisted()) || navigator.storage.persist();
}
