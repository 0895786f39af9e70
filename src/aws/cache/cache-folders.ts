import { join } from 'node:path';
import { subfolders } from '../../storage/stale-temp-files';

/** Every folder of the cache that files are written to atomically: the cache itself, prices/ and each Region's folder, and costs/. */
export function cacheWriteFolders(cacheDir: string): string[] {
  const prices = join(cacheDir, 'prices');
  return [cacheDir, prices, ...subfolders(prices), join(cacheDir, 'costs')];
}
