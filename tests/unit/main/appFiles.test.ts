import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY, cacheControlFor, resolveAppPath } from '../../../electron/main/appFiles';

const root = resolve('/srv/hearth/renderer');

describe('serving renderer files', () => {
  it('maps paths inside the renderer folder, and / to index.html', () => {
    expect(resolveAppPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it.each(['/../package.json', '/assets/../../etc/passwd', '/%2e%2e/secret', '/..%2Fsecret', '/a\\..\\b', '/x%00.js', '/%E0%A4%A'])(
    'refuses %s',
    (path) => {
      expect(resolveAppPath(root, path)).toBeNull();
    },
  );

  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('caching renderer files', () => {
  it('lets hashed assets be cached for good, so their compiled code is kept between starts', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toContain('immutable');
  });

  it('has the page itself checked every time, so a new build is picked up', () => {
    expect(cacheControlFor('/')).toBe('no-cache');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
  });
});
