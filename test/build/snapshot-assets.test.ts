import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';

/**
 * The offline price snapshot is data beside the code (DESIGN.md): one Brotli file per Region plus
 * an index, read at run time by the Node side (src/aws/snapshot/), never imported into a bundle.
 */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** A price key only the snapshot data holds as a whole string (code builds keys from their parts). */
const KNOWN_KEY = 'ec2/instance/us-east-1/m5.large';

describe('the price snapshot stays out of the JS bundles', () => {
  it('no source file imports a JSON file of src/pricing/snapshot', () => {
    const offenders = ['src', 'renderer', 'electron']
      .flatMap((d) => files(join(PROJECT_ROOT, d), /\.(ts|tsx|mts|js|mjs|cjs)$/))
      .filter((path) => /(from|import\()\s*['"][^'"]*snapshot\/[^'"]*\.json['"]/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(PROJECT_ROOT, path));
    expect(offenders).toEqual([]);
    expect(existsSync(join(PROJECT_ROOT, 'src', 'pricing', 'snapshot', 'snapshot.json'))).toBe(false);
  });

  it('the built renderer (app, report page, Monte Carlo worker) and the CLI bundle hold no snapshot prices', () => {
    // Built by the test setup (test/support/global-setup.ts) from the current source.
    const bundles = [...files(join(PROJECT_ROOT, 'dist', 'renderer'), /\.js$/), join(PROJECT_ROOT, 'dist', 'cli', 'tco-studio.cjs')];
    expect(bundles.some((b) => /simulate\.worker/.test(b))).toBe(true);
    expect(bundles.some((b) => /report/.test(b))).toBe(true);
    for (const bundle of bundles) expect(readFileSync(bundle, 'utf8').includes(KNOWN_KEY), relative(PROJECT_ROOT, bundle)).toBe(false);
  });

  it('the CLI bundle has the snapshot beside it, as files', () => {
    expect(readdirSync(join(PROJECT_ROOT, 'dist', 'cli', 'price-snapshot')).sort()).toEqual(readdirSync(join(PROJECT_ROOT, 'src', 'pricing', 'snapshot')).sort());
  });
});
