import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { RecentFile } from '../contract/host-api';
import { JsonStore } from './json-store';
import { MAX_RECENT_FILES } from './limits';
import { documentName } from './document-name';

const recentFileSchema = z.object({
  format: z.literal('tco-studio-recent/1'),
  files: z.array(z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() })).max(100),
});

/** The recent-documents list (newest first), kept in `<user data>/recent-files.json`. */
export class RecentFiles {
  private readonly store: JsonStore<z.infer<typeof recentFileSchema>>;

  constructor(userDataDir: string, onProblem?: (message: string) => void) {
    this.store = new JsonStore(join(userDataDir, 'recent-files.json'), recentFileSchema, onProblem);
  }

  /** Entries whose file still exists; moved or deleted files drop out of the list. */
  list(): RecentFile[] {
    return (this.store.read()?.files ?? []).filter((f) => existsSync(f.path));
  }

  has(path: string): boolean {
    return (this.store.read()?.files ?? []).some((f) => f.path === path);
  }

  add(path: string, now: Date): void {
    const rest = (this.store.read()?.files ?? []).filter((f) => f.path !== path);
    const files = [{ path, name: documentName(path), openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT_FILES);
    this.store.write({ format: 'tco-studio-recent/1', files });
  }
}
