/**
 * The Content-Security-Policy of the renderer's pages, defined once here and used three ways: as a
 * response header by the web host (src/host/web-host.ts) and by the Electron main process
 * (electron/security.ts), and as the <meta> tag of each built page, which the build writes from
 * this file (vite.config.mts replaces __CONTENT_SECURITY_POLICY__ in renderer/*.html), because
 * Chromium may not apply response headers to file:// pages and the report page is printed from
 * its own origin with no header at all.
 *
 * Everything is served by the app itself: no remote scripts, styles, fonts or connections, no
 * plugins, no framing. Scripts are strictly 'self'. The app needs no inline styles (React and
 * Recharts set styles through the DOM, which CSP does not govern); the report page has inline
 * styles in its print markup and makes no connections at all. blob: workers for the Monte Carlo
 * Web Worker if the bundler inlines it.
 */
type Directives = readonly (readonly [directive: string, sources: string])[];

const APP: Directives = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

const REPORT: Directives = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** The renderer's pages, by file name. */
export const CSP_PAGES = { 'index.html': APP, 'report.html': REPORT } as const;
export type CspPage = keyof typeof CSP_PAGES;

/**
 * Directives a <meta> policy may not carry (CSP Level 3, §3.3: frame-ancestors, report-uri and
 * sandbox are ignored there, with a console warning); they are sent in the header only.
 */
const HEADER_ONLY: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function policyText(directives: Directives, forMeta: boolean): string {
  return directives
    .filter(([d]) => !forMeta || !HEADER_ONLY.has(d))
    .map(([d, sources]) => `${d} ${sources}`)
    .join('; ');
}

/** The header policy of the app page. */
export const CONTENT_SECURITY_POLICY = policyText(APP, false);

/** The header policy of a page, by its URL or path: the report page's own, the app's for any other. */
export function contentSecurityPolicyFor(urlOrPath: string): string {
  const name = urlOrPath.split(/[?#]/, 1)[0]!.split(/[\\/]/).pop();
  return name === 'report.html' ? policyText(REPORT, false) : CONTENT_SECURITY_POLICY;
}

/** The policy the <meta> tag of a page carries: its header policy without the header-only directives. */
export function metaContentSecurityPolicy(page: CspPage): string {
  return policyText(CSP_PAGES[page], true);
}

/** The placeholder in renderer/*.html that the build replaces with the page's meta policy. */
export const CSP_PLACEHOLDER = '__CONTENT_SECURITY_POLICY__';
