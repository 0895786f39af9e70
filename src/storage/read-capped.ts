import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why a file was not read: it is not a regular file, or it is larger than the reader's limit. "<path>: <reason>", one line. */
export class FileShapeError extends Error {
  override readonly name = 'FileShapeError';

  constructor(
    readonly path: string,
    readonly problem: 'folder' | 'not-regular' | 'too-large',
    reason: string,
    /** For 'too-large': the size found (at least limit + 1). */
    readonly size?: number,
  ) {
    super(`${path}: ${reason}`);
  }
}

export interface ReadCappedOptions {
  /** Largest file accepted, in bytes; a larger one is refused before its content is read. */
  readonly maxBytes: number;
  /** Refuse a symbolic link as the last part of the path (for paths already resolved and checked). */
  readonly noFollow?: boolean;
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever. It changes
// nothing for regular files. Windows has neither flag (and no FIFOs on its file systems).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function describeKind(stat: Stats): string {
  if (stat.isDirectory()) return 'is a folder, not a file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  return 'is not a regular file';
}

/**
 * Reads a whole file, the one way the app reads files it did not just write itself: it opens the
 * path without blocking, checks on the open descriptor (fstat, so the file cannot be swapped after
 * the check) that it is a regular file, and reads at most `maxBytes`. A FIFO, device, socket or
 * folder named like a scenario or settings file is refused at once with FileShapeError instead of
 * hanging or filling memory; so is a file that is or grows larger than the limit. File-system
 * errors (not found, permission denied, a link with `noFollow`: ELOOP) are thrown as they are.
 */
export function readRegularFileCapped(path: string, options: ReadCappedOptions): Buffer {
  const flags = OPEN_FLAGS | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  const fd = openSync(path, flags);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileShapeError(path, stat.isDirectory() ? 'folder' : 'not-regular', describeKind(stat));
    const tooLarge = (size: number) => new FileShapeError(path, 'too-large', `is ${size} bytes; the limit for this file is ${options.maxBytes} bytes`, size);
    if (stat.size > options.maxBytes) throw tooLarge(stat.size);
    // Read until end of file, but never past one byte over the limit: a file that grew after fstat is refused too.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(stat.size - length, 64 * 1024), options.maxBytes + 1 - length));
      if (chunk.length === 0) throw tooLarge(length);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      length += n;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

/** readRegularFileCapped as UTF-8 text (invalid sequences become U+FFFD; readers that must refuse them decode the bytes themselves). */
export function readRegularTextCapped(path: string, options: ReadCappedOptions): string {
  return readRegularFileCapped(path, options).toString('utf8');
}
