import { existsSync } from 'node:fs';
import { readScenarioText, scenarioFingerprint, ScenarioFileError } from '../storage/scenario-file';

/** The shape of a document version: the SHA-256 of the file's bytes, in hex. */
export const DOCUMENT_VERSION = /^[0-9a-f]{64}$/;

/**
 * A scenario file's version, as OpenedDocument.version and SavedScenario.version carry it: a hash
 * of its content, not its modification time, so a rewrite with other text within the same clock
 * tick still counts as a change, and a copy touched without changes does not.
 */
export function textVersion(text: string): string {
  return scenarioFingerprint(text).sha256;
}

/**
 * The version of the file now on disk: undefined when there is no file (a save then loses nothing),
 * 'unreadable' when it is no longer a scenario file the app can read (too large, not UTF-8, a
 * folder) — which never matches an expected version, so the user is asked before it is replaced.
 */
export function fileVersion(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return textVersion(readScenarioText(path));
  } catch (error) {
    if (error instanceof ScenarioFileError) return 'unreadable';
    throw error;
  }
}
