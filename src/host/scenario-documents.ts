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

/** Scenario files, the only files the hosts open or save as scenarios. */
const SCENARIO_FILE = /\.tco\.json$/i;

/** The file's text (src/storage/scenario-file.ts); what is wrong with the file as a HostError, file-system errors as they are. */
function readScenarioFileText(path: string, noFollow: boolean): string {
  try {
    return readScenarioText(path, { noFollow });
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
    let target: string;
    if (path === undefined) {
      if (!this.deps.dialogs) throw new HostError('give the path of a .tco.json file (the web host has no file dialog)');
      const chosen = await this.deps.dialogs.chooseScenarioToOpen();
      if (chosen === null) return null;
      path = target = chosen;
      this.deps.grants.grant(path);
    } else {
      // A file in the recent list was chosen before (in an earlier session): opening it grants it again.
      target = this.deps.recent.has(path) ? path : this.grantedTarget(path, 'open');
    }
    if (!SCENARIO_FILE.test(path) || !SCENARIO_FILE.test(target)) throw new HostError(`${path} is not a scenario file (expected a .tco.json file)`);
    // A path resolved inside a granted folder is read as resolved, refusing a link swapped in since.
    const text = readScenarioFileText(target, target !== path);
    // Parsed before anything is returned or remembered: only a scenario leaves the host, never another file's content.
    parseOpenedScenario(path, text);
    // A file chosen by itself may be saved back; one found in a granted folder only as that folder allows (the examples: never).
    if (target === path && (this.deps.grants.chosen(path) || this.deps.recent.has(path))) this.deps.grants.grant(path);
    this.remember(path);
    return { text, path, name: documentName(path), version: textVersion(text) };
  }

  async save(request: SaveScenarioRequest): Promise<SavedScenario | SaveConflict | null> {
    // Validate before asking where: an invalid scenario is reported with its field path, never written.
    const scenario = parseScenarioJsonForSave(request.text);
    let path = request.saveAs ? undefined : request.path;
    let target: string;
    if (path === undefined) {
      if (!this.deps.dialogs) throw new HostError('give the path to save to (the web host has no file dialog)');
      const chosen = await this.deps.dialogs.chooseSavePath('scenario', `${safeFileName(scenario.name)}.tco.json`);
      if (chosen === null) return null;
      path = target = SCENARIO_FILE.test(chosen) ? chosen : `${chosen}.tco.json`;
      this.deps.grants.grant(path);
    } else {
      if (!SCENARIO_FILE.test(path)) throw new HostError(`${path}: a scenario file's name must end in .tco.json`);
      target = this.grantedTarget(path, 'save');
      // Another window or program saved since this document was opened or saved: ask, never overwrite silently.
      // No await between this check and the write, so saves through this host cannot interleave.
      if (request.expectedVersion !== undefined && request.force !== true) {
        const onDisk = fileVersion(target);
        if (onDisk !== undefined && onDisk !== request.expectedVersion) return { conflict: 'changed-on-disk', path };
      }
    }
    writeFileAtomic(target, request.text);
    this.remember(path);
    return { path, version: textVersion(request.text) };
  }

  /** The file to touch for a path the renderer named, if granted (src/host/path-grants.ts); else a HostError saying where files may be. */
  private grantedTarget(path: string, use: 'open' | 'save'): string {
    const target = this.deps.grants.resolve(path, use);
    if (target !== null) return target;
    const where = this.deps.grants.describe(use);
    if (!where) {
      throw new HostError(use === 'open' ? `${path} was not chosen in a dialog or opened from the system; use File > Open` : `${path} was not chosen in a dialog or opened before; use File > Save As`);
    }
    throw new HostError(`${path} is outside the folders the web host may ${use === 'open' ? 'open from' : 'save to'}: ${where}; move the file there, or start the web host with --documents-dir naming its folder`);
  }

  private remember(path: string): void {
    this.deps.recent.add(path, this.deps.now());
    this.deps.onRecentDocument?.(path);
  }
}

function parseOpenedScenario(path: string, text: string): void {
  try {
    parseScenarioJson(text);
  } catch (error) {
    if (error instanceof ScenarioError) throw new HostError(`${path} is not a valid TCO Studio scenario: ${error.message}`);
    throw error;
  }
}

function parseScenarioJsonForSave(text: string) {
  try {
    return parseScenarioJson(text);
  } catch (error) {
    if (error instanceof ScenarioError) throw new HostError(`the scenario is invalid: ${error.message}`);
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
