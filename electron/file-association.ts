import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

const SCENARIO_FILE = /\.json$/i;

/**
 * The scenario file in a command line: on Windows and Linux the OS opens an associated
 * `.tco.json` file by starting the app with its path as an argument (macOS sends 'open-file'
 * instead). Flags (Chromium's and Electron's own), the executable and the app folder are skipped;
 * the last existing `.json` file wins.
 */
export function scenarioPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  let found: string | undefined;
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !SCENARIO_FILE.test(arg)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    try {
      if (existsSync(path) && statSync(path).isFile()) found = path;
    } catch {
      // unreadable: not ours to open
    }
  }
  return found;
}
