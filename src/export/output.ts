import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-write';
import { ReportExportError } from './errors';

/**
 * Checks, before any work, that a report can be written at this path: the folder exists and is
 * writable, and the path is not a folder. Returns the absolute path.
 */
export function checkOutputPath(path: string): string {
  if (!path || !path.trim()) throw new ReportExportError('bad-output', 'no output path given');
  const abs = resolve(path);
  if (existsSync(abs) && statSync(abs).isDirectory()) throw new ReportExportError('bad-output', `${path}: is a folder; give a file name, e.g. ${join(path, 'report.pdf')}`);
  const dir = dirname(abs);
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new ReportExportError('bad-output', `${path}: the folder ${dir} does not exist`);
  }
  if (!stat.isDirectory()) throw new ReportExportError('bad-output', `${path}: ${dir} is not a folder`);
  // Create and remove a probe file: the only reliable test (access() says yes to root on read-only file systems).
  const probe = join(dir, `.tco-write-test-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (error) {
    throw new ReportExportError('bad-output', `${path}: the folder ${dir} is not writable (${reason(error)})`);
  }
  rmSync(probe, { force: true });
  return abs;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}

/** Writes a file atomically (temp file + rename): on any failure no partial file is left and the previous file, if any, is kept. */
export function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileAtomic(path, data);
  } catch (error) {
    throw new ReportExportError('write-failed', `${path}: could not write the report (${reason(error)}); nothing was written`);
  }
}

/**
 * Writes several files as one export: each atomically, and when a later one fails, the files this
 * export created are removed again, so an export is either complete or absent.
 */
export function writeOutputs(files: readonly { readonly path: string; readonly data: string | Uint8Array }[]): void {
  const created: string[] = [];
  try {
    for (const f of files) {
      const existed = existsSync(f.path);
      writeOutput(f.path, f.data);
      if (!existed) created.push(f.path);
    }
  } catch (error) {
    for (const p of created) rmSync(p, { force: true });
    throw error;
  }
}

/** The monthly projection file written beside a cost-line CSV: report.csv → report.projection.csv. */
export function projectionCsvPath(linesPath: string): string {
  const ext = extname(linesPath);
  const stem = ext.toLowerCase() === '.csv' ? basename(linesPath, ext) : basename(linesPath);
  return join(dirname(linesPath), `${stem}.projection.csv`);
}
