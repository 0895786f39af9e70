#!/usr/bin/env node
/**
 * Builds only the report print view (renderer/report.html) into dist/renderer, beside the app's
 * own build, without touching the app's files: its assets go to dist/renderer/report-assets.
 * `npm run build:renderer` (vite.config.mts) builds both pages; the report exporters run this when
 * dist/renderer/report.html is missing or older than its sources (src/export/report-page.ts).
 */
import react from '@vitejs/plugin-react';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.argv[2] ? resolve(process.argv[2]) : join(ROOT, 'dist', 'renderer');
const ASSETS = 'report-assets';

rmSync(join(outDir, ASSETS), { recursive: true, force: true });
rmSync(join(outDir, 'report.html'), { force: true });
await build({
  configFile: false,
  root: join(ROOT, 'renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir: ASSETS,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
    rollupOptions: { input: { report: join(ROOT, 'renderer', 'report.html') } },
  },
});
console.log(`report page: ${join(outDir, 'report.html')}`);
