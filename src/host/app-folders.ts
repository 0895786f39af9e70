import { join } from 'node:path';
import { cacheWriteFolders } from '../aws/cache/cache-folders';
import { removeStaleTempFiles } from '../storage/stale-temp-files';
import { RECOVERY_FOLDER } from './recovery-draft';

/** Folders of app state under a data folder, written atomically: settings, recent files and window state, and the recovery draft. */
export function dataWriteFolders(userDataDir: string): string[] {
  return [userDataDir, join(userDataDir, RECOVERY_FOLDER)];
}

/**
 * Removes the temp files killed writes left in every folder the app writes atomically — the price
 * and cost cache, and each data folder given (settings, recent files, recovery) — if older than
 * STALE_TEMP_AGE_MS (src/storage/stale-temp-files.ts). Run at every CLI command's start and at host
 * start; never throws. Returns the paths removed.
 */
export function sweepAppFolders(cacheDir: string, dataDirs: readonly string[], now?: number): string[] {
  return removeStaleTempFiles([...cacheWriteFolders(cacheDir), ...dataDirs.flatMap(dataWriteFolders)], now);
}
