import { spawn } from 'node:child_process';
import { appendFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RevealExportRequest } from '../contract/host-api';
import { HostError } from './host-error';
import { comparablePath } from './path-grants';

export type RevealAction = RevealExportRequest['action'];

/**
 * Opens a file in its default app ('open') or shows it in the file manager ('folder'). Injected:
 * the desktop app's uses Electron's shell, the web host's spawns the platform's opener, tests record.
 */
export type FileOpener = (path: string, action: RevealAction) => Promise<void>;

/**
 * The reports this host session wrote: the only files the renderer may ask to open or show, so a
 * compromised page cannot make the host open an arbitrary file or program.
 */
export class ExportedFiles {
  private readonly paths = new Set<string>();

  add(path: string): void {
    this.paths.add(comparablePath(path));
  }

  has(path: string): boolean {
    return this.paths.has(comparablePath(path));
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Opens or shows an exported report; refuses any other path, and a report deleted or moved since. */
export async function revealExport(request: RevealExportRequest, exported: ExportedFiles, opener: FileOpener | undefined): Promise<null> {
  if (!exported.has(request.path)) throw new HostError('only a file this app exported can be opened');
  if (!isFile(request.path)) throw new HostError(`${request.path} is no longer there (moved or deleted since it was exported)`);
  if (!opener) throw new HostError('this host cannot open files');
  await opener(request.path, request.action);
  return null;
}

/**
 * The platform's opener and its arguments, never through a shell: `open [-R] file` (macOS),
 * `explorer.exe [/select,]file` (Windows), `xdg-open file|folder` (Linux and the rest, which have no
 * portable "select this file"). The path is absolute (checked by the request schema), so it cannot
 * be read as an option.
 */
export function openerCommand(path: string, action: RevealAction, platform: string): { readonly command: string; readonly args: readonly string[] } {
  if (platform === 'darwin') return { command: 'open', args: action === 'folder' ? ['-R', path] : [path] };
  if (platform === 'win32') return { command: 'explorer.exe', args: [action === 'folder' ? `/select,${path}` : path] };
  return { command: 'xdg-open', args: [action === 'folder' ? dirname(path) : path] };
}

/** The web host's opener: starts the platform's opener detached, without a shell, and does not wait for it. */
export function platformOpener(platform: string = process.platform): FileOpener {
  return (path, action) => {
    const { command, args } = openerCommand(path, action, platform);
    return new Promise<void>((resolve, reject) => {
      const child = spawn(command, args, { shell: false, detached: true, stdio: 'ignore' });
      child.once('error', (error) => reject(new HostError(`could not start ${command} to open the report: ${error.message}`)));
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    });
  };
}

/**
 * A test seam (TCO_STUDIO_OPENER_LOG): records each request as a JSON line — the action, the
 * exported file and what the platform opener would be given — instead of opening anything.
 */
export function recordingOpener(logFile: string, platform: string = process.platform): FileOpener {
  return async (path, action) => {
    appendFileSync(logFile, `${JSON.stringify({ action, path, opener: openerCommand(path, action, platform) })}\n`);
  };
}
