import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recordingOpener } from './export-reveal';
import { startWebApp } from './web-app';

/**
 * `npm run web`: serves TCO Studio to a browser on this machine. Bundled to
 * dist-electron/web-host.cjs by scripts/web.mjs; prints the address (with its token) and runs
 * until Ctrl+C.
 *
 * Test seam: with TCO_STUDIO_OPENER_LOG=<file>, "Open" and "Show in folder" append what they would
 * open to that file (one JSON line each) instead of starting the platform's opener.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      root: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'downloads-dir': { type: 'string' },
      'documents-dir': { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) {
    process.stderr.write('tco-studio web: give at most one scenario file to open\n');
    process.exit(2);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    process.stderr.write(`tco-studio web: --port must be a port number (got ${values.port})\n`);
    process.exit(2);
  }
  const { host } = await startWebApp({
    appRoot: resolve(values.root ?? process.cwd()),
    ...(port !== undefined ? { port } : {}),
    ...(values['data-dir'] ? { dataDir: resolve(values['data-dir']) } : {}),
    ...(values['downloads-dir'] ? { downloadsDir: resolve(values['downloads-dir']) } : {}),
    ...(values['documents-dir'] ? { documentsDir: resolve(values['documents-dir']) } : {}),
    ...(positionals[0] ? { openPath: resolve(positionals[0]) } : {}),
    ...(process.env.TCO_STUDIO_OPENER_LOG ? { openFile: recordingOpener(resolve(process.env.TCO_STUDIO_OPENER_LOG)) } : {}),
    log: (message, error) => process.stderr.write(`tco-studio web: ${message}${error instanceof Error ? `: ${error.message}` : ''}\n`),
  });
  process.stdout.write(`TCO Studio is running at ${host.url}\n(open it in a browser on this machine; Ctrl+C stops it)\n`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(`tco-studio web: ${code === 'EADDRINUSE' ? 'that port is in use; choose another with --port' : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
