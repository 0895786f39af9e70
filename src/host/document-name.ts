import { basename } from 'node:path';

/** The name a document is shown by: its file name without `.tco.json` (or `.json`). */
export function documentName(path: string): string {
  return basename(path).replace(/\.tco\.json$/i, '').replace(/\.json$/i, '');
}
