/** The README's example header for static hosts is the policy the build uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../vite.config';

describe('the Content-Security-Policy', () => {
  it('is the one the README tells static hosts to send', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /^ {2}Content-Security-Policy: (.*)$/m.exec(readme)?.[1];
    expect(shown).toBe(CONTENT_SECURITY_POLICY);
  });

  it('forbids framing and forms, and the meta tag leaves out what a meta tag cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /'unsafe-eval'|blob: *;.*worker|worker-src[^;]*blob:/,
    );
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
  });
});
