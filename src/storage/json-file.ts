import { readFileSync } from 'node:fs';
import type * as z from 'zod';

/** A JSON file read through a schema: its value, or why it cannot be used. An absent file is neither. */
export interface JsonFileRead<T> {
  readonly value?: T;
  /** "<path>: <reason>". */
  readonly problem?: string;
  /** The problem is the file's content (not JSON, or not the schema's shape) rather than reading it. */
  readonly badContent?: boolean;
}

/** Reads, parses and validates one JSON file; never throws for a missing, unreadable or damaged file. */
export function readJsonFile<T>(path: string, schema: z.ZodType<T, unknown>): JsonFileRead<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
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
