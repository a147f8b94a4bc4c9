import { AppDB } from './AppDB';

/** The one database instance. Only repositories (renderer/src/db/repositories) use it. */
export const db = new AppDB();
