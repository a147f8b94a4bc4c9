import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../../shared/bridge/contract';

// window.kiosk: one named async function per contract channel, and nothing else.
// ipcRenderer itself never reaches the page.
const kiosk: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
for (const { area, verb, name } of channels()) {
  (kiosk[area] ??= {})[verb] = (request?: unknown) => ipcRenderer.invoke(name, request);
}
contextBridge.exposeInMainWorld('kiosk', kiosk);
