import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const input: Record<string, string> = { main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) };
// The report print view (issue 7) is a second page with its own entry.
const reportPage = fileURLToPath(new URL('./renderer/report.html', import.meta.url));
if (existsSync(reportPage)) input.report = reportPage;

export default defineConfig({
  root,
  // Relative asset paths, so the built files also load from file:// inside Electron.
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rollupOptions: { input },
  },
  worker: { format: 'es' },
});
