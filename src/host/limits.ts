/**
 * Size limits of what the renderer may send or the host may read, besides the scenario's own
 * (src/contract/limits.ts, shared with the CLI and the report page).
 */
export const MAX_PATH_CHARS = 4096;
export const MAX_URL_CHARS = 2048;
/** Entries kept in the recent-documents list. */
export const MAX_RECENT_FILES = 10;
