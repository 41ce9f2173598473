/** server/http/security-headers.ts and request-hygiene.ts helpers. */
import { describe, expect, it } from 'vitest';
import { hostName, normaliseAllowedHost } from '../../../../server/http/request-hygiene.ts';
import { contentSecurityPolicy } from '../../../../server/http/security-headers.ts';

describe('contentSecurityPolicy', () => {
  it('is self-only without tile hosts, and adds exactly the given ones to img-src and connect-src', () => {
    expect(contentSecurityPolicy([])).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "worker-src 'self' blob:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
        "frame-ancestors 'none'",
    );
    const csp = contentSecurityPolicy(['https://a.example', 'https://b.example']);
    expect(csp).toContain("img-src 'self' data: blob: https://a.example https://b.example;");
    expect(csp).toContain("connect-src 'self' https://a.example https://b.example;");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('host names', () => {
  it.each([
    ['localhost:8787', 'localhost'],
    ['LOCALHOST', 'localhost'],
    ['[::1]:80', '[::1]'],
    ['127.0.0.1', '127.0.0.1'],
    ['evil.example:8787', 'evil.example'],
  ])('hostName(%j) = %j', (h, name) => {
    expect(hostName(h)).toBe(name);
  });
  it('returns null for a malformed Host', () => {
    expect(hostName('a b')).toBeNull();
  });
  it('brackets IPv6 allow-list entries', () => {
    expect(normaliseAllowedHost('::1')).toBe('[::1]');
    expect(normaliseAllowedHost(' GIS.example.org ')).toBe('gis.example.org');
  });
});
