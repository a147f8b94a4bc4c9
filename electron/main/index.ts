// Electron entry: the only main-process file, with electron/main/electron/, that imports electron.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import { createDispatcher } from './bridge/dispatcher';
import { openElectronStore } from './electron/electronStore';
import { startKioskApp } from './kioskApp';
import { createHandlers, createMainServices } from './mainServices';
import { electronFileDialogs, electronFolderDialog } from './services/fileDialogs';

// This file runs from <out>/main/index.js; preload and renderer are its siblings.
const here = dirname(fileURLToPath(import.meta.url));
const log = (message: string) => console.error(`[hearth] ${message}`);

// Development and the Electron tests may keep their data apart; a packaged kiosk always uses userData.
if (!app.isPackaged && process.env.HEARTH_DATA_DIR) app.setPath('userData', process.env.HEARTH_DATA_DIR);

// Packaged, resources/ is copied beside app.asar (electron-builder.yml extraResources).
const resourcesDir = app.isPackaged ? process.resourcesPath : join(here, '..', '..', 'resources');

startKioskApp(
  {
    app,
    protocol,
    ipcMain,
    setApplicationMenu: (menu) => Menu.setApplicationMenu(menu),
    powerSaveBlocker,
    defaultSession: () => session.defaultSession,
    BrowserWindow,
  },
  {
    preloadPath: join(here, '..', 'preload', 'index.cjs'),
    rendererRoot: join(here, '..', 'renderer'),
    log,
    openServices() {
      const kioskWindow = () => BrowserWindow.getAllWindows().find((w) => !w.isDestroyed()) ?? null;
      const services = createMainServices({
        dataDir: app.getPath('userData'),
        openStore: openElectronStore,
        version: app.getVersion(),
        preview: false,
        demo: false,
        exampleHouseDir: join(resourcesDir, 'example-house'),
        exitKiosk: () => app.quit(),
        log,
        // The kiosk has one window; dialogs are modal on it so they show above the fullscreen wall.
        fileDialogs: electronFileDialogs(dialog, kioskWindow),
        chooseBackupFolder: electronFolderDialog(dialog, kioskWindow),
      });
      return {
        dispatch: createDispatcher(createHandlers(services), log),
        rendererReset: () => services.rendererReset(),
      };
    },
  },
);
