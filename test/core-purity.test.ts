import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES module without type declarations
import { checkPurity } from '../scripts/check-core-purity.mjs';

describe('pure core', () => {
  it('imports nothing from Node, the DOM, Electron or React', () => {
    const result = checkPurity() as { files: number; violations: string[] };
    expect(result.files).toBeGreaterThan(20);
    expect(result.violations).toEqual([]);
  });

  it('is caught when a core module reaches for node:fs, react or a Node-only folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'purity-'));
    mkdirSync(join(root, 'src/model'), { recursive: true });
    mkdirSync(join(root, 'src/report'), { recursive: true });
    writeFileSync(join(root, 'src/index.ts'), "export * from './model/a';\n");
    writeFileSync(join(root, 'src/model/a.ts'), "import { readFileSync } from 'node:fs';\nimport type { X } from '../aws/client';\nexport const a = 1;\n");
    writeFileSync(join(root, 'src/report/b.ts'), "import React from 'react';\nimport * as z from 'zod';\nimport { a } from '../model/a';\n");
    const { violations } = checkPurity(root) as { violations: string[] };
    expect(violations).toHaveLength(3);
    expect(violations.join('\n')).toMatch(/node:fs/);
    expect(violations.join('\n')).toMatch(/aws\/client/);
    expect(violations.join('\n')).toMatch(/"react"/);
  });
});
