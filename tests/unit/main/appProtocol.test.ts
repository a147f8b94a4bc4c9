import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/appFiles';
import { appFileResponder } from '../../../electron/main/appProtocol';
import { bootKiosk, fakeRendererFolder } from './kioskBoot';

const serve = appFileResponder(fakeRendererFolder());
const get = (url: string, init?: RequestInit) => serve(new Request(url, init));

describe('the app:// protocol', () => {
  it('serves index.html with the content security policy', async () => {
    const response = await get('app://hearth/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Hearth</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get('app://hearth/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Hearth</title>');
  });

  it('serves scripts with their type and the CSP', async () => {
    const response = await get('app://hearth/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is the handler the app registers for app://', async () => {
    const { protocol } = await bootKiosk();
    const response = await protocol.handlers.get('app')?.(new Request('app://hearth/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response?.text()).toContain('<title>Hearth</title>');
  });

  it.each(['app://hearth/..%2F..%2Fetc%2Fpasswd', 'app://hearth/assets%2F..%2F..%2Fsecret.txt', 'app://hearth/assets%5C..%5C..%5Csecret.txt', 'app://hearth/index.html%00.js'])(
    'refuses the path traversal %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(400);
    },
  );

  it('keeps dot segments inside the renderer folder', async () => {
    const root = fakeRendererFolder();
    writeFileSync(join(root, '..', 'secret.txt'), 'not for the page');
    const response = await appFileResponder(root)(new Request('app://hearth/%2e%2e/secret.txt'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('answers 404 for a file that is not there, or a folder', async () => {
    expect((await get('app://hearth/missing.js')).status).toBe(404);
    expect((await get('app://hearth/assets')).status).toBe(404);
  });

  it.each(['app://evil/index.html', 'app://hearth.evil/index.html', 'app://hearth:8080/index.html'])(
    'refuses any other host: %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Hearth</title>');
    },
  );

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://hearth/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get('app://hearth/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
