import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type * as z from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';

/**
 * One small JSON file of app state (settings, recent files, window bounds, the recovery draft),
 * validated by a zod schema on every read and written atomically, so a crash mid-write leaves the
 * previous file. A missing or damaged file reads as absent: app state is never worth a crash.
 */
export class JsonStore<T> {
  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T, unknown>,
    private readonly onProblem: (message: string) => void = () => {},
  ) {}

  read(): T | undefined {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.onProblem(`${this.path}: ${(error as Error).message}`);
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.onProblem(`${this.path}: not valid JSON; ignored`);
      return undefined;
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      this.onProblem(`${this.path}: ${parsed.error.issues[0]?.path.join('.') || '(file)'}: ${parsed.error.issues[0]?.message ?? 'invalid'}; ignored`);
      return undefined;
    }
    return parsed.data;
  }

  write(value: T): void {
    mkdirSync(dirname(this.path), { recursive: true });
    sweepDeadWritersTempFiles(this.path);
    writeFileAtomic(this.path, `${JSON.stringify(value, null, 2)}\n`);
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files of writeFileAtomic (".<name>.<pid>.<hex>.tmp") left by a writer that was killed. */
function sweepDeadWritersTempFiles(path: string): void {
  const prefix = `.${basename(path)}.`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(dirname(path), name), { force: true });
  }
}
