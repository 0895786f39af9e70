import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The real recorded AWS data the tests read: trimmed copies kept in the repository
 * (test/fixtures/aws/README.md names the source and date of each), so a lone clone tests alike.
 */
export const AWS_FIXTURES_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'aws');

/** The path of one recorded AWS file, relative to test/fixtures/aws. */
export function awsFixturePath(relative: string): string {
  return join(AWS_FIXTURES_DIR, relative);
}

export const EXAMPLES_DIR = join(PROJECT_ROOT, 'examples');
export const CLI = join(PROJECT_ROOT, 'bin', 'tco-studio.cjs');

/** CSV files in the layout the Cost Explorer console downloads (test/fixtures/cost-explorer-csv/README.md names each one's origin). */
export function costExplorerCsvPath(name: string): string {
  return join(PROJECT_ROOT, 'test', 'fixtures', 'cost-explorer-csv', name);
}
