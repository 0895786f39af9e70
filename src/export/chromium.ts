import { accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';
import { ReportExportError } from './errors';

/**
 * Where to look for a Chromium-family browser to print with, after $CHROMIUM_PATH: Debian/Ubuntu
 * packages, Google Chrome, and the usual macOS and Windows install folders. playwright-core never
 * downloads a browser, so one of these must exist (CI installs Debian's chromium with apt).
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((r) => [
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Chromium', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: the explicit path, else $CHROMIUM_PATH, else the first usual location
 * that exists. An explicit path or $CHROMIUM_PATH that does not exist is an error (not silently
 * replaced by another browser).
 */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const chosen = explicit ?? env.CHROMIUM_PATH;
  if (chosen) {
    if (isExecutable(chosen)) return chosen;
    throw new ReportExportError(
      'chromium-not-found',
      `Chromium not found at ${chosen} (${explicit ? 'the path given' : 'CHROMIUM_PATH'}); set CHROMIUM_PATH to a Chromium, Chrome or Edge executable, or install Chromium (Debian/Ubuntu: apt-get install chromium)`,
    );
  }
  const found = chromiumCandidates(env, platform).find(isExecutable);
  if (found) return found;
  throw new ReportExportError(
    'chromium-not-found',
    'Chromium not found: PDF and HTML reports are printed by a Chromium-based browser. Install Chromium (Debian/Ubuntu: apt-get install chromium) or Google Chrome, or set CHROMIUM_PATH to its executable',
  );
}

/** Launch flags that work headless in containers and CI (reference/toolchain.md §3); no network use. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
] as const;
