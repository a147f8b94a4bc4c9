import { readFile, stat } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, cacheControlFor, contentTypeFor, resolveAppPath } from './appFiles';
import type { AppProtocol } from './electronApi';

/**
 * app:// is standard (so it has an origin, and IndexedDB and localStorage work) and secure (so
 * the page is a secure context); fetch may use it. It does not bypass the CSP, and is not
 * corsEnabled, so no other origin can read it (the page's own module scripts are same-origin).
 * Electron accepts this only before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} satisfies Electron.CustomScheme;

export function registerAppScheme(protocol: Pick<AppProtocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves the built renderer on app://hearth/, every file with the CSP. */
export function serveAppFiles(protocol: Pick<AppProtocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, appFileResponder(rendererRoot));
}

export function appFileResponder(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
      return refusal(404, 'Not found');
    }
    const file = resolveAppPath(rendererRoot, url.pathname);
    if (!file) return refusal(400, 'Bad path');
    const isFile = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!isFile) return refusal(404, 'Not found');
    const headers = {
      'Content-Type': contentTypeFor(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': cacheControlFor(url.pathname),
    };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(new Uint8Array(await readFile(file)), { status: 200, headers });
  };
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}
