import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Overrides where the offline price snapshot is read from (tests, a custom build). */
export const SNAPSHOT_DIR_ENV = 'TCO_STUDIO_SNAPSHOT_DIR';
/** The snapshot's folder name beside a bundle (dist/cli/price-snapshot) and in the packaged app's resources. */
export const SNAPSHOT_ASSET_FOLDER = 'price-snapshot';
/** Where the snapshot lives in the source tree, relative to the project folder. */
export const SNAPSHOT_SOURCE_FOLDER = join('src', 'pricing', 'snapshot');

function projectFolder(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'tco-studio') return dir;
    } catch {
      // no package.json here, or not ours: keep looking
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface SnapshotDirOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Electron's `process.resourcesPath` (the packaged app's extraResources). */
  readonly resourcesPath?: string | undefined;
  /** The folder of the running bundle (`__dirname`). */
  readonly moduleDir?: string | undefined;
  readonly cwd?: string;
}

/**
 * The folder holding the snapshot's index.json and Region files, first found of:
 * $TCO_STUDIO_SNAPSHOT_DIR (used as given, found or not); the packaged desktop app's resources
 * (`<resources>/price-snapshot`, electron-builder extraResources); the source tree of the project
 * this code runs from (the dev tree, the CLI in a clone, `npm start`, the web host); a copy beside
 * the bundle (`dist/cli/price-snapshot`, made by scripts/build-cli.mjs). When none has an index,
 * the source-tree path, so the "cannot read" message names where it was expected.
 */
export function findSnapshotDir(options: SnapshotDirOptions = {}): string {
  const env = options.env ?? process.env;
  if (env[SNAPSHOT_DIR_ENV]) return resolve(env[SNAPSHOT_DIR_ENV]);
  const resourcesPath = 'resourcesPath' in options ? options.resourcesPath : (process as { resourcesPath?: string }).resourcesPath;
  const moduleDir = 'moduleDir' in options ? options.moduleDir : typeof __dirname === 'string' ? __dirname : undefined;
  const cwd = options.cwd ?? process.cwd();
  const project = (moduleDir ? projectFolder(moduleDir) : undefined) ?? projectFolder(cwd);
  const candidates = [
    ...(resourcesPath ? [join(resourcesPath, SNAPSHOT_ASSET_FOLDER)] : []),
    ...(project ? [join(project, SNAPSHOT_SOURCE_FOLDER)] : []),
    ...(moduleDir ? [join(moduleDir, SNAPSHOT_ASSET_FOLDER)] : []),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.json'))) ?? join(project ?? cwd, SNAPSHOT_SOURCE_FOLDER);
}
