import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installSessionSecurity } from '../../electron/security';
import { contentSecurityPolicyFor, CONTENT_SECURITY_POLICY, CSP_PLACEHOLDER, metaContentSecurityPolicy } from '../../src/host/content-security-policy';
import { startWebHost, type WebHost } from '../../src/host/web-host';
import { PROJECT_ROOT } from '../support/paths';
import { rawRequest } from './support/http-client';
import { cleanupFixtures, hostFixture } from './support/host-fixture';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  cleanupFixtures();
});

/** The policy of a page's <meta> tag. */
function metaPolicy(html: string): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  if (!m) throw new Error('the page has no Content-Security-Policy meta tag');
  return m[1]!;
}

/** A policy as a map of directive → sources, for comparing policies whatever their order. */
function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]));
}

/** What a header policy means once in a <meta> tag, which ignores frame-ancestors, report-uri and sandbox. */
function asMeta(policy: string): Map<string, string> {
  const d = directives(policy);
  for (const k of ['frame-ancestors', 'report-uri', 'sandbox']) d.delete(k);
  return d;
}

const DIST = join(PROJECT_ROOT, 'dist', 'renderer');

describe('one Content-Security-Policy for the header and the page', () => {
  it('the web host sends, for the built app page, the very policy its <meta> tag carries (HTTP)', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false, downloadsDir: undefined });
    host = await startWebHost({ api: f.api, staticDir: DIST });
    const index = await rawRequest(host.port, { path: `/?token=${host.token}` });
    expect(index.status).toBe(200);
    const header = String(index.headers['content-security-policy']);
    expect(header).toBe(CONTENT_SECURITY_POLICY);
    expect(directives(metaPolicy(index.body))).toEqual(asMeta(header));
    // What the meta cannot carry is in the header: the app cannot be framed.
    expect(directives(header).get('frame-ancestors')).toBe("'none'");
    // The report page, too, gets its own policy, the one its <meta> tag carries, not the app's.
    const report = await rawRequest(host.port, { path: `/report.html?token=${host.token}` });
    expect(report.status).toBe(200);
    const reportHeader = String(report.headers['content-security-policy']);
    expect(reportHeader).toBe(contentSecurityPolicyFor('report.html'));
    expect(reportHeader).not.toBe(CONTENT_SECURITY_POLICY);
    expect(directives(metaPolicy(report.body))).toEqual(asMeta(reportHeader));
  });

  it('Electron sends each built page the policy its <meta> tag carries', () => {
    let onHeaders: ((details: { url: string; responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      setDisplayMediaRequestHandler() {},
      webRequest: { onBeforeRequest() {}, onHeadersReceived: (h: typeof onHeaders) => (onHeaders = h) },
    };
    installSessionSecurity(session as unknown as Parameters<typeof installSessionSecurity>[0]);
    for (const page of ['index.html', 'report.html'] as const) {
      let sent: string | undefined;
      onHeaders!({ url: `file://${join(DIST, page)}`, responseHeaders: {} }, (r) => (sent = (r as { responseHeaders: Record<string, string[]> }).responseHeaders['Content-Security-Policy']![0]));
      expect(sent).toBe(contentSecurityPolicyFor(page));
      expect(directives(metaPolicy(readFileSync(join(DIST, page), 'utf8')))).toEqual(asMeta(sent!));
      expect(metaPolicy(readFileSync(join(DIST, page), 'utf8'))).toBe(metaContentSecurityPolicy(page));
    }
  });

  it('the page sources hold no policy of their own, only the placeholder the build fills', () => {
    for (const page of ['index.html', 'report.html']) {
      expect(metaPolicy(readFileSync(join(PROJECT_ROOT, 'renderer', page), 'utf8'))).toBe(CSP_PLACEHOLDER);
    }
  });

  it('the app allows no inline script and no remote source; the report page makes no connections', () => {
    for (const policy of [contentSecurityPolicyFor('index.html'), contentSecurityPolicyFor('report.html')]) {
      const d = directives(policy);
      expect(d.get('default-src')).toBe("'none'");
      expect(d.get('script-src')).toBe("'self'");
      expect(policy).not.toMatch(/https?:|\*|unsafe-eval/);
    }
    expect(directives(contentSecurityPolicyFor('/app/dist/renderer/report.html?x#y')).get('connect-src')).toBe("'none'");
  });
});
