import { createHash } from 'node:crypto';
import { MAX_SCENARIO_BYTES } from '../contract/limits';
import { FileShapeError, readRegularFileCapped } from './read-capped';
import { firstInvalidUtf8 } from './utf8-position';

/** Why a scenario file could not be read, as "<path>: <reason>", one line. */
export class ScenarioFileError extends Error {
  override readonly name = 'ScenarioFileError';
}

/**
 * Reads a scenario file's text, the one way the CLI and the hosts do it: a regular file (a FIFO or
 * device is refused at once, src/storage/read-capped.ts) of at most MAX_SCENARIO_BYTES (checked before
 * reading), and valid UTF-8 (a file in another encoding is refused, naming the first bad byte,
 * rather than read with replacement characters). The text is returned as on disk, byte-order mark included, so its
 * hash is the file's. Throws ScenarioFileError naming the path and what is wrong with the file; a
 * file-system failure (not found, permission denied) is thrown as it is, for each caller's own words.
 */
export function readScenarioText(path: string, options: { readonly noFollow?: boolean } = {}): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFileCapped(path, { maxBytes: MAX_SCENARIO_BYTES, ...options });
  } catch (error) {
    if (!(error instanceof FileShapeError)) throw error;
    if (error.problem === 'folder') throw new ScenarioFileError(`${path}: is a folder, not a scenario file`);
    if (error.problem === 'too-large') throw new ScenarioFileError(`${path}: is ${error.size} bytes; scenario files are limited to ${MAX_SCENARIO_BYTES} bytes`);
    throw new ScenarioFileError(error.message);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at ? ` (byte 0x${at.byte.toString(16).padStart(2, '0')} at line ${at.line}, column ${at.column})` : '';
    throw new ScenarioFileError(`${path}: is not UTF-8 text${where}; save the scenario as UTF-8`);
  }
}

/** A scenario text's fingerprint for the report (SHA-256 and size of its UTF-8 encoding, as the file on disk). */
export function scenarioFingerprint(text: string): { readonly sha256: string; readonly bytes: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
