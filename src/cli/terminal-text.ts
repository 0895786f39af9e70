/**
 * Text from a scenario file (names, questions, workload names, notes) reaches the terminal inside
 * tables and messages. A hostile file could carry escape sequences that retitle the window, clear
 * the screen, move the cursor or reorder text on display, so everything printed for people passes
 * through here first. JSON output stays JSON: its string escapes already hide C0 controls, and the
 * few characters JSON.stringify leaves raw (C1 controls, bidi overrides) are written as \u escapes,
 * which changes no value.
 */

/** ESC or CSI (0x9b) sequences: CSI `ESC [ … final`, OSC `ESC ] … BEL|ST`, DCS/SOS/PM/APC `… ST`, two-byte `ESC x`. */
const ESCAPE_SEQUENCE =
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]?/g;

/**
 * Controls a terminal acts on: C0 except tab and newline (a carriage return survives only before a
 * newline, as in CSV's CRLF), DEL, C1 (0x80–0x9f), and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make text display in an order other than its own.
 */
const CONTROL = /\r(?!\n)|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print to a terminal: escape sequences removed whole, then every other control character. */
export function terminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Characters JSON.stringify leaves raw that a terminal or a text viewer still acts on. */
const JSON_RAW_CONTROL = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON text with C1 controls and bidi controls written as \u escapes: the same JSON value, safe to show. */
export function terminalJson(json: string): string {
  return json.replace(JSON_RAW_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A command's stdout as printed: a JSON document keeps its value (escaped as above); any other output is stripped. */
export function terminalOutput(stdout: string): string {
  if (stdout === '') return stdout;
  const first = stdout.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      JSON.parse(stdout);
      return terminalJson(stdout);
    } catch {
      // Not a JSON document: a table or text that happens to start with a bracket.
    }
  }
  return terminalText(stdout);
}
