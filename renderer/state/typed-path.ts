import type { AppInfo } from '../../src/contract/host-api';

/** Whether a typed path starts at the root of a disk ("/…", "C:\…", "\\server\…" on Windows). */
export function isAbsoluteTypedPath(path: string, platform: string | undefined): boolean {
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}/.test(path);
  return path.startsWith('/');
}

/** The path of `name` in the web host's documents folder (AppInfo.documentsDir); the name itself without one. */
export function inDocumentsFolder(info: Pick<AppInfo, 'documentsDir' | 'platform'> | undefined, name: string): string {
  if (!info?.documentsDir) return name;
  const sep = info.platform === 'win32' ? '\\' : '/';
  return `${info.documentsDir.endsWith(sep) ? info.documentsDir : info.documentsDir + sep}${name}`;
}

/**
 * The file a path typed into the web host's prompt names: a full path as typed, anything else inside the
 * documents folder (the one folder the web host saves to). `extension`, when given, is added to a name
 * that lacks it ("orders" → "orders.tco.json").
 */
export function resolveTypedPath(info: Pick<AppInfo, 'documentsDir' | 'platform'> | undefined, typed: string, extension?: string): string {
  const path = typed.trim();
  const named = extension !== undefined && !path.toLowerCase().endsWith(extension) && !/[\\/]$/.test(path) ? `${path}${extension}` : path;
  return isAbsoluteTypedPath(named, info?.platform) ? named : inDocumentsFolder(info, named);
}

/** A document name as a file name: characters no file system takes (and path separators) become spaces. */
export function fileNameOf(name: string): string {
  const cleaned = name
    .replace(/\.tco\.json$/i, '')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return cleaned || 'scenario';
}
