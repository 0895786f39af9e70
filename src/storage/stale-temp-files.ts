import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_FILE } from './atomic-write';

/**
 * Age after which a temp file of writeFileAtomic is a leftover of a killed write. A live write
 * holds its temp file only while it writes and flushes data already in memory (seconds even for
 * a whole regional price file), so five minutes never catches a concurrent writer's temp file —
 * in this process, another command or the app — whatever its process id says.
 */
export const STALE_TEMP_AGE_MS = 5 * 60 * 1000;

/**
 * Removes, in each folder, the temp files of writeFileAtomic (".<name>.<pid>.<8 hex>.tmp", regular
 * files only) last modified more than `maxAgeMs` ago. Nothing else is touched, and a folder that is
 * missing or cannot be read or cleaned is skipped: a sweep never stops a start. Returns the paths removed.
 */
export function removeStaleTempFiles(dirs: readonly string[], now: number = Date.now(), maxAgeMs: number = STALE_TEMP_AGE_MS): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMP_FILE.test(name)) continue;
      const path = join(dir, name);
      try {
        const stat = lstatSync(path);
        if (!stat.isFile() || now - stat.mtimeMs <= maxAgeMs) continue;
        rmSync(path, { force: true });
        removed.push(path);
      } catch {
        // Gone already (another sweep) or not ours to remove: leave it.
      }
    }
  }
  return removed;
}

/** The sub-folders of `dir` (none if it cannot be read): e.g. the per-Region folders of the price cache. */
export function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}
