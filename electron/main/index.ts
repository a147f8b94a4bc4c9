// Electron entry: the only main-process file that imports electron or electron-store.
import { app } from 'electron';

void app.whenReady();
