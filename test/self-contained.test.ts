import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOutsideReferences, scanTestCode } from './support/outside-paths';
import { AWS_FIXTURES_DIR, PROJECT_ROOT } from './support/paths';

// This file holds bad examples on purpose, so the scan of the real code leaves it out. The examples
// are put together from pieces, so that this file itself names no folder outside the repository.
const THIS_FILE = 'test/self-contained.test.ts';
const SHARED = ['sha', 'red'].join('');
const BESIDE = `../${SHARED}`;
const WORK = `/${['wo', 'rk'].join('')}/`;

describe('tests and benchmarks read nothing outside the repository', () => {
  it('no test, bench, runner or Vitest config refers to the shared folder beside the project, its folders or a path outside the project', () => {
    const found = scanTestCode(PROJECT_ROOT, [THIS_FILE]).map((r) => `${r.file}:${r.line}: ${r.rule}: ${r.text}`);
    expect(found).toEqual([]);
  });

  it('keeps the recorded AWS data in test/fixtures/aws, with a README naming the source of each file', () => {
    const readme = readFileSync(join(AWS_FIXTURES_DIR, 'README.md'), 'utf8');
    const files = readdirSync(AWS_FIXTURES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:json|csv)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(readme, file).toContain(`\`${basename(file)}\``);
  });
});

describe('the outside-path scan', () => {
  const file = join(PROJECT_ROOT, 'test', 'aws', 'example.test.ts');
  const rulesOf = (text: string) => findOutsideReferences(text, file, PROJECT_ROOT).map((r) => r.rule);

  it.each([
    [`const dir = resolve(PROJECT_ROOT, '${BESIDE}');`, 'the shared folder beside the project'],
    ["const dir = join(ROOT, '..', 'shared', 'x');", 'the shared folder beside the project'],
    [`const dir = process.env.${SHARED.toUpperCase()}_DIR ?? here;`, 'the shared-folder environment variable'],
    ["readFileSync(join(base, 'aws-pricing-samples', 'x.json'));", 'a folder of the shared tree (copy what a test needs into test/fixtures)'],
    [`readFileSync('${WORK}main/examples/a.tco.json');`, "an absolute path of this machine's work folders"],
    ["const up = resolve(process.cwd(), '..');", 'a path above the project root'],
    ["readFileSync(new URL('../../../elsewhere/data.json', import.meta.url));", 'a relative path that leaves the repository'],
  ])('flags %s', (text, rule) => {
    expect(rulesOf(text)).toContain(rule);
  });

  it.each([
    "import { readSampleCsv } from '../support/samples';",
    "} from '../../src/index';",
    "vi.mock('../../src/aws/cache/cache-dir');",
    "const fixtures = join(PROJECT_ROOT, 'test', 'fixtures', 'aws');",
    "const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');",
    "const dir = mkdtempSync(join(tmpdir(), 'tco-test-'));",
    "expect(owner).toBe('shared');",
  ])('lets %s pass', (text) => {
    expect(rulesOf(text)).toEqual([]);
  });
});
