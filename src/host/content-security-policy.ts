/**
 * The Content-Security-Policy of the renderer, sent as a header by the web host and by the
 * Electron main process (electron/security.ts); renderer/index.html carries the same policy in a
 * <meta> tag because Chromium may not apply response headers to file:// pages. Everything is
 * served by the app itself: no remote scripts, styles, fonts or connections, no plugins, no
 * framing. 'unsafe-inline' styles only: React and Recharts set style attributes; scripts stay
 * strictly 'self'. blob: workers for the Monte Carlo Web Worker if the bundler inlines it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
