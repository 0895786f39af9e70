import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the web host keeps settings, recent files and the recovery draft: $TCO_STUDIO_DATA_DIR,
 * else a "web" folder in the platform's per-user config folder — %APPDATA% on Windows,
 * ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config on Linux (the same roots
 * Electron's app.getPath('appData') uses), kept apart from the desktop app's own so that both
 * can run at once without sharing a recovery draft.
 */
export function defaultWebDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.TCO_STUDIO_DATA_DIR) return env.TCO_STUDIO_DATA_DIR;
  const config =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || join(home, '.config');
  return join(config, 'tco-studio', 'web');
}

/** Where the web host writes exports that have no path: $TCO_STUDIO_DOWNLOADS_DIR, ~/Downloads, or an "exports" folder of the data folder. */
export function defaultDownloadsDir(dataDir: string, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (env.TCO_STUDIO_DOWNLOADS_DIR) return env.TCO_STUDIO_DOWNLOADS_DIR;
  const downloads = join(home, 'Downloads');
  return existsSync(downloads) ? downloads : join(dataDir, 'exports');
}

/**
 * The web host's documents folder, the one place typed scenario paths may name (src/host/path-grants.ts):
 * $TCO_STUDIO_DOCUMENTS_DIR, a "TCO Studio" folder in ~/Documents, or a "documents" folder of the
 * data folder. Its own folder rather than all of ~/Documents, so a page that went wrong can touch
 * only the app's documents.
 */
export function defaultDocumentsDir(dataDir: string, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (env.TCO_STUDIO_DOCUMENTS_DIR) return env.TCO_STUDIO_DOCUMENTS_DIR;
  const documents = join(home, 'Documents');
  return existsSync(documents) ? join(documents, 'TCO Studio') : join(dataDir, 'documents');
}
