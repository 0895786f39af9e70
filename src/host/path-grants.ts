import { resolve } from 'node:path';

/**
 * Files the user has pointed the desktop app at: chosen in a dialog, opened from the operating
 * system (file association), or in the recent list. In the desktop app the renderer may open or
 * save an explicit path only if it is granted, so a compromised page cannot read or overwrite
 * arbitrary files by naming them. The web host has no dialogs; there the user types the path into
 * the page and every `.json` path is allowed (the random token already keeps other pages out).
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  constructor(private readonly enforced: boolean) {}

  grant(path: string): void {
    this.granted.add(comparablePath(path));
  }

  allows(path: string): boolean {
    return !this.enforced || this.granted.has(comparablePath(path));
  }
}

/** A path in the form two paths to one file compare equal: absolute, and case-folded on Windows and macOS, whose default file systems are case-insensitive. */
export function comparablePath(path: string): string {
  const absolute = resolve(path);
  return process.platform === 'win32' || process.platform === 'darwin' ? absolute.toLowerCase() : absolute;
}
