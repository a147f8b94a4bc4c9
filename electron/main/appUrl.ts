import { APP_HOST, APP_SCHEME } from './appFiles';

/**
 * True when a URL belongs to the kiosk's own origin, app://hearth. Compared field by field,
 * because Node's URL reports the origin of a custom scheme as "null".
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
