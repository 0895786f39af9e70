/**
 * Size limits of a scenario, the one home of this fact: the CLI and the hosts refuse larger files,
 * the host refuses larger texts from the renderer, the report page refuses larger input, and the web
 * host's request body limit is derived from it. Scenarios are a few kilobytes; anything near this is
 * a mistake or an attack, not a model.
 */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/**
 * The same limit for a scenario held as a JavaScript string (UTF-16 code units). A text of at most
 * MAX_SCENARIO_BYTES bytes of UTF-8 never has more code units than bytes, so checking a string's
 * length against the same number admits every file the byte limit admits.
 */
export const MAX_SCENARIO_CHARS = MAX_SCENARIO_BYTES;

/**
 * Largest JSON document that carries one scenario text: a request body to the web host, a recovery
 * draft on disk. JSON escaping makes one byte of text at most six bytes (a control character as
 * \u00XX), so any scenario within MAX_SCENARIO_BYTES fits, plus 64 KiB for the envelope around it
 * (a path, a variant name, flags, a time).
 */
export const MAX_SCENARIO_JSON_BYTES = 6 * MAX_SCENARIO_BYTES + 64 * 1024;
