import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_PAGE_CSS } from '../../web/components/maalbar-report/maalbar-report.styles.ts';

const html = readFileSync('web/index.html', 'utf8');

/** The policy of index.html's CSP meta tag as directive → sources. */
function policy(): Map<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('web/index.html has no Content-Security-Policy meta tag.');
  return new Map(
    match[1]
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('the Content-Security-Policy of web/index.html', () => {
  it('has the lock-down directives of issue 7 (item 5)', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
  });

  it('allows no eval and no inline code anywhere', () => {
    for (const [name, sources] of policy()) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain('*');
    }
    // Every script element loads a file: no inline script for the policy to have to allow.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
  });

  it('allows the report’s one inline <style> by the hash of its current text', () => {
    const hash = createHash('sha256').update(REPORT_PAGE_CSS, 'utf8').digest('base64');
    expect(policy().get('style-src'), 'REPORT_PAGE_CSS changed: update its hash in web/index.html').toEqual([
      "'self'",
      `'sha256-${hash}'`,
    ]);
  });
});
