import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES module without type declarations
import { checkPurity } from '../../../scripts/check-core-purity.mjs';
import { tempDir } from './support/report-test-kit';

describe('the report exporters are Node-side', () => {
  it('src/report/export may use Node; a pure module may not import it', () => {
    const root = tempDir('purity-');
    mkdirSync(join(root, 'src/report/export'), { recursive: true });
    writeFileSync(join(root, 'src/index.ts'), 'export const x = 1;\n');
    writeFileSync(join(root, 'src/report/export/pdf.ts'), "import { readFileSync } from 'node:fs';\nimport { chromium } from 'playwright-core';\n");
    writeFileSync(join(root, 'src/report/data.ts'), "import { exportPdf } from './export/pdf';\n");
    const { violations } = checkPurity(root) as { violations: string[] };
    expect(violations).toEqual(['src/report/data.ts: imports ./export/pdf, which is outside the pure core']);
  });
});
