import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCacheDir } from '../aws/cache/cache-dir';
import { createHostApi, type HostApi } from './create-host-api';
import type { HostOptions } from './host-options';
import { reportModuleExporter } from './report-module-exporter';
import { defaultDownloadsDir, defaultWebDataDir } from './user-dirs';
import { startWebHost, type WebHost } from './web-host';

export interface WebAppOptions {
  /** The project or installed app folder: holds package.json, examples/ and dist/renderer/. */
  readonly appRoot: string;
  readonly port?: number;
  readonly dataDir?: string;
  readonly downloadsDir?: string;
  readonly cacheDir?: string;
  readonly exporter?: HostOptions['exporter'];
  readonly log?: HostOptions['log'];
}

function appVersion(appRoot: string): string {
  try {
    return String((JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: unknown }).version ?? '0.0.0');
  } catch {
    return '0.0.0';
  }
}

/** The host api in web mode (no dialogs, exports to the downloads folder, reports printed by a system Chromium) behind the local web host. */
export async function startWebApp(options: WebAppOptions): Promise<{ readonly host: WebHost; readonly api: HostApi }> {
  const userDataDir = options.dataDir ?? defaultWebDataDir();
  const version = appVersion(options.appRoot);
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const api = createHostApi({
    host: 'web',
    version,
    appRoot: options.appRoot,
    userDataDir,
    downloadsDir: options.downloadsDir ?? defaultDownloadsDir(userDataDir),
    cacheDir,
    exporter: options.exporter ?? reportModuleExporter({ appRoot: options.appRoot, cacheDir, generator: `TCO Studio ${version}` }),
    ...(options.log ? { log: options.log } : {}),
  });
  const host = await startWebHost({ api, staticDir: join(options.appRoot, 'dist', 'renderer'), ...(options.port !== undefined ? { port: options.port } : {}) });
  return { host, api };
}
