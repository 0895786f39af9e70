import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';

/**
 * The pure core keeps no mutable state between calls: caches that speed up repeated evaluation
 * live in an EvaluationCache the caller passes in (src/model/evaluation-cache.ts). This scans the
 * model, analysis and pricing sources for module-level `let` bindings and module-level Maps,
 * Sets and WeakMaps that are not typed read-only.
 */
const DIRS = ['src/model', 'src/analysis', 'src/pricing', 'src/format'];

/** Module state allowed on purpose (none: the snapshot is loaded by the Node adapter, src/aws/snapshot/, and passed in). */
const ALLOWED: ReadonlySet<string> = new Set<string>();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function moduleState(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const isLet = (statement.declarationList.flags & ts.NodeFlags.Let) !== 0;
    for (const d of statement.declarationList.declarations) {
      const name = d.name.getText(sf);
      const init = d.initializer;
      const mutableCollection =
        init !== undefined &&
        ts.isNewExpression(init) &&
        /^(Weak)?(Map|Set)$/.test(init.expression.getText(sf)) &&
        !(d.type && /^Readonly(Map|Set)</.test(d.type.getText(sf)));
      if (isLet || mutableCollection) found.push(`${file}: ${name}`);
    }
  }
  return found;
}

describe('no module-level mutable state in the pure core', () => {
  it('finds a seeded module-level cache (the check can fail)', () => {
    expect(moduleState('x.ts', 'let last: number | undefined;\nconst memo = new WeakMap<object, number>();\nconst fine: ReadonlyMap<string, number> = new Map();')).toEqual([
      'x.ts: last',
      'x.ts: memo',
    ]);
  });

  it('holds for every module of the model, analysis, pricing and formatting', () => {
    const found = DIRS.flatMap((d) => sources(join(PROJECT_ROOT, d))).flatMap((path) =>
      moduleState(relative(PROJECT_ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(found.filter((f) => !ALLOWED.has(f))).toEqual([]);
  });
});
