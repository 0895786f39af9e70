import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared AWS price samples beside the project (../shared), or SHARED_DIR. Tests read them in place. */
export const SAMPLES_DIR = join(process.env.SHARED_DIR ?? resolve(PROJECT_ROOT, '../shared'), 'aws-pricing-samples');

export function requireSamples(): string {
  if (!existsSync(SAMPLES_DIR)) {
    throw new Error(`AWS price samples not found at ${SAMPLES_DIR}; put the shared folder beside the project or set SHARED_DIR`);
  }
  return SAMPLES_DIR;
}

export const EXAMPLES_DIR = join(PROJECT_ROOT, 'examples');
export const CLI = join(PROJECT_ROOT, 'bin', 'tco-studio.cjs');
