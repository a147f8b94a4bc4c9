import { checkBackupText } from './readBackup';

/** Reads and checks a backup file away from the page: a house's years of records take a while to check row by row. */
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(checkBackupText(event.data));
};
