import { describe, expect, it } from 'vitest';
import { FakeWebContents, fakeEvent } from './fakeElectron';
import { bootKioskWindow } from './kioskBoot';

describe('the kiosk window', () => {
  it('is one kiosk-mode, fullscreen window with the menu bar hidden and the wall colour behind it', async () => {
    const { windows, window } = await bootKioskWindow();
    expect(windows).toHaveLength(1);
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true, backgroundColor: '#f7f3ec' });
  });

  it('isolates the page: context isolation, sandbox and no Node anywhere', async () => {
    const { window } = await bootKioskWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every insecure or experimental option off', async () => {
    const { window } = await bootKioskWindow();
    const prefs = window.options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      zoomFactor: 1,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the bundled preload and the app from app://hearth', async () => {
    const { window, contents } = await bootKioskWindow();
    expect(window.options.webPreferences?.preload).toBe('/opt/Hearth/resources/app.asar/out/preload/index.cjs');
    expect(contents.loadedUrls).toEqual(['app://hearth/index.html']);
  });

  it('turns devtools off when packaged and leaves them on in development', async () => {
    expect((await bootKioskWindow({ packaged: true })).window.options.webPreferences?.devTools).toBe(false);
    expect((await bootKioskWindow({ packaged: false })).window.options.webPreferences?.devTools).toBe(true);
  });
});

describe('navigation lockdown', () => {
  const outside = ['https://example.com/', 'http://127.0.0.1:5178/', 'file:///etc/passwd', 'app://evil/index.html', 'app://hearth.evil/', 'app://user@hearth/', 'javascript:alert(1)', 'about:blank', 'data:text/html,hi', 'not a url'];

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('prevents %s to anywhere outside app://hearth', async (event) => {
    const { contents } = await bootKioskWindow();
    for (const url of outside) expect(contents.tryToNavigate(event, url), url).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)('lets %s within app://hearth go ahead', async (event) => {
    const { contents } = await bootKioskWindow();
    expect(contents.tryToNavigate(event, 'app://hearth/index.html')).toBe(false);
    expect(contents.tryToNavigate(event, 'app://hearth/index.html#staff')).toBe(false);
  });

  it('refuses a file dropped on the window, which arrives as a file:// navigation', async () => {
    const { contents } = await bootKioskWindow();
    expect(contents.tryToNavigate('will-navigate', 'file:///home/kiosk/Downloads/photo.jpg')).toBe(true);
  });

  it('denies every new window', async () => {
    const { contents } = await bootKioskWindow();
    const details: Electron.HandlerDetails = {
      url: 'app://hearth/index.html',
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'no-referrer' },
    };
    expect(contents.windowOpenHandler?.(details)).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ ...details, url: 'https://example.com/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', async () => {
    const { contents } = await bootKioskWindow();
    expect(contents.emitPreventable('will-attach-webview', { nodeIntegration: true }, { src: 'https://example.com/' })).toBe(true);
  });

  it('shows no context menu', async () => {
    const { contents } = await bootKioskWindow();
    expect(contents.emitPreventable('context-menu', {})).toBe(true);
  });

  it('applies the same lockdown to any other web contents the app creates', async () => {
    const { app } = await bootKioskWindow();
    const stray = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent({}), stray);
    expect(stray.tryToNavigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(stray.windowOpenHandler?.({ url: 'https://example.com/', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' } })).toEqual({ action: 'deny' });
    expect(stray.pressKey({ key: 'F12' })).toBe(true);
  });
});

describe('keys and zoom', () => {
  it('blocks browser keys before the page sees them and lets typing through', async () => {
    const { contents } = await bootKioskWindow();
    expect(contents.pressKey({ key: 'r', control: true })).toBe(true);
    expect(contents.pressKey({ key: 'F5' })).toBe(true);
    expect(contents.pressKey({ key: 'F4', alt: true })).toBe(true);
    expect(contents.pressKey({ key: 'I', control: true, shift: true })).toBe(true);
    expect(contents.pressKey({ key: 'h' })).toBe(false);
    expect(contents.pressKey({ key: 'H', shift: true })).toBe(false);
    expect(contents.pressKey({ key: 'Enter' })).toBe(false);
  });

  it('fixes the zoom at 1, pinch included, once each page has loaded', async () => {
    const { contents } = await bootKioskWindow();
    expect(contents.visualZoomLimits).toBeNull();
    contents.emit('did-finish-load');
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    expect(contents.zoomFactors).toEqual([1]);
  });
});

describe('session permissions', () => {
  const denied = ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'clipboard-read', 'storage-access', 'unknown'] as const;
  type Permission = Parameters<Parameters<Electron.Session['setPermissionRequestHandler']>[0] & object>[1];

  const request = async (permission: Permission, requestingUrl = 'app://hearth/index.html', isMainFrame = true) => {
    const { session, contents } = await bootKioskWindow();
    let granted: boolean | undefined;
    session.permissionRequestHandler?.(contents as unknown as Electron.WebContents, permission, (answer) => (granted = answer), { requestingUrl, isMainFrame });
    return granted;
  };
  const check = async (permission: Permission, origin = 'app://hearth', isMainFrame = true) => {
    const { session, contents } = await bootKioskWindow();
    return session.permissionCheckHandler?.(contents as unknown as Electron.WebContents, permission, origin, {
      isMainFrame,
      requestingUrl: `${origin}/index.html`,
      embeddingOrigin: origin,
    });
  };

  it('denies every permission request but persistent storage', async () => {
    for (const permission of denied) expect(await request(permission), permission).toBe(false);
    expect(await request('persistent-storage')).toBe(true);
  });

  it('answers every permission check with no but persistent storage', async () => {
    for (const permission of denied) expect(await check(permission), permission).toBe(false);
    expect(await check('persistent-storage')).toBe(true);
  });

  it('gives persistent storage only to the kiosk page itself, never to another origin or a frame', async () => {
    for (const url of ['https://example.org/', 'app://other/index.html', 'app://hearth:8080/index.html', 'file:///etc/passwd', 'not a url']) {
      expect(await request('persistent-storage', url), url).toBe(false);
      expect(await check('persistent-storage', url), url).toBe(false);
    }
    expect(await request('persistent-storage', 'app://hearth/index.html', false)).toBe(false);
    expect(await check('persistent-storage', 'app://hearth', false)).toBe(false);
  });

  it('denies device access and downloads', async () => {
    const { session } = await bootKioskWindow();
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://hearth', device: {} as Electron.USBDevice })).toBe(false);
    const download = fakeEvent({});
    session.emit('will-download', download);
    expect(download.defaultPrevented).toBe(true);
  });
});
