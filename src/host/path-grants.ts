import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** What a granted path may be used for. */
export type GrantUse = 'open' | 'save' | 'export';

/** A folder whose files the renderer may name for some uses: the web host's documents, examples and downloads folders. */
export interface GrantedFolder {
  readonly dir: string;
  /** "the documents folder", for messages. */
  readonly label: string;
  readonly uses: readonly GrantUse[];
}

/**
 * Files the user has pointed the app at, the only ones the renderer may open, save or export to by
 * naming a path, so a compromised page cannot read or overwrite arbitrary files:
 * - exact paths: chosen in a native dialog (desktop), opened from the operating system (file
 *   association, or named on the web host's command line), or opened or saved before;
 * - files inside a granted folder (the web host, whose "dialog" is a path typed into the page, so a
 *   typed path is only trusted inside the folders the user gave the host: its documents folder for
 *   scenarios and exports, the examples for opening, the downloads folder for exports). A path in a
 *   folder is checked by its real path, so a symbolic link inside cannot lead out of it.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  constructor(private readonly folders: readonly GrantedFolder[] = []) {}

  grant(path: string): void {
    this.granted.add(comparablePath(path));
  }

  /**
   * The path to read or write for `path`, or null when it is not granted for `use`: the path
   * itself when the user chose exactly this file, else its real path (no symbolic links) when that
   * lies inside a granted folder.
   */
  resolve(path: string, use: GrantUse): string | null {
    if (this.chosen(path)) return path;
    const real = realTarget(path);
    if (real === null) return null;
    for (const folder of this.folders) {
      if (!folder.uses.includes(use)) continue;
      const root = realOrNull(folder.dir);
      if (root !== null && isInside(real, root)) return real;
    }
    return null;
  }

  /** The user chose exactly this file (dialog, operating system, command line, or opened it before). */
  chosen(path: string): boolean {
    return this.granted.has(comparablePath(path));
  }

  allows(path: string, use: GrantUse): boolean {
    return this.resolve(path, use) !== null;
  }

  /** "the documents folder (/home/me/Documents/TCO Studio)": where `use` is allowed, for a refusal's message; empty in the desktop app. */
  describe(use: GrantUse): string {
    return this.folders
      .filter((f) => f.uses.includes(use))
      .map((f) => `${f.label} (${f.dir})`)
      .join(' or ');
  }
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * The real path of an existing file, or of a new file's folder plus its name. Null for a dangling
 * link (writing through it would create a file wherever it points).
 */
function realTarget(path: string): string | null {
  const absolute = resolve(path);
  try {
    lstatSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
    // A new file: its nearest existing folder's real path plus the rest (a missing folder is then reported by the write).
    const parent = dirname(absolute);
    if (parent === absolute) return null;
    const dir = realTarget(parent);
    return dir === null ? null : join(dir, basename(absolute));
  }
  return realOrNull(absolute);
}

function isInside(path: string, root: string): boolean {
  const a = comparablePath(path);
  const r = comparablePath(root);
  return a.startsWith(r.endsWith(sep) ? r : r + sep);
}

/** A path in the form two paths to one file compare equal: absolute, and case-folded on Windows and macOS, whose default file systems are case-insensitive. */
export function comparablePath(path: string): string {
  const absolute = resolve(path);
  return process.platform === 'win32' || process.platform === 'darwin' ? absolute.toLowerCase() : absolute;
}
