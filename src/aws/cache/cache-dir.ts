import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where TCO Studio keeps its caches: $TCO_STUDIO_CACHE_DIR, else the user cache folder of the
 * platform — $XDG_CACHE_HOME or ~/.cache on Linux (XDG Base Directory Specification,
 * https://specifications.freedesktop.org/basedir-spec/latest/), ~/Library/Caches on macOS (Apple
 * File System Programming Guide, "The Library Directory Stores App-Specific Files"), and
 * %LOCALAPPDATA%\tco-studio\Cache on Windows (Known Folder FOLDERID_LocalAppData).
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.TCO_STUDIO_CACHE_DIR) return env.TCO_STUDIO_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'tco-studio', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'tco-studio');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'tco-studio');
}
