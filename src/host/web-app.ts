import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCacheDir } from '../aws/cache/cache-dir';
import { readRegularTextCapped } from '../storage/read-capped';
import { createHostApi, type HostApi } from './create-host-api';
import { platformOpener } from './export-reveal';
import type { HostOptions } from './host-options';
import { reportModuleExporter } from './report-module-exporter';
import { defaultDocumentsDir, defaultDownloadsDir, defaultWebDataDir } from './user-dirs';
import { startWebHost, type WebHost } from './web-host';

export interface WebAppOptions {
  /** The project or installed app folder: holds package.json, examples/ and dist/renderer/. */
  readonly appRoot: string;
  readonly port?: number;
  readonly dataDir?: string;
  readonly downloadsDir?: string;
  /** Where typed scenario paths may lie (default: src/host/user-dirs.ts); created if missing. */
  readonly documentsDir?: string;
  /** A scenario named on the command line: granted, and opened at start. */
  readonly openPath?: string;
  readonly cacheDir?: string;
  readonly exporter?: HostOptions['exporter'];
  /** Opens exported reports (revealExport); default: the platform's opener (xdg-open, open, explorer.exe). */
  readonly openFile?: HostOptions['openFile'];
  readonly log?: HostOptions['log'];
}

function appVersion(appRoot: string): string {
  try {
    return String((JSON.parse(readRegularTextCapped(join(appRoot, 'package.json'), { maxBytes: 1024 * 1024 })) as { version?: unknown }).version ?? '0.0.0');
  } catch {
    return '0.0.0';
  }
}

/** The host api in web mode (no dialogs, exports to the downloads folder, reports printed by a system Chromium) behind the local web host. */
export async function startWebApp(options: WebAppOptions): Promise<{ readonly host: WebHost; readonly api: HostApi }> {
  const userDataDir = options.dataDir ?? defaultWebDataDir();
  const version = appVersion(options.appRoot);
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const documentsDir = options.documentsDir ?? defaultDocumentsDir(userDataDir);
  mkdirSync(documentsDir, { recursive: true });
  const api = createHostApi({
    host: 'web',
    version,
    appRoot: options.appRoot,
    userDataDir,
    downloadsDir: options.downloadsDir ?? defaultDownloadsDir(userDataDir),
    documentsDir,
    ...(options.openPath ? { openPath: options.openPath } : {}),
    cacheDir,
    exporter: options.exporter ?? reportModuleExporter({ appRoot: options.appRoot, cacheDir, generator: `TCO Studio ${version}` }),
    openFile: options.openFile ?? platformOpener(),
    ...(options.log ? { log: options.log } : {}),
  });
  const host = await startWebHost({ api, staticDir: join(options.appRoot, 'dist', 'renderer'), ...(options.port !== undefined ? { port: options.port } : {}) });
  return { host, api };
}
