import { renameSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import * as z from 'zod';
import type { RecoveryInfo } from '../contract/host-api';
import { MAX_SCENARIO_BYTES, MAX_SCENARIO_CHARS, MAX_SCENARIO_JSON_BYTES } from '../contract/limits';
import { FileShapeError, readRegularFileCapped } from '../storage/read-capped';
import { HostError } from './host-error';
import { JsonStore } from './json-store';
import { MAX_PATH_CHARS } from './limits';

/** The draft's folder inside the app's data folder. */
export const RECOVERY_FOLDER = 'recovery';

/** The document a draft belongs to: only ever a scenario file named by an absolute path. */
const SCENARIO_PATH = /\.tco\.json$/i;
const isScenarioPath = (p: string) => p.length <= MAX_PATH_CHARS && !p.includes('\0') && isAbsolute(p) && SCENARIO_PATH.test(p);

const draftSchema = z.object({
  format: z.literal('tco-studio-recovery/1'),
  text: z.string().max(MAX_SCENARIO_CHARS),
  path: z.string().refine(isScenarioPath, 'must be the absolute path of a .json scenario file').optional(),
  savedAt: z.string().max(100),
});

/** Largest draft file read back: one scenario's JSON document. Anything larger was not written by the app. */
export const MAX_DRAFT_FILE_BYTES = MAX_SCENARIO_JSON_BYTES;

/** Why a file could not be read as a bounded regular file. */
class UnusableFile extends Error {}

/**
 * Reads a regular file of at most `maxBytes` through the app's one capped reader
 * (src/storage/read-capped.ts), or throws UnusableFile saying why not; a missing file is undefined.
 */
function readDraftFile(path: string, maxBytes: number, followLinks: boolean): Buffer | undefined {
  try {
    return readRegularFileCapped(path, { maxBytes, noFollow: !followLinks });
  } catch (error) {
    if (error instanceof FileShapeError) {
      if (error.problem === 'too-large') throw new UnusableFile(`is ${error.size ?? 'more than'} bytes, more than the ${maxBytes} a draft may have`);
      throw new UnusableFile(error.message.slice(path.length + 2));
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new UnusableFile('is a symbolic link');
    throw new UnusableFile(`cannot be read (${code ?? (error as Error).message})`);
  }
}

/**
 * The autosaved draft of the open document, `<user data>/recovery/draft.json`, rewritten every few
 * seconds while there are unsaved changes. The host alone decides where it lives; the renderer
 * sends the text and, as metadata, the path of the document it belongs to (a .tco.json file), which is
 * never written to and is checked again when read. Every write is atomic, so a crash or kill at
 * any moment leaves the previous whole draft; the next start offers it back only if it differs
 * from what is saved on disk, so a clean exit or a save leaves nothing to restore.
 *
 * A draft that cannot be used — a symlink, a FIFO or device, larger than any draft the app writes,
 * unreadable, not JSON, not a draft — is set aside as `recovery.bad-<time>.json` beside it (kept
 * for the user, never offered back) and reported once through getRecovery; it never stops the host.
 */
export class RecoveryDraft {
  private readonly store: JsonStore<z.infer<typeof draftSchema>>;
  readonly dir: string;
  /** Why the last draft was set aside, until getRecovery reports it. */
  private notice: string | undefined;

  constructor(
    userDataDir: string,
    private readonly onProblem: (message: string) => void = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = join(userDataDir, RECOVERY_FOLDER);
    this.store = new JsonStore(join(this.dir, 'draft.json'), draftSchema, onProblem);
  }

  save(text: string, documentPath: string | undefined, now: Date): { savedAt: string } {
    if (documentPath !== undefined && !isScenarioPath(documentPath)) {
      throw new HostError(`the document's path must be the absolute path of the document's .tco.json file (got ${documentPath.slice(0, 200)})`);
    }
    const savedAt = now.toISOString();
    this.store.write({ format: 'tco-studio-recovery/1', text, ...(documentPath ? { path: documentPath } : {}), savedAt });
    return { savedAt };
  }

  /** Checks the draft at start: a bad one is set aside now, and reported by the next `pending()`. */
  inspect(): void {
    this.read();
  }

  /**
   * The draft, if there is one and it holds changes that are not in its saved file. Throws a
   * HostError once after a bad draft was set aside, so the user learns where it went.
   */
  pending(): RecoveryInfo | null {
    const draft = this.read();
    if (this.notice !== undefined) {
      const notice = this.notice;
      this.notice = undefined;
      throw new HostError(notice);
    }
    if (!draft) return null;
    if (draft.path !== undefined && savedText(draft.path) === draft.text) return null;
    return { text: draft.text, path: draft.path, savedAt: draft.savedAt };
  }

  clear(): void {
    this.notice = undefined;
    this.store.remove();
  }

  private read(): z.infer<typeof draftSchema> | undefined {
    const path = this.store.path;
    let problem: string;
    try {
      const bytes = readDraftFile(path, MAX_DRAFT_FILE_BYTES, false);
      if (bytes === undefined) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(bytes.toString('utf8'));
      } catch {
        throw new UnusableFile('is not valid JSON');
      }
      const parsed = draftSchema.safeParse(json);
      if (parsed.success) {
        if (Buffer.byteLength(parsed.data.text, 'utf8') <= MAX_SCENARIO_BYTES) return parsed.data;
        throw new UnusableFile(`holds a text larger than ${MAX_SCENARIO_BYTES} bytes`);
      }
      const issue = parsed.error.issues[0];
      throw new UnusableFile(`is not a recovery draft (${issue ? `${issue.path.join('.') || '(file)'}: ${issue.message}` : 'invalid'})`);
    } catch (error) {
      if (!(error instanceof UnusableFile)) throw error;
      problem = error.message;
    }
    this.setAside(path, problem);
    return undefined;
  }

  private setAside(path: string, problem: string): void {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const aside = join(this.dir, `recovery.bad-${stamp}.json`);
    try {
      renameSync(path, aside);
      this.notice = `The recovery draft ${path} ${problem}; it was set aside as ${aside} and not restored`;
    } catch (error) {
      this.notice = `The recovery draft ${path} ${problem} and could not be set aside (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it was not restored`;
    }
    this.onProblem(this.notice);
  }
}

/** The saved document's text, if it is a regular scenario-sized file (never a FIFO, device or endless file). */
function savedText(path: string): string | undefined {
  try {
    return readDraftFile(path, MAX_SCENARIO_BYTES, true)?.toString('utf8');
  } catch {
    return undefined;
  }
}
