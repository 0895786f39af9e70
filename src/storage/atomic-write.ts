import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Mode of the files the app keeps for itself (settings, recent files, recovery drafts, window
 * state, price and spend caches): readable and writable by the user only. Documents the user saves
 * or exports (scenarios, reports) keep the user's usual permissions (0o666 less the umask), as
 * any editor's would: the user chose where they go and may mean to share them.
 */
export const PRIVATE_FILE_MODE = 0o600;
/** Mode of the folders the app creates for its own files (never a folder the user chose). */
export const PRIVATE_DIR_MODE = 0o700;

export interface AtomicWriteOptions {
  /** The new file's exact permissions (e.g. PRIVATE_FILE_MODE); absent: 0o666 less the umask. */
  readonly mode?: number;
}

/** Creates the app's own folder (and missing parents) readable by the user only; an existing folder is left as it is. */
export function mkdirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Writes a file atomically: the data goes to a temporary file in the same folder, is flushed to
 * disk, then renamed over the target. A crash or kill at any moment leaves either the previous
 * file or the new one, never a partial file (DESIGN convention 10). With `mode`, the file has
 * exactly those permissions from its creation on (set before any byte is written).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', options.mode ?? 0o666);
    // The umask may have taken bits off the requested mode; a private file's is exact.
    if (options.mode !== undefined && process.platform !== 'win32') fchmodSync(fd, options.mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Temp files of writeFileAtomic: ".<name>.<pid>.<8 hex>.tmp". */
export const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files of writeFileAtomic in `dir` left by a writer that was killed mid-write
 * (its process is gone); those of a live writer are kept. With `target`, only the temp files of
 * that file name.
 */
export function removeDeadWritersTempFiles(dir: string, target?: string): void {
  for (const name of readdirSync(dir)) {
    const m = TEMP_FILE.exec(name);
    if (!m || (target !== undefined && m[1] !== target)) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && !processAlive(pid)) rmSync(join(dir, name), { force: true });
  }
}

/** Writes an app-private file (caches, settings, drafts) atomically, readable by the user only. */
export function writePrivateFileAtomic(path: string, data: string | Uint8Array): void {
  writeFileAtomic(path, data, { mode: PRIVATE_FILE_MODE });
}
