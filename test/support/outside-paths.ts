import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Finds places in test and benchmark code that would read data from outside the repository: a
 * user's clone has nothing beside it, so the recorded AWS data tests need lives in
 * test/fixtures/aws, and the shared folder beside the project (the snapshot build's sources) is
 * never read by a test.
 */
export interface OutsideReference {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly text: string;
}

// The patterns are written so that this file does not match them itself (SHARED[_]DIR, not the name).
const RULES: readonly { readonly rule: string; readonly pattern: RegExp }[] = [
  { rule: 'the shared folder beside the project', pattern: /(?:\.\.[/\\])+shared\b|['"`]\.\.['"`]\s*,\s*['"`]shared\b/ },
  { rule: 'the shared-folder environment variable', pattern: /\bSHARED[_]DIR\b/ },
  { rule: "a folder of the shared tree (copy what a test needs into test/fixtures)", pattern: /aws-pricing[-]samples|price[-]sources/ },
  { rule: "an absolute path of this machine's work folders", pattern: /['"`]\/work\// },
  { rule: 'a path above the project root', pattern: /\b(?:PROJECT_ROOT|ROOT|process\.cwd\(\))\s*,\s*['"`]\.\.(?:[/\\'"`])/ },
];

/** A relative string literal that is a module specifier (resolved by the bundler, not read as data). */
const MODULE_SPECIFIER = /(?:\bfrom|\bimport|\brequire|\bvi\.mock|\bvi\.importActual|\bimport\()\s*\(?\s*$/;
const RELATIVE_LITERAL = /(['"`])((?:\.\.\/)+[^'"`\n]*)\1/g;

/**
 * The references to outside paths in one file's text. `file` is where the text lives (relative
 * literals are resolved against its folder); `root` is the repository.
 */
export function findOutsideReferences(text: string, file: string, root: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const at = (rule: string) => found.push({ file: relative(root, file), line: i + 1, rule, text: line.trim() });
    for (const { rule, pattern } of RULES) if (pattern.test(line)) at(rule);
    for (const match of line.matchAll(RELATIVE_LITERAL)) {
      if (MODULE_SPECIFIER.test(line.slice(0, match.index))) continue;
      const target = resolve(dirname(file), match[2]!);
      if (target !== root && !target.startsWith(root + sep)) at('a relative path that leaves the repository');
    }
  });
  return found;
}

const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

function sourcesUnder(dir: string, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.has(path)) continue;
    if (entry.isDirectory()) out.push(...sourcesUnder(path, skip));
    else if (entry.isFile() && SOURCE.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Every outside reference in the code that runs for `npm test` and `npm run bench`: test/ and
 * bench/ (recorded data in test/fixtures is data, not code), the test and bench runners, and the
 * Vitest configuration. `skip` leaves out files that hold bad examples on purpose.
 */
export function scanTestCode(root: string, skip: readonly string[] = []): OutsideReference[] {
  const skipped = new Set([join(root, 'test', 'fixtures'), ...skip.map((s) => join(root, s))]);
  const files = [
    ...sourcesUnder(join(root, 'test'), skipped),
    ...sourcesUnder(join(root, 'bench'), skipped),
    join(root, 'scripts', 'test.mjs'),
    join(root, 'scripts', 'run-bench.mjs'),
    join(root, 'vitest.config.mts'),
  ];
  return files.flatMap((file) => findOutsideReferences(readFileSync(file, 'utf8'), file, root));
}
