import { extname, resolve, sep } from 'node:path';

/** The renderer's origin in Electron. Only this origin may call the bridge. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The renderer's Content Security Policy, sent with every file in Electron and in the web preview. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  // The .ics reader runs in a Web Worker built from the app's own files; nothing else may start one.
  "worker-src 'self'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Built assets carry a content hash in their names, so they may be cached for good; that lets
 * Chromium keep their compiled code between starts. Everything else is checked each time.
 */
export function cacheControlFor(requestPath: string): string {
  return requestPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file inside the renderer folder, or null when the path would leave
 * it (`..`, encoded or not, absolute paths, NUL bytes, backslashes). "/" serves index.html.
 */
export function resolveAppPath(rendererRoot: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  const root = resolve(rendererRoot);
  const target = resolve(root, ...(segments.length ? segments : ['index.html']));
  if (target !== root && !target.startsWith(root + sep)) return null;
  return target;
}
