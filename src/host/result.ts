import type { Result } from '../contract/host-api';
import { AwsFailure } from '../aws/aws-failure';
import { ScenarioError } from '../model/errors';
import { ReportExportError } from '../export/errors';
import { HostError } from './host-error';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (reason: string): Result<never> => ({ ok: false, reason });

/** File-system error codes a user can act on, with what to tell them. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'file or folder not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EEXIST: 'already exists',
  EMFILE: 'too many open files; try again',
  EBUSY: 'the file is in use by another program',
};

function firstLine(text: string): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** Errors whose message is written for the user: a refused request, an invalid scenario, an AWS failure, a report that could not be exported. Anything else is a bug worth a log line. */
export function isExpectedFailure(error: unknown): boolean {
  return error instanceof HostError || error instanceof ScenarioError || error instanceof AwsFailure || error instanceof ReportExportError;
}

/**
 * One line for the user from any error thrown inside the host. Typed errors already carry a
 * user-facing message; file-system errors are named by what went wrong and where; anything else
 * is reported by its first line, never with a stack (the renderer shows reasons as they are).
 */
export function describeFailure(error: unknown): string {
  if (isExpectedFailure(error)) return firstLine((error as Error).message);
  if (error instanceof Error) {
    const errno = error as NodeJS.ErrnoException;
    if (errno.code && FILE_ERRORS[errno.code]) return errno.path ? `${errno.path}: ${FILE_ERRORS[errno.code]}` : FILE_ERRORS[errno.code]!;
    return `unexpected error: ${firstLine(error.message) || error.name}`;
  }
  return `unexpected error: ${firstLine(String(error))}`;
}
