/**
 * Entry of the Electron main process, bundled by esbuild into dist-electron/main.cjs (the
 * "main" of package.json). Everything else is in app.ts so that tests can drive it.
 */
import { join } from 'node:path';
import { startApp } from './app';

startApp({ preload: join(__dirname, 'preload.cjs') });
