import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../../src/contract/host-api';
import { createHostApi, type HostApi } from '../../../src/host/create-host-api';
import type { HostDialogs, HostOptions, SaveKind } from '../../../src/host/host-options';
import { EXAMPLES_DIR, PROJECT_ROOT } from '../../support/paths';

/** Dialogs that answer from a queue and record what they were asked; an empty queue means "cancel". */
export class FakeDialogs implements HostDialogs {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly asked: { kind: 'open' | SaveKind; defaultName?: string }[] = [];

  async chooseScenarioToOpen(): Promise<string | null> {
    this.asked.push({ kind: 'open' });
    return this.openAnswers.shift() ?? null;
  }

  async chooseSavePath(kind: SaveKind, defaultName: string): Promise<string | null> {
    this.asked.push({ kind, defaultName });
    return this.saveAnswers.shift() ?? null;
  }
}

export interface HostFixture {
  readonly api: HostApi;
  readonly root: string;
  readonly userDataDir: string;
  readonly cacheDir: string;
  readonly docsDir: string;
  readonly downloadsDir: string;
  readonly dialogs: FakeDialogs;
  readonly logged: string[];
  readonly documentStates: { title: string; dirty: boolean }[];
  readonly opened: string[];
  /** What revealExport asked the injected opener to open or show. */
  readonly revealed: { path: string; action: 'open' | 'folder' }[];
  cleanup(): void;
}

const roots: string[] = [];

/** A host api over fresh temporary folders, with fake dialogs; electron mode unless told otherwise; in web mode `docsDir` is the documents folder. */
export function hostFixture(overrides: Partial<HostOptions> & { readonly withDialogs?: boolean } = {}): HostFixture {
  const root = mkdtempSync(join(tmpdir(), 'tco-host-'));
  roots.push(root);
  const dirs = { userDataDir: join(root, 'user-data'), cacheDir: join(root, 'cache'), docsDir: join(root, 'docs'), downloadsDir: join(root, 'downloads') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const dialogs = new FakeDialogs();
  const logged: string[] = [];
  const documentStates: { title: string; dirty: boolean }[] = [];
  const opened: string[] = [];
  const revealed: { path: string; action: 'open' | 'folder' }[] = [];
  const { withDialogs = true, ...options } = overrides;
  const api = createHostApi({
    host: 'electron',
    version: '9.9.9',
    appRoot: PROJECT_ROOT,
    userDataDir: dirs.userDataDir,
    cacheDir: dirs.cacheDir,
    ...(withDialogs ? { dialogs } : {}),
    openExternal: async (url) => void opened.push(url),
    openFile: async (path, action) => void revealed.push({ path, action }),
    onDocumentState: (s) => void documentStates.push({ ...s }),
    log: (message) => void logged.push(message),
    // The web host's documents folder (its typed paths may name files inside it only).
    ...(options.host === 'web' ? { documentsDir: dirs.docsDir } : {}),
    ...options,
  });
  return { api, root, ...dirs, dialogs, logged, documentStates, opened, revealed, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function cleanupFixtures(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

export const exampleText = (id: string) => readFileSync(join(EXAMPLES_DIR, `${id}.tco.json`), 'utf8');

/** A valid scenario text (the PostgreSQL example) whose name says who wrote it: tells saved versions apart. */
export const namedScenarioText = (label: string) => exampleText('postgres-oltp-ha').replace(/"name": "[^"]*"/, `"name": "${label}"`);

/** The value of an ok Result, or a test failure that shows the reason. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result.value;
}

export function reason(result: Result<unknown>): string {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)?.slice(0, 200)}`);
  return result.reason;
}
