import { join } from 'node:path';
import * as z from 'zod';
import type { RecoveryInfo } from '../contract/host-api';
import { MAX_SCENARIO_BYTES } from '../contract/limits';
import { readRegularTextCapped } from '../storage/read-capped';
import { JsonStore } from './json-store';

const draftSchema = z.object({
  format: z.literal('tco-studio-recovery/1'),
  text: z.string(),
  path: z.string().optional(),
  savedAt: z.string(),
});

/**
 * The autosaved draft of the open document, `<user data>/recovery/draft.json`, rewritten every few
 * seconds while there are unsaved changes. Every write is atomic, so a crash or kill at any moment
 * leaves the previous whole draft; the next start offers it back only if it differs from what is
 * saved on disk, so a clean exit or a save leaves nothing to restore.
 */
export class RecoveryDraft {
  private readonly store: JsonStore<z.infer<typeof draftSchema>>;

  constructor(userDataDir: string, onProblem?: (message: string) => void) {
    this.store = new JsonStore(join(userDataDir, 'recovery', 'draft.json'), draftSchema, onProblem);
  }

  save(text: string, documentPath: string | undefined, now: Date): { savedAt: string } {
    const savedAt = now.toISOString();
    this.store.write({ format: 'tco-studio-recovery/1', text, ...(documentPath ? { path: documentPath } : {}), savedAt });
    return { savedAt };
  }

  /** The draft, if there is one and it holds changes that are not in its saved file. */
  pending(): RecoveryInfo | null {
    const draft = this.store.read();
    if (!draft) return null;
    if (draft.path !== undefined && savedText(draft.path) === draft.text) return null;
    return { text: draft.text, path: draft.path, savedAt: draft.savedAt };
  }

  clear(): void {
    this.store.remove();
  }
}

function savedText(path: string): string | undefined {
  try {
    return readRegularTextCapped(path, { maxBytes: MAX_SCENARIO_BYTES });
  } catch {
    return undefined;
  }
}
