import { isAppUrl } from './appUrl';
import type { LockableContents, LockableSession, NavigationEvent } from './electronApi';
import { isBlockedKey } from './keyPolicy';

/**
 * Keeps web contents on the kiosk's own pages: no navigation, redirect or frame load outside
 * app://hearth (dropped files and links included), no new windows, no <webview>, no context
 * menu, no browser keys, no zoom. Applied to every web contents the app creates.
 */
export function lockDownContents(contents: LockableContents): void {
  const stayInApp = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (isBlockedKey(input)) event.preventDefault();
  });
  // Pinch and Ctrl+wheel must not leave a resident looking at a magnified, half-hidden screen.
  contents.on('did-finish-load', () => {
    contents.setZoomFactor(1);
    void contents.setVisualZoomLevelLimits(1, 1);
  });
}

/**
 * The one permission the kiosk's own page gets: persistent storage, so that the browser never
 * evicts the house's records when the disk runs low.
 */
const GRANTED = 'persistent-storage';

/** No camera, microphone, location, notifications, devices or downloads: the kiosk needs none. */
export function lockDownSession(session: LockableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === GRANTED && details.isMainFrame && isAppUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permission === GRANTED && details.isMainFrame && isAppUrl(requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
