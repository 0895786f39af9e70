/**
 * A cache folder TCO Studio could not write to: full, read-only, not permitted, or not a folder.
 * The message names the folder and the cause in words, with the system's code, so the user can
 * act on it ("cannot write the price cache in /home/me/.cache/tco-studio/prices: the disk is
 * full (ENOSPC)"). What was fetched is not lost by this error: the caller still holds it.
 */
export class CacheWriteError extends Error {
  override readonly name = 'CacheWriteError';
  constructor(
    readonly cache: 'price cache' | 'cost cache',
    readonly dir: string,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`cannot write the ${cache} in ${dir}: ${reason} (${code})`);
  }
}

const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a file it needs is a folder',
  EEXIST: 'a file is in the way of a folder',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
  EIO: 'the disk reported an input/output error',
};

/** The CacheWriteError for a file-system error met while writing a cache; any other error as it is. */
export function asCacheWriteError(error: unknown, cache: CacheWriteError['cache'], dir: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  return new CacheWriteError(cache, dir, code, CAUSES[code] ?? (error as Error).message.split('\n')[0]!);
}

/** Writes a whole file; the cache's own atomic write unless a test or a caller passes another. */
export type FileWriter = (path: string, data: string) => void;
