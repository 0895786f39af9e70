import type * as z from 'zod';
import { FileShapeError, readRegularTextCapped } from './read-capped';

/**
 * Largest app-state or cache file read by default: a Region's price cache is a few megabytes, the
 * recovery draft holds one scenario (at most 5 MiB, up to six times that JSON-escaped).
 */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;

/** A JSON file read through a schema: its value, or why it cannot be used. An absent file is neither. */
export interface JsonFileRead<T> {
  readonly value?: T;
  /** "<path>: <reason>". */
  readonly problem?: string;
  /** The problem is the file's content (not JSON, or not the schema's shape) rather than reading it. */
  readonly badContent?: boolean;
}

/**
 * Reads, parses and validates one JSON file; never throws for a missing, unreadable or damaged file.
 * A FIFO, device or folder at the path, or a file over `maxBytes`, is a problem reported at once
 * (src/storage/read-capped.ts), never a hang.
 */
export function readJsonFile<T>(path: string, schema: z.ZodType<T, unknown>, maxBytes: number = MAX_JSON_FILE_BYTES): JsonFileRead<T> {
  let text: string;
  try {
    text = readRegularTextCapped(path, { maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    if (error instanceof FileShapeError) return { problem: error.message, badContent: true };
    return { problem: `${path}: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: `${path}: not valid JSON`, badContent: true };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${path}: ${issue ? `${issue.path.join('.') || '(file)'}: ${issue.message}` : 'invalid'}`, badContent: true };
  }
  return { value: parsed.data };
}
