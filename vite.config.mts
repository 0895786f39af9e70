import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CSP_PAGES, CSP_PLACEHOLDER, metaContentSecurityPolicy, type CspPage } from './src/host/content-security-policy';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const input: Record<string, string> = { main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) };
// The report print view (issue 7) is a second page with its own entry.
const reportPage = fileURLToPath(new URL('./renderer/report.html', import.meta.url));
if (existsSync(reportPage)) input.report = reportPage;

/**
 * Writes each page's Content-Security-Policy <meta> tag from src/host/content-security-policy.ts,
 * the one definition the hosts also send as a header. A page without the placeholder, or one the
 * policy file does not know, fails the build rather than ship without a policy.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'tco-content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const page = basename(ctx.filename);
        if (!(page in CSP_PAGES)) throw new Error(`${page}: no Content-Security-Policy defined in src/host/content-security-policy.ts`);
        if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`${page}: the Content-Security-Policy meta tag must read content="${CSP_PLACEHOLDER}"`);
        return html.replace(CSP_PLACEHOLDER, metaContentSecurityPolicy(page as CspPage));
      },
    },
  };
}

export default defineConfig({
  root,
  // Relative asset paths, so the built files also load from file:// inside Electron.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rollupOptions: { input },
  },
  worker: { format: 'es' },
});
