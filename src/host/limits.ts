/**
 * Size limits of what the renderer may send or the host may read. Scenarios are a few kilobytes;
 * anything near these limits is a mistake or an attack, not a model. The scenario limit matches
 * the CLI's (src/cli/scenario-file.ts).
 */
export const MAX_SCENARIO_CHARS = 5 * 1024 * 1024;
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_PATH_CHARS = 4096;
export const MAX_URL_CHARS = 2048;
/** Entries kept in the recent-documents list. */
export const MAX_RECENT_FILES = 10;
