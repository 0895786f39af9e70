import { rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type * as z from 'zod';
import { mkdirPrivate, PRIVATE_FILE_MODE, removeDeadWritersTempFiles, writeFileAtomic } from '../storage/atomic-write';
import { readJsonFile } from '../storage/json-file';

/**
 * One small JSON file of app state (settings, recent files, window bounds, the recovery draft),
 * validated by a zod schema on every read and written atomically, so a crash mid-write leaves the
 * previous file. Readable by the user only (file 0o600, folders the store creates 0o700). A missing or damaged file reads as absent: app state is never worth a crash.
 */
export class JsonStore<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T, unknown>,
    private readonly onProblem: (message: string) => void = () => {},
  ) {}

  read(): T | undefined {
    const { value, problem, badContent } = readJsonFile(this.path, this.schema);
    if (problem) this.onProblem(badContent ? `${problem}; ignored` : problem);
    return value;
  }

  write(value: T): void {
    mkdirPrivate(dirname(this.path));
    removeDeadWritersTempFiles(dirname(this.path), basename(this.path));
    writeFileAtomic(this.path, `${JSON.stringify(value, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}
