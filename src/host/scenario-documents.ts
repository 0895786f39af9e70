import type { OpenedDocument, SaveConflict, SavedScenario, SaveScenarioRequest } from '../contract/host-api';
import { ScenarioError } from '../model/errors';
import { parseScenarioJson } from '../model/parse-scenario';
import { writeFileAtomic } from '../storage/atomic-write';
import { readScenarioText, ScenarioFileError } from '../storage/scenario-file';
import { documentName } from './document-name';
import { fileVersion, textVersion } from './document-version';
import { HostError } from './host-error';
import type { HostDialogs } from './host-options';
import type { PathGrants } from './path-grants';
import type { RecentFiles } from './recent-files';

const JSON_FILE = /\.json$/i;

/** The file's text (src/storage/scenario-file.ts); what is wrong with the file as a HostError, file-system errors as they are. */
function readScenarioFileText(path: string): string {
  try {
    return readScenarioText(path);
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new HostError(error.message);
    throw error;
  }
}

export interface ScenarioDocumentsDeps {
  readonly dialogs: HostDialogs | undefined;
  readonly grants: PathGrants;
  readonly recent: RecentFiles;
  readonly now: () => Date;
  readonly onRecentDocument?: ((path: string) => void) | undefined;
}

/**
 * Opening and saving `.tco.json` files. A save is validated with the same parser as the CLI first,
 * so an invalid scenario is never written, and is atomic (temp file + rename), so a crash
 * mid-save leaves the previous file.
 */
export class ScenarioDocuments {
  constructor(private readonly deps: ScenarioDocumentsDeps) {}

  async open(request: { readonly path?: string | undefined }): Promise<OpenedDocument | null> {
    let path = request.path;
    if (path === undefined) {
      if (!this.deps.dialogs) throw new HostError('openScenario: path: give the path of a .tco.json file (the web host has no file dialog)');
      const chosen = await this.deps.dialogs.chooseScenarioToOpen();
      if (chosen === null) return null;
      path = chosen;
      this.deps.grants.grant(path);
    } else if (!this.deps.grants.allows(path) && !this.deps.recent.has(path)) {
      throw new HostError(`openScenario: ${path} was not chosen in a dialog or opened from the system; use File > Open`);
    }
    if (!JSON_FILE.test(path)) throw new HostError(`openScenario: ${path}: not a scenario file (expected a .tco.json file)`);
    const text = readScenarioFileText(path);
    this.deps.grants.grant(path);
    this.remember(path);
    return { text, path, name: documentName(path), version: textVersion(text) };
  }

  async save(request: SaveScenarioRequest): Promise<SavedScenario | SaveConflict | null> {
    // Validate before asking where: an invalid scenario is reported with its field path, never written.
    const scenario = parseScenarioJsonForSave(request.text);
    let path = request.saveAs ? undefined : request.path;
    if (path === undefined) {
      if (!this.deps.dialogs) throw new HostError('saveScenario: path: give the path to save to (the web host has no file dialog)');
      const chosen = await this.deps.dialogs.chooseSavePath('scenario', `${safeFileName(scenario.name)}.tco.json`);
      if (chosen === null) return null;
      path = JSON_FILE.test(chosen) ? chosen : `${chosen}.tco.json`;
      this.deps.grants.grant(path);
    } else {
      if (!this.deps.grants.allows(path) && !this.deps.recent.has(path)) {
        throw new HostError(`saveScenario: ${path} was not chosen in a dialog or opened before; use File > Save As`);
      }
      if (!JSON_FILE.test(path)) throw new HostError(`saveScenario: path: must end in .tco.json (got ${path})`);
      // Another window or program saved since this document was opened or saved: ask, never overwrite silently.
      // No await between this check and the write, so saves through this host cannot interleave.
      if (request.expectedVersion !== undefined && request.force !== true) {
        const onDisk = fileVersion(path);
        if (onDisk !== undefined && onDisk !== request.expectedVersion) return { conflict: 'changed-on-disk', path };
      }
    }
    writeFileAtomic(path, request.text);
    this.remember(path);
    return { path, version: textVersion(request.text) };
  }

  private remember(path: string): void {
    this.deps.recent.add(path, this.deps.now());
    this.deps.onRecentDocument?.(path);
  }
}

function parseScenarioJsonForSave(text: string) {
  try {
    return parseScenarioJson(text);
  } catch (error) {
    if (error instanceof ScenarioError) throw new HostError(`not saved: the scenario is invalid: ${error.message}`);
    throw error;
  }
}

/** A default file name from a scenario name: no path separators or characters Windows forbids. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80);
  return cleaned || 'scenario';
}
